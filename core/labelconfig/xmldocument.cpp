#include "xmldocument.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("XmlDocument", s);
}

// Finds the '>' that closes a start tag beginning at `from`, skipping quoted attribute values (they
// may contain '>', never '<').
qint64 endOfTag(const QString &s, qint64 from)
{
    QChar quote;
    for (qint64 i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i + 1;
        }
    }
    return -1;
}
} // namespace

QString XmlError::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

// ---- XmlNode ----------------------------------------------------------------------------------------

std::unique_ptr<XmlNode> XmlNode::element(const QString &name, const XmlAttributes &attributes)
{
    auto n = std::make_unique<XmlNode>();
    n->m_kind = Kind::Element;
    n->m_name = name;
    n->m_attributes = attributes;
    return n;
}

std::unique_ptr<XmlNode> XmlNode::text(const QString &text)
{
    auto n = std::make_unique<XmlNode>();
    n->m_kind = Kind::Text;
    n->m_value = text;
    return n;
}

std::unique_ptr<XmlNode> XmlNode::comment(const QString &text)
{
    auto n = std::make_unique<XmlNode>();
    n->m_kind = Kind::Comment;
    n->m_value = text;
    return n;
}

bool XmlNode::hasAttribute(const QString &name) const
{
    for (const auto &a : m_attributes) {
        if (a.first == name)
            return true;
    }
    return false;
}

QString XmlNode::attribute(const QString &name, const QString &fallback) const
{
    for (const auto &a : m_attributes) {
        if (a.first == name)
            return a.second;
    }
    return fallback;
}

void XmlNode::setAttribute(const QString &name, const QString &value)
{
    for (auto &a : m_attributes) {
        if (a.first == name) {
            if (a.second != value) {
                a.second = value;
                m_tagDirty = true;
            }
            return;
        }
    }
    m_attributes.append({ name, value });
    m_tagDirty = true;
}

bool XmlNode::removeAttribute(const QString &name)
{
    for (int i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes[i].first == name) {
            m_attributes.removeAt(i);
            m_tagDirty = true;
            return true;
        }
    }
    return false;
}

QList<XmlNode *> XmlNode::childElements() const
{
    QList<XmlNode *> out;
    for (const auto &c : m_children) {
        if (c->isElement())
            out.append(c.get());
    }
    return out;
}

int XmlNode::indexOf(const XmlNode *child) const
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i].get() == child)
            return int(i);
    }
    return -1;
}

XmlNode *XmlNode::insertChild(int index, std::unique_ptr<XmlNode> node)
{
    node->m_parent = this;
    XmlNode *raw = node.get();
    index = std::clamp(index, 0, childCount());
    m_children.insert(m_children.begin() + index, std::move(node));
    m_childrenDirty = true;
    return raw;
}

std::unique_ptr<XmlNode> XmlNode::takeChild(int index)
{
    auto node = std::move(m_children[size_t(index)]);
    m_children.erase(m_children.begin() + index);
    node->m_parent = nullptr;
    m_childrenDirty = true;
    return node;
}

XmlNode *XmlNode::insertElementIndented(int elementIndex, std::unique_ptr<XmlNode> element)
{
    const QList<XmlNode *> elements = childElements();
    // The whitespace before an element sibling is its indentation; reuse the one of the element we
    // insert before (or after the last one).
    QString indent;
    int at = childCount();
    if (elementIndex < elements.size()) {
        at = indexOf(elements[elementIndex]);
        if (at > 0 && child(at - 1)->kind() == Kind::Text && child(at - 1)->value().trimmed().isEmpty())
            indent = child(at - 1)->value();
        XmlNode *inserted = insertChild(at, std::move(element));
        if (!indent.isEmpty())
            insertChild(at + 1, XmlNode::text(indent));
        return inserted;
    }
    if (!elements.isEmpty()) {
        const int last = indexOf(elements.last());
        if (last > 0 && child(last - 1)->kind() == Kind::Text && child(last - 1)->value().trimmed().isEmpty())
            indent = child(last - 1)->value();
        at = last + 1;
    } else {
        // First child: one level (two spaces) deeper than this element's own indentation.
        QString own = QStringLiteral("\n");
        if (m_parent) {
            const int me = m_parent->indexOf(this);
            if (me > 0 && m_parent->child(me - 1)->kind() == Kind::Text)
                own = m_parent->child(me - 1)->value();
        }
        indent = own + QStringLiteral("  ");
        insertChild(childCount(), XmlNode::text(indent));
        XmlNode *inserted = insertChild(childCount(), std::move(element));
        insertChild(childCount(), XmlNode::text(own));
        return inserted;
    }
    if (!indent.isEmpty())
        insertChild(at++, XmlNode::text(indent));
    return insertChild(at, std::move(element));
}

