#pragma once

// The lexical half of XmlDocument::parse (xmlparser.cpp): a strict XML 1.0 tokenizer over the UTF-16
// text. Internal to core/labelconfig; only xmlparser.cpp includes it.

#include "xmldocument.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <string>

namespace lsdesk::xmlscan {

inline QString tr(const char *s)
{
    return QCoreApplication::translate("XmlDocument", s);
}

enum : unsigned char { NameStart = 1, NameRest = 2, Space = 4 };
constexpr auto makeAsciiTable()
{
    struct T
    {
        unsigned char v[128] {};
    } t {};
    for (int c = 'a'; c <= 'z'; ++c)
        t.v[c] = NameStart | NameRest;
    for (int c = 'A'; c <= 'Z'; ++c)
        t.v[c] = NameStart | NameRest;
    for (int c = '0'; c <= '9'; ++c)
        t.v[c] = NameRest;
    t.v[int(':')] = t.v[int('_')] = NameStart | NameRest;
    t.v[int('-')] = t.v[int('.')] = NameRest;
    t.v[int(' ')] = t.v[int('\t')] = t.v[int('\n')] = t.v[int('\r')] = Space;
    return t;
}
constexpr auto kAscii = makeAsciiTable();

inline bool isSpace(char16_t c)
{
    return c < 128 && (kAscii.v[c] & Space);
}

// XML 1.0 (fifth edition) NameStartChar / NameChar for a code point.
inline bool isNameStart(char32_t c)
{
    if (c < 128)
        return kAscii.v[c] & NameStart;
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
inline bool isNameChar(char32_t c)
{
    if (c < 128)
        return kAscii.v[c] & NameRest;
    return isNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}
inline bool isXmlChar(char32_t c)
{
    return c >= 0x20 ? (c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                     : (c == 0x9 || c == 0xA || c == 0xD);
}

// Strings with no reference count to touch: the tag and attribute names of label configs and
// newline-plus-indentation runs, as static data (xmlwellknown.cpp). Null when `p` is none of them.
QString wellKnown(const char16_t *p, qsizetype n, quint32 hash);

// The first and last four characters and the length: enough to tell tag and attribute names apart,
// and constant time (a per-character hash chain was the largest cost of interning).
inline quint32 internHash(const char16_t *p, qsizetype n)
{
    quint64 head = 0;
    quint64 tail = 0;
    if (n >= 4) {
        std::memcpy(&head, p, 8);
        std::memcpy(&tail, p + n - 4, 8);
    } else {
        // Assembled in a register: a partial memcpy read back as one word stalls store forwarding.
        for (qsizetype i = 0; i < n; ++i)
            head |= quint64(p[i]) << (16 * i);
    }
    const quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ quint64(n);
    return quint32(h >> 32) ^ quint32(h);
}

// A small direct-mapped cache that hands out shared copies of repeated short strings (tag and attribute
// names, indentation, short values), so that a config with thousands of <Label> tags allocates each
// name once. Well-known names come from a static table first: copying those costs no atomic reference
// count update, which for a few thousand strings per parse is measurable.
class Interner
{
public:
    // The hit path is forced inline: returned through memory from a call, the QString was read back
    // before its stores had landed (a store-forwarding stall on every name).
    Q_ALWAYS_INLINE QString get(const char16_t *p, qsizetype n)
    {
        if (n == 0 || n > 32)
            return QString(reinterpret_cast<const QChar *>(p), n);
        const quint32 h = internHash(p, n);
        QString &slot = m_slots[(h ^ (h >> 16)) & (kSize - 1)];
        if (slot.size() == n) {
            // Inline: the names are a few characters long, shorter than a call to memcmp.
            const auto *q = reinterpret_cast<const char16_t *>(slot.constData());
            qsizetype i = 0;
            while (i < n && q[i] == p[i])
                ++i;
            if (i == n)
                return slot;
        }
        return miss(slot, p, n, h);
    }

private:
    Q_NEVER_INLINE QString miss(QString &slot, const char16_t *p, qsizetype n, quint32 h)
    {
        // A well-known string goes into the slot as the static original, so later hits copy it for free.
        slot = wellKnown(p, n, h);
        if (slot.isNull())
            slot = QString(reinterpret_cast<const QChar *>(p), n);
        return slot;
    }

    static constexpr int kSize = 256;
    QString m_slots[kSize];
};

// Attribute values of one parse share a few buffers: each value is a QString whose data points into a
// chunk (reference counted and NUL-terminated like any QString) instead of one allocation per value.
// A value that outlives its document keeps its chunk alive. Chunks stay below 1 KiB, the size from
// which glibc's malloc starts consolidating its free lists.
class ValueArena
{
public:
    QString add(const char16_t *p, qsizetype n)
    {
        if (n == 0)
            return QString(reinterpret_cast<const QChar *>(p), 0);
        if (n + 1 > m_end - m_at) {
            m_chunk = QString(std::max<qsizetype>(n + 1, kChunk), Qt::Uninitialized);
            m_at = reinterpret_cast<char16_t *>(m_chunk.data()); // unshared here, so no copy
            m_end = m_at + m_chunk.size();
        }
        std::char_traits<char16_t>::copy(m_at, p, size_t(n));
        m_at[n] = 0;
        QTypedArrayData<char16_t> *header = m_chunk.data_ptr().d_ptr();
        header->ref();
        QString value(QString::DataPointer(header, m_at, n));
        m_at += n + 1;
        return value;
    }

private:
    static constexpr qsizetype kChunk = 480;
    QString m_chunk;
    char16_t *m_at = nullptr;
    char16_t *m_end = nullptr;
};

struct ParseError
{
    QString message;
    qsizetype at;
};

// Reads tokens at m_p; a malformed input throws ParseError.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &source)
        : m_text(source)
        , m_s(reinterpret_cast<const char16_t *>(source.utf16()))
        , m_n(source.size())
    { }

protected:
    [[noreturn]] void fail(const QString &message, qsizetype at) const { throw ParseError { message, at }; }
    // The text ended inside the construct opened at m_openAt (or inside the element m_current).
    [[noreturn]] void failEnd() const
    {
        QString what;
        qsizetype at = m_openAt;
        if (at >= 0) {
            what = tr(m_openWhat);
        } else if (m_current) {
            what = QStringLiteral("<%1>").arg(m_current->name());
        }
        qint64 line = 0, column = 0;
        if (at >= 0)
            position(at, &line, &column);
        else if (m_current)
            line = m_current->line(), column = m_current->column();
        else
            fail(tr("Premature end of document."), m_n);
        fail(tr("Premature end of document: the %1 at line %2, column %3 is not closed.")
                 .arg(what)
                 .arg(line)
                 .arg(column),
            m_n);
    }
    void open(const char *what, qsizetype at)
    {
        m_openWhat = what;
        m_openAt = at;
    }
    void closed() { m_openAt = -1; }

    void position(qsizetype at, qint64 *line, qint64 *column) const
    {
        qint64 l = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < at && i < m_n; ++i) {
            if (m_s[i] == u'\n' || (m_s[i] == u'\r' && (i + 1 >= m_n || m_s[i + 1] != u'\n'))) {
                ++l;
                lineStart = i + 1;
            }
        }
        *line = l;
        *column = at - lineStart + 1;
    }

    // Line and column (1-based) of `at`, which must not lie before the previous call's position.
    void advanceLines(qsizetype at, qint64 *line, qint64 *column)
    {
        for (; m_lineAt < at; ++m_lineAt) {
            const char16_t c = m_s[m_lineAt];
            if (c == u'\n' || (c == u'\r' && (m_lineAt + 1 >= m_n || m_s[m_lineAt + 1] != u'\n'))) {
                ++m_line;
                m_lineStart = m_lineAt + 1;
            }
        }
        *line = m_line;
        *column = at - m_lineStart + 1;
    }

    bool startsWith(qsizetype at, const char *lit) const
    {
        for (; *lit; ++lit, ++at) {
            if (at >= m_n || m_s[at] != char16_t(*lit))
                return false;
        }
        return true;
    }

    // The code point at `i` (a surrogate pair counts as one; `len` gets 1 or 2). Lone surrogates are
    // returned as they are, which isXmlChar refuses.
    char32_t codePoint(qsizetype i, int *len) const
    {
        const char16_t c = m_s[i];
        *len = 1;
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < m_n && m_s[i + 1] >= 0xDC00 && m_s[i + 1] <= 0xDFFF) {
            *len = 2;
            return 0x10000 + ((char32_t(c) - 0xD800) << 10) + (m_s[i + 1] - 0xDC00);
        }
        return c;
    }

