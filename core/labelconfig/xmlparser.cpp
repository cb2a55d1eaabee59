// XmlDocument::parse: a strict, non-validating XML 1.0 parser working directly on the UTF-16 text.
// It records the exact source span of every node (for the byte-exact round trip in xmldocument.cpp),
// never reads a DTD (a DOCTYPE is refused) and knows only the five predefined entities and character
// references. Line ends are normalised (\r\n and \r become \n) in decoded values, and literal white
// space in attribute values becomes a space, as XML 1.0 says.

#include "xmltokenizer.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace lsdesk {

using namespace xmlscan;

class XmlParser : public xmlscan::Tokenizer
{
public:
    explicit XmlParser(const QString &source)
        : Tokenizer(source)
    { }

    std::unique_ptr<XmlDocument> run(XmlError *error)
    {
        auto doc = std::make_unique<XmlDocument>();
        doc->m_source = m_text;
        try {
            parseDocument(*doc);
        } catch (const ParseError &e) {
            if (error) {
                error->message = e.message;
                position(e.at, &error->line, &error->column);
            }
            return nullptr;
        }
        return doc;
    }

private:
    // Start tag at m_p ('<' followed by a name start). Returns the new element.
    std::unique_ptr<XmlNode> parseStartTag()
    {
        const qsizetype start = m_p++;
        open(QT_TR_NOOP("start tag"), start);
        const qsizetype nameStart = m_p;
        const qsizetype nameLen = scanName();
        auto n = std::make_unique<XmlNode>();
        n->m_kind = XmlNode::Kind::Element;
        n->m_name = m_interner.get(m_s + nameStart, nameLen);
        n->m_start = start;
        advanceLines(start, &n->m_line, &n->m_column);
        m_scratch.clear();
        while (true) {
            const qsizetype beforeSpace = m_p;
            skipSpace();
            if (m_p >= m_n)
                failEnd();
            const char16_t c = m_s[m_p];
            if (c == u'>') {
                ++m_p;
                break;
            }
            if (c == u'/') {
                ++m_p;
                expect(u'>');
                n->m_selfClosing = true;
                break;
            }
            if (m_p == beforeSpace)
                fail(
                    tr("Expected white space, '>' or '/>' in the start tag, found '%1'.").arg(QChar(c)), m_p);
            const qsizetype attrAt = m_p;
            const qsizetype attrLen = scanName();
            const QStringView attrName(m_s + attrAt, attrLen);
            for (const auto &a : m_scratch) {
                if (a.first == attrName)
                    fail(tr("Attribute '%1' redefined.").arg(attrName.toString()), attrAt);
            }
            skipSpace();
            expect(u'=');
            skipSpace();
            if (m_p >= m_n)
                failEnd();
            if (m_s[m_p] != u'"' && m_s[m_p] != u'\'')
                fail(tr("Expected a quoted attribute value."), m_p);
            open(QT_TR_NOOP("attribute value"), m_p);
            QString value = parseAttValue();
            open(QT_TR_NOOP("start tag"), start);
            m_scratch.emplace_back(m_interner.get(m_s + attrAt, attrLen), std::move(value));
        }
        n->m_tagEnd = m_p;
        closed();
        if (!m_scratch.empty()) {
            n->m_attributes.reserve(qsizetype(m_scratch.size()));
            for (auto &a : m_scratch)
                n->m_attributes.append(std::move(a));
            m_scratch.clear();
        }
        return n;
    }

    // Whitespace, comments and PIs outside the root element. Returns false at the end of the text.
    bool parseMisc(XmlDocument &doc)
    {
        while (true) {
            skipSpace();
            if (m_p >= m_n)
                return false;
            if (startsWith(m_p, "<!--")) {
                doc.m_outerComments.append(parseComment());
            } else if (startsWith(m_p, "<?")) {
                parsePI();
            } else if (QStringView(m_s + m_p, std::min<qsizetype>(9, m_n - m_p))
                           .compare(u"<!DOCTYPE", Qt::CaseInsensitive)
                == 0) {
                fail(tr("DOCTYPE declarations are not allowed in a label config."), m_p);
            } else {
                return true;
            }
        }
    }