void XmlNode::removeElementIndented(XmlNode *element)
{
    const int at = indexOf(element);
    if (at < 0)
        return;
    takeChild(at);
    if (at > 0 && child(at - 1)->kind() == Kind::Text && child(at - 1)->value().trimmed().isEmpty()
        && childElements().size() > 0)
        takeChild(at - 1);
}

// ---- Parser -----------------------------------------------------------------------------------------

class XmlParser
{
public:
    explicit XmlParser(const QString &source)
        : m_src(source)
        , m_reader(source)
    {
        m_reader.setNamespaceProcessing(false);
    }

    std::unique_ptr<XmlDocument> run(XmlError *error)
    {
        auto doc = std::make_unique<XmlDocument>();
        doc->m_source = m_src;
        XmlNode *current = nullptr;
        qint64 pos = 0;
        qint64 pendingText = -1; // start of a text run not yet turned into a node
        bool lastWasSelfClosing = false;

        const auto fail = [&](const QString &message) {
            if (error) {
                error->message = message;
                error->line = m_reader.lineNumber();
                error->column = m_reader.columnNumber();
            }
            return nullptr;
        };
        // Ends a pending text run at `end` and attaches it to the current element.
        const auto flushText = [&](qint64 end, const QString &decoded) {
            if (pendingText < 0)
                return;
            if (current) {
                auto n = XmlNode::text(decoded);
                n->m_start = pendingText;
                n->m_end = end;
                current->m_children.push_back(std::move(n));
                current->m_children.back()->m_parent = current;
            }
            pendingText = -1;
        };
        QString textBuffer;

        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (m_reader.hasError())
                break;
            const qint64 line = m_reader.lineNumber();
            switch (token) {
            case QXmlStreamReader::StartDocument: {
                const qint64 start = m_src.indexOf(QLatin1String("<?xml"), pos);
                if (start >= 0)
                    pos = m_src.indexOf(QLatin1String("?>"), start) + 2;
                break;
            }
            case QXmlStreamReader::DTD:
                return fail(tr("DOCTYPE declarations are not allowed in a label config."));
            case QXmlStreamReader::EntityReference:
                return fail(tr("Unknown entity &%1;.").arg(m_reader.name().toString()));
            case QXmlStreamReader::StartElement: {
                const qint64 start = m_src.indexOf(QLatin1Char('<'), pos);
                flushText(start, textBuffer);
                textBuffer.clear();
                const qint64 end = endOfTag(m_src, start + 1);
                if (start < 0 || end < 0)
                    return fail(tr("Cannot locate a start tag in the source."));
                auto n = XmlNode::element(m_reader.qualifiedName().toString());
                const auto attrs = m_reader.attributes();
                for (const auto &a : attrs)
                    n->m_attributes.append({ a.qualifiedName().toString(), a.value().toString() });
                n->m_start = start;
                n->m_tagEnd = end;
                n->m_selfClosing = m_src.at(end - 2) == QLatin1Char('/');
                n->m_line = line;
                n->m_column = m_reader.columnNumber();
                XmlNode *raw = n.get();
                if (current) {
                    n->m_parent = current;
                    current->m_children.push_back(std::move(n));
                } else {
                    if (doc->m_root)
                        return fail(tr("More than one root element."));
                    doc->m_prefix = m_src.left(start);
                    doc->m_root = std::move(n);
                }
                current = raw;
                pos = end;
                lastWasSelfClosing = raw->m_selfClosing;
                break;
            }
            case QXmlStreamReader::EndElement: {
                if (!current)
                    return fail(tr("Unexpected end tag."));
                if (lastWasSelfClosing) {
                    current->m_closeStart = pos;
                    current->m_end = pos;
                } else {
                    const qint64 start = m_src.indexOf(QLatin1String("</"), pos);
                    flushText(start, textBuffer);
                    textBuffer.clear();
                    const qint64 end = m_src.indexOf(QLatin1Char('>'), start) + 1;
                    current->m_closeStart = start;
                    current->m_end = end;
                    pos = end;
                }
                lastWasSelfClosing = false;
                if (current == doc->m_root.get())
                    doc->m_suffixStart = pos;
                current = current->m_parent;
                break;
            }
            case QXmlStreamReader::Characters: {
                lastWasSelfClosing = false;
                if (m_reader.isCDATA()) {
                    const qint64 start = m_src.indexOf(QLatin1String("<![CDATA["), pos);
                    flushText(start, textBuffer);
                    textBuffer.clear();
                    const qint64 end = m_src.indexOf(QLatin1String("]]>"), start) + 3;
                    if (current) {
                        auto n = std::make_unique<XmlNode>();
                        n->m_kind = XmlNode::Kind::CData;
                        n->m_value = m_reader.text().toString();
                        n->m_start = start;
                        n->m_end = end;
                        n->m_parent = current;
                        current->m_children.push_back(std::move(n));
                    }
                    pos = end;
                    break;
                }
                if (pendingText < 0)
                    pendingText = pos;
                textBuffer += m_reader.text();
                // Text runs until the next markup; its end is fixed when that markup arrives.
                const qint64 next = m_src.indexOf(QLatin1Char('<'), pos);
                pos = next < 0 ? m_src.size() : next;
                break;
            }
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction: {
                lastWasSelfClosing = false;
                const bool isComment = token == QXmlStreamReader::Comment;
                const qint64 start
                    = m_src.indexOf(isComment ? QLatin1String("<!--") : QLatin1String("<?"), pos);
                flushText(start, textBuffer);
                textBuffer.clear();
                const qint64 end
                    = m_src.indexOf(isComment ? QLatin1String("-->") : QLatin1String("?>"), start)
                    + (isComment ? 3 : 2);
                const QString value = isComment ? m_reader.text().toString()
                                                : m_reader.processingInstructionTarget().toString()
                        + QLatin1Char(' ') + m_reader.processingInstructionData().toString();
                if (current) {
                    auto n = std::make_unique<XmlNode>();
                    n->m_kind = isComment ? XmlNode::Kind::Comment : XmlNode::Kind::ProcessingInstruction;
                    n->m_value = value;
                    n->m_start = start;
                    n->m_end = end;
                    n->m_line = line;
                    n->m_parent = current;
                    current->m_children.push_back(std::move(n));
                } else if (isComment) {
                    doc->m_outerComments.append(value);
                }
                pos = end;
                break;
            }
            default:
                break;
            }
        }
        if (m_reader.hasError()) {
            if (error) {
                error->message = m_reader.errorString();
                error->line = m_reader.lineNumber();
                error->column = m_reader.columnNumber();
            }
            return nullptr;
        }
        if (!doc->m_root)
            return fail(tr("The label config is empty: it needs a root element such as <View>."));
        doc->m_suffix = m_src.mid(doc->m_suffixStart);
        return doc;
    }