    // Checks the character at `i` (known not to be plain ASCII text) and returns its length.
    int checkChar(qsizetype i) const
    {
        int len;
        if (!isXmlChar(codePoint(i, &len)))
            fail(tr("Invalid XML character."), i);
        return len;
    }

    void skipSpace()
    {
        while (m_p < m_n && isSpace(m_s[m_p]))
            ++m_p;
    }

    // Name at m_p; returns its length (m_p is moved past it). Names follow XML 1.0 and, as the SDK's
    // lxml and Qt require, the namespaces spec: an element or attribute name (`qualified`) has at most
    // one colon, neither first nor last; other names (PI targets, entities) have none.
    qsizetype scanName(bool qualified = true)
    {
        const qsizetype start = m_p;
        if (m_p >= m_n)
            failEnd();
        int len;
        if (m_s[m_p] < 128) {
            if (!(kAscii.v[m_s[m_p]] & NameStart) || m_s[m_p] == u':')
                fail(m_s[m_p] == u':' ? tr("Invalid XML name.")
                                      : tr("Expected a name, found '%1'.").arg(QChar(m_s[m_p])),
                    m_p);
            ++m_p;
        } else if (isNameStart(codePoint(m_p, &len))) {
            m_p += len;
        } else {
            fail(tr("Invalid XML name."), m_p);
        }
        int colons = 0;
        while (m_p < m_n) {
            const char16_t c = m_s[m_p];
            if (c < 128) {
                if (!(kAscii.v[c] & NameRest))
                    break;
                if (c == u':')
                    ++colons;
                ++m_p;
            } else if (isNameChar(codePoint(m_p, &len))) {
                m_p += len;
            } else {
                break;
            }
        }
        if (colons > (qualified ? 1 : 0) || m_s[m_p - 1] == u':')
            fail(tr("Invalid XML name '%1'.").arg(QStringView(m_s + start, m_p - start).toString()), start);
        return m_p - start;
    }