    void parseDocument(XmlDocument &doc)
    {
        if (startsWith(0, "<?xml") && m_n > 5 && (isSpace(m_s[5]) || m_s[5] == u'?'))
            parseXmlDecl();
        if (!parseMisc(doc))
            fail(tr("The label config is empty: it needs a root element such as <View>."), m_n);
        if (m_s[m_p] != u'<' || m_p + 1 >= m_n || m_s[m_p + 1] == u'/' || m_s[m_p + 1] == u'!')
            fail(m_s[m_p] == u'<' ? tr("Start tag expected.")
                                  : tr("Text is not allowed outside the root element."),
                m_p);
        const qsizetype rootStart = m_p;
        doc.m_root = parseStartTag();
        doc.m_prefix = m_text.left(rootStart);
        if (doc.m_root->m_selfClosing)
            doc.m_root->m_closeStart = doc.m_root->m_end = m_p;
        else
            parseContent(doc.m_root.get());
        doc.m_suffixStart = m_p;
        if (parseMisc(doc)) {
            fail(m_s[m_p] == u'<' && m_p + 1 < m_n && m_s[m_p + 1] != u'/' && m_s[m_p + 1] != u'!'
                    ? tr("More than one root element.")
                    : tr("Extra content at end of document."),
                m_p);
        }
        doc.m_suffix = m_text.mid(doc.m_suffixStart);
    }

    // Children wait on one stack until their parent's end tag, then move into a vector of exactly their
    // number: growing each element's vector child by child cost more allocations than the nodes.
    void attach(XmlNode *parent, std::unique_ptr<XmlNode> child)
    {
        child->m_parent = parent;
        m_pending.push_back(std::move(child));
    }
    void beginChildren() { m_marks.push_back(m_pending.size()); }
    void endChildren(XmlNode *parent)
    {
        const auto first = m_pending.begin() + std::ptrdiff_t(m_marks.back());
        m_marks.pop_back();
        parent->m_children.reserve(size_t(m_pending.end() - first));
        std::move(first, m_pending.end(), std::back_inserter(parent->m_children));
        m_pending.erase(first, m_pending.end());
    }

    std::unique_ptr<XmlNode> leaf(XmlNode::Kind kind, QString value, qsizetype start) const
    {
        auto n = std::make_unique<XmlNode>();
        n->m_kind = kind;
        n->m_value = std::move(value);
        n->m_start = start;
        n->m_end = m_p;
        return n;
    }

    // Text at m_p up to the next markup: one node, its value decoded.
    void parseText(XmlNode *parent)
    {
        const qsizetype start = m_p;
        bool whitespace = true;
        bool plain = true; // no reference, no \r
        while (m_p < m_n) {
            const char16_t c = m_s[m_p];
            if (c == u'<')
                break;
            if (c == u'&') {
                plain = false;
                break;
            }
            if (c == u']' && startsWith(m_p, "]]>"))
                fail(tr("Sequence ']]>' not allowed in content."), m_p);
            if (c < 0x20 || c >= 0xD800) {
                if (c == u'\r') {
                    plain = false;
                    break;
                }
                if (c != u'\n' && c != u'\t')
                    m_p += checkChar(m_p) - 1;
                whitespace = whitespace && (c == u'\n' || c == u'\t');
            } else {
                whitespace = whitespace && c == u' ';
            }
            ++m_p;
        }
        QString value;
        if (plain) {
            value = whitespace ? m_interner.get(m_s + start, m_p - start)
                               : QString(reinterpret_cast<const QChar *>(m_s + start), m_p - start);
        } else {
            value = QString(reinterpret_cast<const QChar *>(m_s + start), m_p - start);
            while (m_p < m_n && m_s[m_p] != u'<') {
                const char16_t c = m_s[m_p];
                if (c == u'&') {
                    parseReference(value);
                } else if (c == u'\r') {
                    value += QLatin1Char('\n');
                    m_p += (m_p + 1 < m_n && m_s[m_p + 1] == u'\n') ? 2 : 1;
                } else {
                    if (c == u']' && startsWith(m_p, "]]>"))
                        fail(tr("Sequence ']]>' not allowed in content."), m_p);
                    const int len = (c < 0x20 || c >= 0xD800) ? checkChar(m_p) : 1;
                    value += QStringView(m_s + m_p, len);
                    m_p += len;
                }
            }
        }
        attach(parent, leaf(XmlNode::Kind::Text, std::move(value), start));
    }

