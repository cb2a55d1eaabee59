// The JSON layer of config specs: RapidJSON's SAX events to a SpecValue tree. The DOM
// (rapidjson::Document) is not used: with kParseNumbersAsStringsFlag it stores numbers as strings, and
// the type matters to the SDK; QJsonDocument sorts object keys, and their order matters too.

#include "specjson_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringDecoder>
#include <cstring>
#include <iterator>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>
#include <vector>

namespace lsdesk::specjson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigSpec", text);
}

// Specs repeat the same short strings thousands of times (keys such as "name" and "attrs", label values
// such as "yes"): one shared QString per distinct short ASCII string saves an allocation and a decode
// each time. Direct-mapped, so a collision only costs a fresh string.
class AsciiInterner
{
public:
    // Null when `s` is not short ASCII (the caller decodes it as UTF-8).
    QString get(const char *s, qsizetype n)
    {
        if (n == 0 || n > kMaxLength)
            return {};
        // The first and last eight bytes and the length pick the slot (constant time: hashing every
        // byte cost more than the allocation saved); the bytes are compared in full.
        quint64 head = 0;
        quint64 tail = 0;
        quint64 high = 0;
        if (n >= 8) {
            std::memcpy(&head, s, 8);
            std::memcpy(&tail, s + n - 8, 8);
            for (qsizetype i = 0; i + 8 <= n; i += 8) {
                quint64 w;
                std::memcpy(&w, s + i, 8);
                high |= w;
            }
            high |= tail;
        } else {
            // Assembled in a register: a partial memcpy read back as one word stalls store forwarding.
            for (qsizetype i = 0; i < n; ++i)
                head |= quint64(uchar(s[i])) << (8 * i);
            high = head;
        }
        if (high & 0x8080808080808080ull)
            return {};
        const quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ quint64(n);
        Slot &slot = m_slots[(h ^ (h >> 29)) & (kSize - 1)];
        if (slot.length == n && std::memcmp(slot.bytes, s, size_t(n)) == 0)
            return slot.string;
        slot.length = n;
        std::memcpy(slot.bytes, s, size_t(n));
        slot.string = QString::fromLatin1(s, n);
        return slot.string;
    }

private:
    static constexpr qsizetype kMaxLength = 24;
    static constexpr int kSize = 512;
    struct Slot
    {
        qsizetype length = 0;
        char bytes[kMaxLength];
        QString string;
    };
    Slot m_slots[kSize];
};

// Values wait on one flat stack until their container ends; RapidJSON reports the container's size
// then, so each QList is allocated once at its final size.
class TreeHandler
{
public:
    QString error;

    SpecValue takeRoot() { return std::move(m_values.back()); }

    bool Null() { return push(SpecValue {}); }
    bool Bool(bool b)
    {
        SpecValue v;
        v.type = SpecValue::Type::Bool;
        v.text = b ? QStringLiteral("true") : QStringLiteral("false");
        return push(std::move(v));
    }
    // Only RawNumber is called (kParseNumbersAsStringsFlag); the others complete the handler concept.
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char *str, rapidjson::SizeType len, bool)
    {
        SpecValue v;
        v.type = SpecValue::Type::Number;
        v.text = QString::fromLatin1(str, qsizetype(len));
        return push(std::move(v));
    }
    bool String(const char *str, rapidjson::SizeType len, bool)
    {
        SpecValue v;
        v.type = SpecValue::Type::String;
        if (!decode(str, len, &v.text))
            return false;
        return push(std::move(v));
    }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        m_keys.emplace_back();
        return decode(str, len, &m_keys.back());
    }
    bool StartObject() { return enter(); }
    bool StartArray() { return enter(); }
    bool EndObject(rapidjson::SizeType count)
    {
        SpecValue v;
        v.type = SpecValue::Type::Object;
        v.members.reserve(qsizetype(count));
        const auto values = m_values.end() - std::ptrdiff_t(count);
        const auto keys = m_keys.end() - std::ptrdiff_t(count);
        for (rapidjson::SizeType i = 0; i < count; ++i)
            v.members.emplace_back(std::move(keys[i]), std::move(values[i]));
        m_values.erase(values, m_values.end());
        m_keys.erase(keys, m_keys.end());
        --m_depth;
        return push(std::move(v));
    }
    bool EndArray(rapidjson::SizeType count)
    {
        SpecValue v;
        v.type = SpecValue::Type::Array;
        v.elements.reserve(qsizetype(count));
        const auto values = m_values.end() - std::ptrdiff_t(count);
        for (auto it = values; it != m_values.end(); ++it)
            v.elements.append(std::move(*it));
        m_values.erase(values, m_values.end());
        --m_depth;
        return push(std::move(v));
    }