    void expect(char16_t c)
    {
        if (m_p >= m_n)
            failEnd();
        if (m_s[m_p] != c) {
            int len;
            if (!isXmlChar(codePoint(m_p, &len)))
                fail(tr("Invalid XML character."), m_p);
            fail(tr("Expected '%1', found '%2'.").arg(QChar(c)).arg(QStringView(m_s + m_p, len)), m_p);
        }
        ++m_p;
    }

    // A reference at m_p ('&'), appended to `out`.
    void parseReference(QString &out)
    {
        const qsizetype at = m_p++;
        if (m_p < m_n && m_s[m_p] == u'#') {
            ++m_p;
            const bool hex = m_p < m_n && m_s[m_p] == u'x';
            if (hex)
                ++m_p;
            char32_t value = 0;
            const qsizetype digits = m_p;
            while (m_p < m_n && m_s[m_p] != u';') {
                const char16_t c = m_s[m_p];
                int d;
                if (c >= u'0' && c <= u'9')
                    d = c - u'0';
                else if (hex && c >= u'a' && c <= u'f')
                    d = c - u'a' + 10;
                else if (hex && c >= u'A' && c <= u'F')
                    d = c - u'A' + 10;
                else
                    fail(tr("Invalid character reference."), at);
                value = value * (hex ? 16 : 10) + char32_t(d);
                if (value > 0x10FFFF)
                    fail(tr("Character reference out of range."), at);
                ++m_p;
            }
            if (m_p >= m_n)
                failEnd();
            if (m_p == digits)
                fail(tr("Invalid character reference."), at);
            if (!isXmlChar(value))
                fail(tr("Character reference %1 is not a valid XML character.")
                         .arg(QStringView(m_s + at, m_p + 1 - at)),
                    at);
            ++m_p; // ';'
            if (value >= 0x10000) {
                out += QChar(QChar::highSurrogate(value));
                out += QChar(QChar::lowSurrogate(value));
            } else {
                out += QChar(char16_t(value));
            }
            return;
        }
        const qsizetype name = m_p;
        const qsizetype len = scanName(false);
        if (m_p >= m_n)
            failEnd();
        if (m_s[m_p] != u';')
            fail(tr("Expected ';' after the entity name."), m_p);
        ++m_p;
        const QStringView n(m_s + name, len);
        if (n == u"amp")
            out += QLatin1Char('&');
        else if (n == u"lt")
            out += QLatin1Char('<');
        else if (n == u"gt")
            out += QLatin1Char('>');
        else if (n == u"quot")
            out += QLatin1Char('"');
        else if (n == u"apos")
            out += QLatin1Char('\'');
        else
            fail(tr("Entity '%1' not declared.").arg(n.toString()), at);
    }

