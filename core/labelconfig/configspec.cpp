#include "configspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QStringDecoder>
#include <cstdlib>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>
#include <vector>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigSpec", text);
}

// Deeper documents are refused: the spec's children are walked recursively, and Python's own
// serializer gives up at about 1000 levels anyway.
constexpr int kMaxDepth = 200;

QString jsonString(const QString &s)
{
    // QJsonValue escapes exactly like JSON; the quotes make empty strings visible in messages.
    const QByteArray doc = QJsonDocument(QJsonArray { QJsonValue(s) }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

// Builds a SpecValue tree from RapidJSON's SAX events. The DOM (rapidjson::Document) is not used:
// with kParseNumbersAsStringsFlag it stores numbers as strings, and the type matters to the SDK.
class TreeHandler
{
public:
    SpecValue root;
    QString error;

    bool Null() { return add(SpecValue {}); }
    bool Bool(bool b)
    {
        SpecValue v;
        v.type = SpecValue::Type::Bool;
        v.text = b ? QStringLiteral("true") : QStringLiteral("false");
        return add(std::move(v));
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
        return add(std::move(v));
    }
    bool String(const char *str, rapidjson::SizeType len, bool)
    {
        QString s;
        if (!decode(str, len, &s))
            return false;
        return add(SpecValue::string(s));
    }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        QString s;
        if (!decode(str, len, &s))
            return false;
        m_keys.back() = s;
        return true;
    }
    bool StartObject() { return open(SpecValue::Type::Object); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(SpecValue::Type::Array); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    bool decode(const char *str, rapidjson::SizeType len, QString *out)
    {
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
    bool open(SpecValue::Type type)
    {
        if (int(m_stack.size()) >= kMaxDepth) {
            error = tr("The spec is nested more than %1 levels deep.").arg(kMaxDepth);
            return false;
        }
        SpecValue v;
        v.type = type;
        m_stack.push_back(std::move(v));
        m_keys.emplace_back();
        return true;
    }
    bool close()
    {
        SpecValue v = std::move(m_stack.back());
        m_stack.pop_back();
        m_keys.pop_back();
        return add(std::move(v));
    }
    bool add(SpecValue &&v)
    {
        if (m_stack.empty()) {
            root = std::move(v);
            return true;
        }
        SpecValue &top = m_stack.back();
        if (top.type == SpecValue::Type::Array)
            top.elements.append(std::move(v));
        else
            top.members.append({ m_keys.back(), std::move(v) });
        return true;
    }

    std::vector<SpecValue> m_stack;
    std::vector<QString> m_keys;
};

QString typeName(const SpecValue &v)
{
    switch (v.type) {
    case SpecValue::Type::Null:
        return QStringLiteral("null");
    case SpecValue::Type::Bool:
        return tr("a boolean");
    case SpecValue::Type::Number:
        return tr("a number");
    case SpecValue::Type::String:
        return tr("a string");
    case SpecValue::Type::Array:
        return tr("an array");
    case SpecValue::Type::Object:
        return tr("an object");
    }
    return {};
}

// Interprets the JSON tree; the first problem found ends the reading, reported with its JSON path.
class SpecReader
{
public:
    QString error;

    bool fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, message);
        return false;
    }

    bool expect(const SpecValue &v, SpecValue::Type type, const QString &path, const QString &what)
    {
        if (v.type == type)
            return true;
        return fail(path, tr("must be %1, not %2.").arg(what, typeName(v)));
    }

    // Keys of an object, refusing duplicates (json.loads would keep the last value at the first
    // position - a silent surprise) and keys outside `allowed`.
    bool checkKeys(const SpecValue &obj, const QString &path, const QStringList &allowed)
    {
        // Spec objects are small: a linear scan beats hashing each key.
        QSet<QString> seen;
        const bool large = obj.members.size() > 16;
        for (qsizetype i = 0; i < obj.members.size(); ++i) {
            const auto &m = obj.members[i];
            bool duplicate = false;
            if (large) {
                duplicate = seen.contains(m.first);
                seen.insert(m.first);
            } else {
                for (qsizetype j = 0; j < i && !duplicate; ++j)
                    duplicate = obj.members[j].first == m.first;
            }
            if (duplicate)
                return fail(path, tr("the key %1 appears twice.").arg(jsonString(m.first)));
            if (!allowed.isEmpty() && !allowed.contains(m.first))
                return fail(path,
                    tr("unknown key %1 (expected one of: %2).")
                        .arg(jsonString(m.first), allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    static const SpecValue *member(const SpecValue &obj, const QString &key)
    {
        for (const auto &m : obj.members) {
            if (m.first == key)
                return &m.second;
        }
        return nullptr;
    }

    // attrs: {"k": v, ...} in document order, or [["k", v], ...].
    bool readAttributes(const SpecValue &v, const QString &path, SpecAttributes *out)
    {
        *out = {};
        if (v.type == SpecValue::Type::Object) {
            if (!checkKeys(v, path, {}))
                return false;
            for (const auto &m : v.members)
                out->set(m.first, m.second);
            return true;
        }
        if (v.type == SpecValue::Type::Array) {
            for (qsizetype i = 0; i < v.elements.size(); ++i) {
                const SpecValue &pair = v.elements[i];
                const QString p = path + QStringLiteral("[%1]").arg(i);
                if (pair.type != SpecValue::Type::Array || pair.elements.size() != 2
                    || !pair.elements[0].isString())
                    return fail(p, tr("must be a [\"name\", value] pair."));
                const QString key = pair.elements[0].text;
                if (out->contains(key))
                    return fail(p, tr("the attribute %1 appears twice.").arg(jsonString(key)));
                out->set(key, pair.elements[1]);
            }
            return true;
        }
        return fail(
            path, tr("must be an object or an array of [\"name\", value] pairs, not %1.").arg(typeName(v)));
    }

    bool readChildren(const SpecValue &v, const QString &path, QList<SpecNode> *out)
    {
        if (!expect(v, SpecValue::Type::Array, path, tr("an array")))
            return false;
        for (qsizetype i = 0; i < v.elements.size(); ++i) {
            const SpecValue &c = v.elements[i];
            const QString p = path + QStringLiteral("[%1]").arg(i);
            SpecNode child;
            switch (c.type) {
            case SpecValue::Type::String:
                child.kind = SpecNode::Kind::BareTag;
                child.tag = c.text;
                break;
            case SpecValue::Type::Null:
            case SpecValue::Type::Bool:
            case SpecValue::Type::Number:
                // _create_nested_elements skips anything that is not a str, dict, list or tuple.
                child.kind = SpecNode::Kind::Ignored;
                break;
            case SpecValue::Type::Array:
                return fail(
                    p, tr("a child is a string, {\"tag\": ...} or {\"setAttrs\": {...}}, not an array."));
            case SpecValue::Type::Object:
                if (member(c, QStringLiteral("setAttrs"))) {
                    if (!checkKeys(c, p, { QStringLiteral("setAttrs") }))
                        return false;
                    child.kind = SpecNode::Kind::SetAttributes;
                    if (!readAttributes(*member(c, QStringLiteral("setAttrs")),
                            p + QStringLiteral(".setAttrs"), &child.attributes))
                        return false;
                    break;
                }
                if (!checkKeys(
                        c, p, { QStringLiteral("tag"), QStringLiteral("attrs"), QStringLiteral("children") }))
                    return false;
                child.kind = SpecNode::Kind::Element;
                if (const SpecValue *tag = member(c, QStringLiteral("tag"))) {
                    if (!expect(*tag, SpecValue::Type::String, p + QStringLiteral(".tag"), tr("a string")))
                        return false;
                    child.tag = tag->text;
                } else {
                    return fail(p, tr("a child object needs \"tag\" (or is {\"setAttrs\": {...}})."));
                }
                if (const SpecValue *a = member(c, QStringLiteral("attrs"))) {
                    if (!readAttributes(*a, p + QStringLiteral(".attrs"), &child.attributes))
                        return false;
                }
                if (const SpecValue *ch = member(c, QStringLiteral("children"))) {
                    if (!readChildren(*ch, p + QStringLiteral(".children"), &child.children))
                        return false;
                }
                break;
            }
            out->append(std::move(child));
        }
        return true;
    }

    bool readItems(const SpecValue &v, const QString &path, SpecValue *out)
    {
        if (v.type != SpecValue::Type::Array && v.type != SpecValue::Type::String)
            return fail(
                path, tr("must be an array (or a string, iterated per character), not %1.").arg(typeName(v)));
        *out = v;
        return true;
    }

    bool readInstance(const SpecValue &v, const QString &path, SpecInstance *out)
    {
        if (!expect(v, SpecValue::Type::Object, path, tr("an object")))
            return false;
        const SpecValue *cls = member(v, QStringLiteral("class"));
        if (!cls || !cls->isString()
            || (cls->text != QLatin1String("control") && cls->text != QLatin1String("object")))
            return fail(path + QStringLiteral(".class"), tr("must be \"control\" or \"object\"."));
        out->cls = cls->text == QLatin1String("control") ? SpecInstance::Class::Control
                                                         : SpecInstance::Class::Object;
        const bool control = out->cls == SpecInstance::Class::Control;
        QStringList allowed { QStringLiteral("class"), QStringLiteral("tag"), QStringLiteral("name"),
            QStringLiteral("attr") };
        if (control)
            allowed << QStringLiteral("toName") << QStringLiteral("labels");
        else
            allowed << QStringLiteral("value");
        if (!checkKeys(v, path, allowed))
            return false;

        const SpecValue *tag = member(v, QStringLiteral("tag"));
        if (!tag || !tag->isString())
            return fail(path + QStringLiteral(".tag"), tr("must be a string."));
        out->tag = tag->text;
        if (const SpecValue *name = member(v, QStringLiteral("name")); name && !name->isNull()) {
            if (!expect(
                    *name, SpecValue::Type::String, path + QStringLiteral(".name"), tr("a string or null")))
                return false;
            out->name = name->text;
        }
        if (const SpecValue *attr = member(v, QStringLiteral("attr"))) {
            if (!readAttributes(*attr, path + QStringLiteral(".attr"), &out->attr))
                return false;
        }
        if (const SpecValue *to = member(v, QStringLiteral("toName")); to && !to->isNull()) {
            // The SDK's ControlTag.to_name is a pydantic List[str].
            if (!expect(*to, SpecValue::Type::Array, path + QStringLiteral(".toName"),
                    tr("an array of strings or null")))
                return false;
            QStringList names;
            for (const SpecValue &e : to->elements) {
                if (!e.isString())
                    return fail(path + QStringLiteral(".toName"), tr("must be an array of strings."));
                names << e.text;
            }
            out->toName = names;
        }
        if (const SpecValue *val = member(v, QStringLiteral("value")); val && !val->isNull()) {
            if (!expect(
                    *val, SpecValue::Type::String, path + QStringLiteral(".value"), tr("a string or null")))
                return false;
            out->value = val->text;
        }
        if (const SpecValue *labels = member(v, QStringLiteral("labels")); labels && !labels->isNull()) {
            if (!readItems(*labels, path + QStringLiteral(".labels"), &out->labels))
                return false;
        }
        return true;
    }

    bool readTag(const SpecValue &v, const QString &path, SpecTag *out)
    {
        if (!expect(v, SpecValue::Type::Object, path, tr("an object")))
            return false;
        const SpecValue *name = member(v, QStringLiteral("name"));
        if (!name)
            return fail(path, tr("\"name\" (the key of create()'s tags dict) is required."));
        if (!expect(*name, SpecValue::Type::String, path + QStringLiteral(".name"), tr("a string")))
            return false;
        out->key = name->text;

        static const QStringList kinds { QStringLiteral("tag"), QStringLiteral("choices"),
            QStringLiteral("labels"), QStringLiteral("taxonomy"), QStringLiteral("instance") };
        QString kind;
        for (const QString &k : kinds) {
            if (member(v, k)) {
                if (!kind.isEmpty())
                    return fail(path, tr("give only one of \"%1\" and \"%2\".").arg(kind, k));
                kind = k;
            }
        }
        if (kind.isEmpty())
            return fail(
                path, tr("needs one of \"tag\", \"choices\", \"labels\", \"taxonomy\" or \"instance\"."));

        QStringList allowed { QStringLiteral("name"), kind };
        if (kind == QLatin1String("tag"))
            allowed << QStringLiteral("form") << QStringLiteral("attrs") << QStringLiteral("children");
        else if (kind == QLatin1String("labels"))
            allowed << QStringLiteral("labelTag") << QStringLiteral("attrs");
        else if (kind != QLatin1String("instance"))
            allowed << QStringLiteral("attrs");
        if (!checkKeys(v, path, allowed))
            return false;

        if (const SpecValue *attrs = member(v, QStringLiteral("attrs"))) {
            if (!readAttributes(*attrs, path + QStringLiteral(".attrs"), &out->attributes))
                return false;
        }

        const SpecValue &body = *member(v, kind);
        const QString bodyPath = path + QLatin1Char('.') + kind;
        if (kind == QLatin1String("tag")) {
            if (!expect(body, SpecValue::Type::String, bodyPath, tr("a string")))
                return false;
            out->tag = body.text;
            const SpecValue *children = member(v, QStringLiteral("children"));
            if (children && !readChildren(*children, path + QStringLiteral(".children"), &out->children))
                return false;
            const bool hasAttrs = member(v, QStringLiteral("attrs")) != nullptr;
            out->form = children ? SpecTag::Form::Triple
                : hasAttrs       ? SpecTag::Form::Pair
                                 : SpecTag::Form::String;
            if (const SpecValue *form = member(v, QStringLiteral("form"))) {
                const QString f = form->isString() ? form->text : QString();
                if (f == QLatin1String("string")) {
                    if (hasAttrs || children)
                        return fail(path + QStringLiteral(".form"),
                            tr("the string form has no \"attrs\" or \"children\"."));
                    out->form = SpecTag::Form::String;
                } else if (f == QLatin1String("pair")) {
                    if (children)
                        return fail(path + QStringLiteral(".form"), tr("the pair form has no \"children\"."));
                    out->form = SpecTag::Form::Pair;
                } else if (f == QLatin1String("triple")) {
                    out->form = SpecTag::Form::Triple;
                } else {
                    return fail(
                        path + QStringLiteral(".form"), tr("must be \"string\", \"pair\" or \"triple\"."));
                }
            }
        } else if (kind == QLatin1String("instance")) {
            out->form = SpecTag::Form::Instance;
            if (!readInstance(body, bodyPath, &out->instance))
                return false;
            out->tag = out->instance.tag;
        } else {
            out->form = kind == QLatin1String("choices") ? SpecTag::Form::Choices
                : kind == QLatin1String("labels")        ? SpecTag::Form::Labels
                                                         : SpecTag::Form::Taxonomy;
            if (!readItems(body, bodyPath, &out->items))
                return false;
            out->tag = out->form == SpecTag::Form::Choices ? QStringLiteral("Choices")
                : out->form == SpecTag::Form::Taxonomy     ? QStringLiteral("Taxonomy")
                                                           : QStringLiteral("Labels");
            if (const SpecValue *lt = member(v, QStringLiteral("labelTag"))) {
                if (!expect(*lt, SpecValue::Type::String, path + QStringLiteral(".labelTag"), tr("a string")))
                    return false;
                out->tag = lt->text;
            }
        }
        return true;
    }

    // mapping and style: {name: value}; null or absent means none.
    bool readNameMap(const SpecValue &v, const QString &path, std::optional<SpecAttributes> *out)
    {
        if (v.isNull())
            return true;
        // A non-dict style is silently ignored by the SDK and a string mapping is searched as a
        // substring; both are refused here instead.
        if (!expect(v, SpecValue::Type::Object, path, tr("an object or null")))
            return false;
        if (!checkKeys(v, path, {}))
            return false;
        SpecAttributes map;
        for (const auto &m : v.members)
            map.set(m.first, m.second);
        *out = map;
        return true;
    }
};

} // namespace

SpecValue SpecValue::string(const QString &s)
{
    SpecValue v;
    v.type = Type::String;
    v.text = s;
    return v;
}

SpecValue SpecValue::array(const QList<SpecValue> &elements)
{
    SpecValue v;
    v.type = Type::Array;
    v.elements = elements;
    return v;
}

bool SpecValue::isTruthy() const
{
    switch (type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return text == QLatin1String("true");
    case Type::Number:
        // json.loads makes 0, -0, 0.0 and underflowing literals (1e-400) zero; strtod agrees.
        return std::strtod(text.toLatin1().constData(), nullptr) != 0.0;
    case Type::String:
        return !text.isEmpty();
    case Type::Array:
        return !elements.isEmpty();
    case Type::Object:
        return !members.isEmpty();
    }
    return false;
}

QString SpecValue::toJson() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
    case Type::Number:
        return text;
    case Type::String:
        return jsonString(text);
    case Type::Array: {
        QStringList parts;
        for (const SpecValue &e : elements)
            parts << e.toJson();
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Type::Object: {
        QStringList parts;
        for (const auto &m : members)
            parts << jsonString(m.first) + QLatin1Char(':') + m.second.toJson();
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    }
    return {};
}

bool SpecValue::operator==(const SpecValue &other) const
{
    return type == other.type && text == other.text && elements == other.elements && members == other.members;
}

SpecAttributes::SpecAttributes(std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        set(e.first, e.second);
}

qsizetype SpecAttributes::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key)
            return i;
    }
    return -1;
}

const SpecValue *SpecAttributes::find(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 ? &m_entries[i].second : nullptr;
}

void SpecAttributes::set(const QString &key, const SpecValue &value)
{
    const qsizetype i = indexOf(key);
    if (i >= 0)
        m_entries[i].second = value;
    else
        m_entries.append({ key, value });
}

void SpecAttributes::setDefault(const QString &key, const SpecValue &value)
{
    if (!contains(key))
        m_entries.append({ key, value });
}

ConfigSpec ConfigSpec::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return ConfigSpec {};
    };
    // Parsed in situ (in a copy) and recursively: so RapidJSON 1.1.0 never uses its internal stack,
    // whose first push computes nullptr + n (undefined behaviour that clang's UBSan reports). The
    // handler caps the nesting, so the recursion stays shallow. In situ parsing stops at a NUL byte,
    // which is never valid JSON: refuse it first.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0)
        return failWith(tr("The spec is not valid JSON: it contains a NUL byte (at byte %1).").arg(nul));
    // RapidJSON's UTF-8 validation reads a truncated sequence's missing continuation bytes (up to three)
    // without looking for the end; the padding keeps those reads inside the buffer.
    QByteArray buffer = json + QByteArray(4, '\0');
    TreeHandler handler;
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(buffer.data());
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag
        | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, handler);
    if (!ok) {
        if (!handler.error.isEmpty())
            return failWith(
                tr("The spec is not valid JSON: %1 (at byte %2).").arg(handler.error).arg(ok.Offset()));
        return failWith(tr("The spec is not valid JSON: %1 (at byte %2).")
                            .arg(QString::fromUtf8(rapidjson::GetParseError_En(ok.Code())))
                            .arg(ok.Offset()));
    }

    SpecReader r;
    const SpecValue &root = handler.root;
    ConfigSpec spec;
    const QString top = QStringLiteral("$");
    if (!r.expect(root, SpecValue::Type::Object, top, tr("an object")))
        return failWith(r.error);
    if (!r.checkKeys(root, top,
            { QStringLiteral("tags"), QStringLiteral("mapping"), QStringLiteral("title"),
                QStringLiteral("style"), QStringLiteral("pretty") }))
        return failWith(r.error);

    const SpecValue *tags = SpecReader::member(root, QStringLiteral("tags"));
    if (!tags) {
        r.fail(top, tr("\"tags\" (an array of tag entries) is required."));
        return failWith(r.error);
    }
    if (!r.expect(*tags, SpecValue::Type::Array, QStringLiteral("$.tags"), tr("an array")))
        return failWith(r.error);
    QSet<QString> keys;
    for (qsizetype i = 0; i < tags->elements.size(); ++i) {
        const QString path = QStringLiteral("$.tags[%1]").arg(i);
        SpecTag tag;
        if (!r.readTag(tags->elements[i], path, &tag))
            return failWith(r.error);
        // create() takes a dict: a second entry with the same key would silently replace the first.
        if (keys.contains(tag.key)) {
            r.fail(path + QStringLiteral(".name"),
                tr("the name %1 is used by an earlier entry.").arg(jsonString(tag.key)));
            return failWith(r.error);
        }
        keys.insert(tag.key);
        spec.tags.append(std::move(tag));
    }

    if (const SpecValue *m = SpecReader::member(root, QStringLiteral("mapping"))) {
        if (!r.readNameMap(*m, QStringLiteral("$.mapping"), &spec.mapping))
            return failWith(r.error);
    }
    if (const SpecValue *s = SpecReader::member(root, QStringLiteral("style"))) {
        if (!r.readNameMap(*s, QStringLiteral("$.style"), &spec.style))
            return failWith(r.error);
    }
    if (const SpecValue *t = SpecReader::member(root, QStringLiteral("title"))) {
        // A string is accepted here and refused by the builder, which explains the SDK's TypeError.
        if (t->type == SpecValue::Type::Object) {
            if (!r.checkKeys(*t, QStringLiteral("$.title"), {}))
                return failWith(r.error);
        } else if (!t->isNull() && !t->isString()) {
            r.fail(QStringLiteral("$.title"),
                tr("must be an object {name: header text} or null, not %1.").arg(typeName(*t)));
            return failWith(r.error);
        }
        spec.title = *t;
    }
    if (const SpecValue *p = SpecReader::member(root, QStringLiteral("pretty"))) {
        if (!r.expect(*p, SpecValue::Type::Bool, QStringLiteral("$.pretty"), tr("true or false")))
            return failWith(r.error);
        spec.pretty = p->text == QLatin1String("true");
    }
    if (error)
        error->clear();
    return spec;
}

} // namespace lsdesk