    // Content of `root` (whose start tag was just read) up to and including its end tag. Iterative, so
    // deep nesting cannot overflow the stack.
    void parseContent(XmlNode *root)
    {
        XmlNode *&current = m_current;
        current = root;
        beginChildren();
        while (current) {
            if (m_p >= m_n)
                failEnd();
            if (m_s[m_p] != u'<') {
                parseText(current);
                continue;
            }
            const qsizetype start = m_p;
            const char16_t next = m_p + 1 < m_n ? m_s[m_p + 1] : 0;
            if (next == u'/') {
                open(QT_TR_NOOP("end tag"), m_p);
                m_p += 2;
                const qsizetype nameStart = m_p;
                const qsizetype len = scanName();
                if (QStringView(m_s + nameStart, len) != current->m_name)
                    fail(tr("Opening and ending tag mismatch: expected </%1>.").arg(current->m_name), start);
                skipSpace();
                expect(u'>');
                closed();
                current->m_closeStart = start;
                current->m_end = m_p;
                endChildren(current);
                current = current->m_parent;
            } else if (next == u'!') {
                if (startsWith(m_p, "<!--")) {
                    QString value = parseComment();
                    attach(current, leaf(XmlNode::Kind::Comment, std::move(value), start));
                } else if (startsWith(m_p, "<![CDATA[")) {
                    open(QT_TR_NOOP("CDATA section"), m_p);
                    m_p += 9;
                    const qsizetype from = m_p;
                    while (!startsWith(m_p, "]]>")) {
                        if (m_p >= m_n)
                            failEnd();
                        const char16_t c = m_s[m_p];
                        m_p += (c < 0x20 || c >= 0xD800) ? checkChar(m_p) : 1;
                    }
                    QString value = normalised(from, m_p);
                    m_p += 3;
                    closed();
                    attach(current, leaf(XmlNode::Kind::CData, std::move(value), start));
                } else if (startsWith(m_p, "<!DOCTYPE")) {
                    fail(tr("DOCTYPE declarations are not allowed in a label config."), m_p);
                } else {
                    fail(tr("Unexpected markup '<!'."), m_p);
                }
            } else if (next == u'?') {
                QString value = parsePI();
                auto pi = leaf(XmlNode::Kind::ProcessingInstruction, std::move(value), start);
                qint64 column;
                advanceLines(start, &pi->m_line, &column);
                attach(current, std::move(pi));
            } else {
                auto element = parseStartTag();
                XmlNode *raw = element.get();
                attach(current, std::move(element));
                if (raw->m_selfClosing) {
                    raw->m_closeStart = raw->m_end = m_p;
                } else {
                    current = raw;
                    beginChildren();
                }
            }
        }
    }

    std::vector<QPair<QString, QString>> m_scratch; // the attributes of the start tag being read
    std::vector<std::unique_ptr<XmlNode>> m_pending; // children of the open elements, innermost last
    std::vector<size_t> m_marks; // where each open element's children start in m_pending
};

std::unique_ptr<XmlDocument> XmlDocument::parse(const QString &text, XmlError *error)
{
    // text.trimmed().isEmpty(), without copying the text.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        if (error)
            *error = { tr("The label config is empty: it needs a root element such as <View>."), 1, 1 };
        return nullptr;
    }
    XmlParser parser(text);
    return parser.run(error);
}

} // namespace lsdesk