    // Attribute value at m_p (the opening quote), decoded and normalised.
    QString parseAttValue()
    {
        const char16_t quote = m_s[m_p++];
        const qsizetype start = m_p;
        // Fast path: nothing to decode.
        while (m_p < m_n) {
            const char16_t c = m_s[m_p];
            if (c == quote) {
                QString v = m_values.add(m_s + start, m_p - start);
                ++m_p;
                return v;
            }
            if (c < 0x20 || c == u'&' || c == u'<' || c >= 0xD800)
                break;
            ++m_p;
        }
        QString out(reinterpret_cast<const QChar *>(m_s + start), m_p - start);
        while (true) {
            if (m_p >= m_n)
                failEnd();
            const char16_t c = m_s[m_p];
            if (c == quote) {
                ++m_p;
                return m_values.add(reinterpret_cast<const char16_t *>(out.constData()), out.size());
            }
            if (c == u'<')
                fail(tr("'<' is not allowed in attribute values."), m_p);
            if (c == u'&') {
                parseReference(out);
                continue;
            }
            if (c == u'\r' || c == u'\n' || c == u'\t') {
                out += QLatin1Char(' ');
                m_p += (c == u'\r' && m_p + 1 < m_n && m_s[m_p + 1] == u'\n') ? 2 : 1;
                continue;
            }
            if (c < 0x20 || c >= 0xD800) {
                const int len = checkChar(m_p);
                out += QStringView(m_s + m_p, len);
                m_p += len;
                continue;
            }
            out += QChar(c);
            ++m_p;
        }
    }

    // Comment at m_p ("<!--"); returns the decoded text and moves past "-->".
    QString parseComment()
    {
        open(QT_TR_NOOP("comment"), m_p);
        const qsizetype start = m_p + 4;
        m_p = start;
        while (true) {
            if (m_p + 1 >= m_n)
                failEnd();
            const char16_t c = m_s[m_p];
            if (c == u'-' && m_s[m_p + 1] == u'-') {
                if (m_p + 2 < m_n && m_s[m_p + 2] == u'>')
                    break;
                fail(tr("'--' is not allowed in a comment."), m_p);
            }
            m_p += (c < 0x20 || c >= 0xD800) ? checkChar(m_p) : 1;
        }
        QString value = normalised(start, m_p);
        m_p += 3;
        closed();
        return value;
    }

    // Processing instruction at m_p ("<?"); returns "target data".
    QString parsePI()
    {
        const qsizetype at = m_p;
        open(QT_TR_NOOP("processing instruction"), at);
        m_p += 2;
        const qsizetype target = m_p;
        const qsizetype len = scanName(false);
        if (len == 3 && QStringView(m_s + target, 3).compare(u"xml", Qt::CaseInsensitive) == 0)
            fail(tr("XML declaration not at start of document."), at);
        qsizetype dataStart = m_p;
        if (!startsWith(m_p, "?>")) {
            if (m_p >= m_n)
                failEnd();
            if (!isSpace(m_s[m_p]))
                fail(tr("Expected white space after the processing instruction target."), m_p);
            skipSpace();
            dataStart = m_p;
            while (!startsWith(m_p, "?>")) {
                if (m_p >= m_n)
                    failEnd();
                const char16_t c = m_s[m_p];
                m_p += (c < 0x20 || c >= 0xD800) ? checkChar(m_p) : 1;
            }
        }
        QString value = QString(reinterpret_cast<const QChar *>(m_s + target), len) + QLatin1Char(' ')
            + normalised(dataStart, m_p);
        m_p += 2;
        closed();
        return value;
    }