private:
    const QString &m_src;
    QXmlStreamReader m_reader;
};

std::unique_ptr<XmlDocument> XmlDocument::parse(const QString &text, XmlError *error)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = { tr("The label config is empty: it needs a root element such as <View>."), 1, 1 };
        return nullptr;
    }
    // A DOCTYPE must be refused before QXmlStreamReader sees it: it would expand internal entities.
    // Only the prolog can hold one, so a look at the text before the first element suffices.
    const qint64 firstElement = [&] {
        for (qint64 i = text.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('<'), i + 1)) {
            const QChar c = text.at(i + 1);
            if (c != QLatin1Char('?') && c != QLatin1Char('!'))
                return i;
            if (text.mid(i, 9).compare(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive) == 0)
                return qint64(-2);
        }
        return qint64(-1);
    }();
    if (firstElement == -2) {
        if (error) {
            const qint64 at = text.indexOf(QLatin1String("<!DOCTYPE"), 0, Qt::CaseInsensitive);
            error->message = tr("DOCTYPE declarations are not allowed in a label config.");
            error->line = text.left(at).count(QLatin1Char('\n')) + 1;
            error->column = at - text.lastIndexOf(QLatin1Char('\n'), at);
        }
        return nullptr;
    }
    XmlParser parser(text);
    return parser.run(error);
}