private:
    bool push(SpecValue &&v)
    {
        m_values.push_back(std::move(v));
        return true;
    }
    bool enter()
    {
        if (++m_depth > kMaxDepth) {
            error = tr("The spec is nested more than %1 levels deep.").arg(kMaxDepth);
            return false;
        }
        return true;
    }
    bool decode(const char *str, rapidjson::SizeType len, QString *out)
    {
        *out = m_interner.get(str, qsizetype(len));
        if (!out->isNull())
            return true;
        // RapidJSON rejects a lone high surrogate escape but turns a lone low one (\udc00) into the
        // bytes ED B0 80, which is not UTF-8; QString would make a U+FFFD of it and the config would
        // silently differ from what the spec says.
        for (rapidjson::SizeType i = 0; i + 1 < len; ++i) {
            if (uchar(str[i]) == 0xED && uchar(str[i + 1]) >= 0xA0) {
                error = tr("A string contains a lone UTF-16 surrogate (\\udc00-\\udfff), which is not a "
                           "character.");
                return false;
            }
        }
        // QString::fromUtf8 drops a leading U+FEFF (a BOM to it), which is a character of the value here;
        // the decoder that keeps it is slower, so only strings starting with one take it.
        if (len >= 3 && uchar(str[0]) == 0xEF && uchar(str[1]) == 0xBB && uchar(str[2]) == 0xBF) {
            QStringDecoder utf8(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            *out = utf8.decode(QByteArrayView(str, qsizetype(len)));
        } else {
            *out = QString::fromUtf8(str, qsizetype(len));
        }
        return true;
    }

    std::vector<SpecValue> m_values;
    std::vector<QString> m_keys;
    int m_depth = 0;
    AsciiInterner m_interner;
};

} // namespace

bool parse(const QByteArray &json, SpecValue *root, QString *error)
{
    // Parsed in situ (in a copy) and recursively: so RapidJSON 1.1.0 never uses its internal stack,
    // whose first push computes nullptr + n (undefined behaviour that clang's UBSan reports). The
    // handler caps the nesting, so the recursion stays shallow. In situ parsing stops at a NUL byte,
    // which is never valid JSON: refuse it first.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        *error = tr("The spec is not valid JSON: it contains a NUL byte (at byte %1).").arg(nul);
        return false;
    }
    // RapidJSON's UTF-8 validation reads a truncated sequence's missing continuation bytes (up to three)
    // without looking for the end; the padding keeps those reads inside the buffer.
    QByteArray buffer(json.size() + 4, '\0');
    std::memcpy(buffer.data(), json.constData(), size_t(json.size()));
    TreeHandler handler;
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(buffer.data());
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag
        | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, handler);
    if (!ok) {
        const QString what = !handler.error.isEmpty()
            ? handler.error
            : QString::fromUtf8(rapidjson::GetParseError_En(ok.Code()));
        *error = tr("The spec is not valid JSON: %1 (at byte %2).").arg(what).arg(ok.Offset());
        return false;
    }
    *root = handler.takeRoot();
    return true;
}

QString quote(const QString &s)
{
    // QJsonValue escapes exactly like JSON.
    const QByteArray doc = QJsonDocument(QJsonArray { QJsonValue(s) }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

} // namespace lsdesk::specjson