    // Text of [from, to) with line ends normalised (the characters were checked already).
    QString normalised(qsizetype from, qsizetype to) const
    {
        QString out;
        out.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            if (m_s[i] == u'\r') {
                out += QLatin1Char('\n');
                if (i + 1 < to && m_s[i + 1] == u'\n')
                    ++i;
            } else {
                out += QChar(m_s[i]);
            }
        }
        return out;
    }

    // The XML declaration at the very start of the document.
    void parseXmlDecl()
    {
        open(QT_TR_NOOP("XML declaration"), 0);
        m_p = 5;
        const auto pseudoAttribute = [&](const char *name, bool required) -> QStringView {
            const qsizetype before = m_p;
            skipSpace();
            if (!startsWith(m_p, name)) {
                if (required)
                    fail(tr("Expected '%1' in the XML declaration.").arg(QLatin1String(name)), m_p);
                m_p = before;
                return {};
            }
            if (m_p == before)
                fail(tr("Expected white space in the XML declaration."), m_p);
            m_p += qsizetype(qstrlen(name));
            skipSpace();
            expect(u'=');
            skipSpace();
            if (m_p >= m_n)
                failEnd();
            const char16_t quote = m_s[m_p];
            if (quote != u'"' && quote != u'\'')
                fail(tr("Expected a quoted value in the XML declaration."), m_p);
            const qsizetype start = ++m_p;
            while (m_p < m_n && m_s[m_p] != quote && m_s[m_p] != u'<' && m_s[m_p] != u'>')
                ++m_p;
            if (m_p >= m_n)
                failEnd();
            if (m_s[m_p] != quote)
                fail(tr("Unterminated value in the XML declaration."), m_p);
            return QStringView(m_s + start, m_p++ - start);
        };
        const qsizetype versionAt = m_p;
        const QStringView version = pseudoAttribute("version", true);
        bool versionOk = version.size() > 2 && version.startsWith(u"1.");
        for (qsizetype i = 2; versionOk && i < version.size(); ++i)
            versionOk = version[i] >= u'0' && version[i] <= u'9';
        if (!versionOk)
            fail(tr("Unsupported XML version."), versionAt);
        const qsizetype encodingAt = m_p;
        const QStringView encoding = pseudoAttribute("encoding", false);
        if (!encoding.isNull()) {
            bool ok = !encoding.isEmpty() && encoding[0].unicode() < 128 && encoding[0].isLetter();
            for (const QChar c : encoding) {
                ok = ok && c.unicode() < 128
                    && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
                        || c == QLatin1Char('-'));
            }
            if (!ok)
                fail(tr("%1 is an invalid encoding name.").arg(encoding.toString()), encodingAt);
        }
        const qsizetype standaloneAt = m_p;
        const QStringView standalone = pseudoAttribute("standalone", false);
        if (!standalone.isNull() && standalone != u"yes" && standalone != u"no")
            fail(tr("Standalone accepts only yes or no."), standaloneAt);
        skipSpace();
        if (!startsWith(m_p, "?>"))
            fail(tr("Expected '?>' to end the XML declaration."), m_p);
        m_p += 2;
        closed();
    }

    const QString &m_text;
    const char16_t *m_s;
    qsizetype m_n;
    qsizetype m_p = 0;
    XmlNode *m_current = nullptr; // the innermost open element
    const char *m_openWhat = nullptr; // the construct being read, for "not closed" errors
    qsizetype m_openAt = -1;
    qsizetype m_lineAt = 0; // advanceLines() has counted the lines before this position
    qint64 m_line = 1;
    qsizetype m_lineStart = 0;
    Interner m_interner;
    ValueArena m_values;
};

} // namespace lsdesk::xmlscan