QString XmlDocument::escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\n':
            out += QLatin1String("&#10;");
            break;
        case '\r':
            out += QLatin1String("&#13;");
            break;
        case '\t':
            out += QLatin1String("&#9;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString XmlDocument::escapeText(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

bool XmlDocument::pristine(const XmlNode *node) const
{
    if (node->m_start < 0 || node->m_tagDirty || node->m_childrenDirty)
        return false;
    for (const auto &c : node->m_children) {
        if (!pristine(c.get()))
            return false;
    }
    return true;
}

void XmlDocument::write(const XmlNode *node, QString &out) const
{
    if (pristine(node)) {
        out += QStringView(m_source).mid(node->m_start, node->m_end - node->m_start);
        return;
    }
    switch (node->m_kind) {
    case XmlNode::Kind::Text:
        out += escapeText(node->m_value);
        return;
    case XmlNode::Kind::Comment:
        out += QLatin1String("<!--") + node->m_value + QLatin1String("-->");
        return;
    case XmlNode::Kind::CData:
        out += QLatin1String("<![CDATA[") + node->m_value + QLatin1String("]]>");
        return;
    case XmlNode::Kind::ProcessingInstruction:
        out += QLatin1String("<?") + node->m_value + QLatin1String("?>");
        return;
    case XmlNode::Kind::Element:
        break;
    }
    const bool hasChildren = !node->m_children.empty();
    const bool keepTag = node->m_start >= 0 && !node->m_tagDirty;
    if (keepTag && (!node->m_selfClosing || !hasChildren)) {
        out += QStringView(m_source).mid(node->m_start, node->m_tagEnd - node->m_start);
    } else if (keepTag) {
        // <a x="1"/> that gained children: the same start tag without the slash.
        QString tag = m_source.mid(node->m_start, node->m_tagEnd - node->m_start);
        tag.chop(2);
        while (tag.endsWith(QLatin1Char(' ')))
            tag.chop(1);
        out += tag + QLatin1Char('>');
    } else {
        out += QLatin1Char('<') + node->m_name;
        for (const auto &a : node->m_attributes)
            out += QLatin1Char(' ') + a.first + QLatin1String("=\"") + escapeAttribute(a.second)
                + QLatin1Char('"');
        out += hasChildren ? QLatin1String(">") : QLatin1String("/>");
    }
    if (!hasChildren && !(keepTag && !node->m_selfClosing))
        return; // written as <a .../>
    for (const auto &c : node->m_children)
        write(c.get(), out);
    if (node->m_closeStart >= 0 && node->m_closeStart < node->m_end)
        out += QStringView(m_source).mid(node->m_closeStart, node->m_end - node->m_closeStart);
    else
        out += QLatin1String("</") + node->m_name + QLatin1Char('>');
}

QString XmlDocument::toString() const
{
    QString out = m_prefix;
    out.reserve(m_source.size() + 64);
    if (m_root)
        write(m_root.get(), out);
    out += m_suffix;
    return out;
}

} // namespace lsdesk
