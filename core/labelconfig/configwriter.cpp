// ConfigWriter: the SDK's two output paths, byte for byte (docs/config-spec.md). Writes straight from
// the SpecNode tuples into one string - no intermediate element tree - because create() on large
// configs is dominated by copying otherwise.

#include "configwriter_p.h"
#include "specjson_p.h"

#include <QCoreApplication>

namespace lsdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigBuilder", text);
}

QString hexCodePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString where(const QString &key)
{
    return key.isEmpty() ? QString() : tr(" (entry %1)").arg(specjson::quote(key));
}

QString prefixHint(const QString &name)
{
    return name.contains(QLatin1Char(':'))
        ? tr(" A colon is a namespace prefix, and only \"xml:\" is bound without a declaration.")
        : QString();
}

// The first character outside XML 1.0's Char production (a lone surrogate counts as itself).
std::optional<char32_t> firstNonXmlChar(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0xD800)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            ++i; // U+10000..U+10FFFF are all allowed
            continue;
        }
        if (!ConfigBuilder::isXmlChar(c))
            return c;
    }
    return std::nullopt;
}

// True when every character can be written as it is: no markup character, nothing below U+0020 and
// no surrogate (the common case, decided in one pass).
bool plainText(QStringView s)
{
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c < 0x20 || c >= 0xD800 || c == u'&' || c == u'<' || c == u'>' || c == u'"')
            return false;
    }
    return true;
}

// Attribute escaping of the two output modes. Compact is ElementTree's _escape_attrib (Python 3.11):
// & < > " and CR, LF, TAB as character references. Pretty re-parses ElementTree's text with expat
// (character references come back as the characters) and writes it with minidom's _write_data: only
// & < " > are escaped; CR, LF and TAB are written raw.
void appendEscaped(QString &out, QStringView s, bool compact)
{
    for (const QChar c : s) {
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
        case '\r':
            out += compact ? QLatin1String("&#13;") : QLatin1String("\r");
            break;
        case '\n':
            out += compact ? QLatin1String("&#10;") : QLatin1String("\n");
            break;
        case '\t':
            out += compact ? QLatin1String("&#09;") : QLatin1String("\t");
            break;
        default:
            out += c;
        }
    }
}

} // namespace

ConfigWriter::ConfigWriter(bool pretty)
    : m_pretty(pretty)
{ }

void ConfigWriter::begin(bool empty)
{
    m_empty = empty;
    // The root <View> is ours; its children are reported under their tags-list keys.
    if (empty)
        m_out = m_pretty ? QStringLiteral("<View/>\n") : QStringLiteral("<View />");
    else
        m_out = m_pretty ? QStringLiteral("<View>\n") : QStringLiteral("<View>");
}

ConfigBuildResult ConfigWriter::finish()
{
    ConfigBuildResult result;
    if (m_error) {
        result.error = m_error;
        return result;
    }
    if (!m_empty)
        m_out += m_pretty ? QLatin1String("</View>\n") : QLatin1String("</View>");
    result.text = std::move(m_out);
    return result;
}

void ConfigWriter::fail(const QString &message, const QString &key)
{
    if (!m_error)
        m_error = ConfigBuildError { message, key };
}

void ConfigWriter::indent(int depth)
{
    if (!m_pretty)
        return;
    static const QString spaces(64, QLatin1Char(' '));
    for (qsizetype n = 2 * qsizetype(depth); n > 0; n -= spaces.size())
        m_out += QStringView(spaces).left(std::min(n, spaces.size()));
}

bool ConfigWriter::validName(const QString &name)
{
    CheckedName &c = m_checked[(quintptr(name.constData()) >> 4) % std::size(m_checked)];
    if (c.data == name.constData() && c.size == name.size())
        return true;
    if (!ConfigBuilder::isValidName(name))
        return false;
    c = { name.constData(), name.size() };
    return true;
}

bool ConfigWriter::checkTagName(const QString &tag, const QString &key)
{
    if (validName(tag))
        return true;
    fail(tr("%1%2 is not a valid XML tag name.%3").arg(specjson::quote(tag), where(key), prefixHint(tag)),
        key);
    return false;
}

// create_element: the tag with its attributes - a dict among the children sets attributes on the parent
// (in place when present) - then the str and tuple children in order; anything else is skipped.
void ConfigWriter::writeNode(const SpecNode &node, const QString &key, int depth)
{
    if (m_error || !checkTagName(node.tag, key))
        return;
    bool setsAttributes = false;
    bool hasChildren = false;
    for (const SpecNode &c : node.children) {
        setsAttributes = setsAttributes || c.kind == SpecNode::Kind::SetAttributes;
        hasChildren = hasChildren || c.kind == SpecNode::Kind::Element || c.kind == SpecNode::Kind::BareTag;
    }
    const SpecAttributes *attributes = &node.attributes;
    SpecAttributes merged;
    if (setsAttributes) {
        merged = node.attributes;
        for (const SpecNode &c : node.children) {
            if (c.kind == SpecNode::Kind::SetAttributes) {
                for (const auto &a : c.attributes.entries())
                    merged.set(a.first, a.second);
            }
        }
        attributes = &merged;
    }

    indent(depth);
    m_out += QLatin1Char('<') + node.tag;
    for (const auto &a : attributes->entries()) {
        if (!writeAttribute(node.tag, a.first, a.second, key))
            return;
    }
    if (!hasChildren) {
        // ElementTree writes "<a />", minidom "<a/>".
        m_out += m_pretty ? QLatin1String("/>\n") : QLatin1String(" />");
        return;
    }
    m_out += m_pretty ? QLatin1String(">\n") : QLatin1String(">");
    for (const SpecNode &c : node.children) {
        if (c.kind == SpecNode::Kind::Element)
            writeNode(c, key, depth + 1);
        else if (c.kind == SpecNode::Kind::BareTag)
            writeBareTag(c.tag, key, depth + 1);
        if (m_error)
            return;
    }
    indent(depth);
    m_out += QLatin1String("</") + node.tag + (m_pretty ? QLatin1String(">\n") : QLatin1String(">"));
}

void ConfigWriter::writeBareTag(const QString &tag, const QString &key, int depth)
{
    if (!checkTagName(tag, key))
        return;
    indent(depth);
    m_out += QLatin1Char('<') + tag + (m_pretty ? QLatin1String("/>\n") : QLatin1String(" />"));
}

bool ConfigWriter::writeAttribute(
    const QString &tag, const QString &name, const SpecValue &value, const QString &key)
{
    if (name == QLatin1String("xmlns") || name.startsWith(QLatin1String("xmlns:"))) {
        fail(tr("The attribute %1 of <%2>%3 declares an XML namespace. Label configs do not use "
                "namespaces, and the SDK's pretty output would move it before the other attributes.")
                 .arg(specjson::quote(name), tag, where(key)),
            key);
        return false;
    }
    if (!validName(name)) {
        fail(tr("%1, an attribute of <%2>%3, is not a valid XML attribute name.%4")
                 .arg(specjson::quote(name), tag, where(key), prefixHint(name)),
            key);
        return false;
    }
    switch (value.type) {
    case SpecValue::Type::Null:
        fail(tr("The attribute %1 of <%2>%3 is null. LabelInterface.create() fails here "
                "(TypeError: cannot serialize None).")
                 .arg(specjson::quote(name), tag, where(key)),
            key);
        return false;
    case SpecValue::Type::Array:
    case SpecValue::Type::Object:
        fail(tr("The attribute %1 of <%2>%3 is %4 (%5), not text. The SDK would write Python's repr() of "
                "it into the config.")
                 .arg(specjson::quote(name), tag, where(key),
                     value.type == SpecValue::Type::Array ? tr("a list") : tr("an object"), value.toJson()),
            key);
        return false;
    case SpecValue::Type::Bool:
    case SpecValue::Type::Number:
        // Extension: the SDK raises "cannot serialize 5 (type int)"; the JSON text is what was meant.
        m_out += QLatin1Char(' ') + name + QLatin1String("=\"") + value.text + QLatin1Char('"');
        return true;
    case SpecValue::Type::String:
        break;
    }
    if (plainText(value.text)) {
        m_out += QLatin1Char(' ') + name + QLatin1String("=\"") + value.text + QLatin1Char('"');
        return true;
    }
    if (const std::optional<char32_t> bad = firstNonXmlChar(value.text)) {
        fail(tr("The attribute %1 of <%2>%3 contains the character %4, which XML 1.0 does not allow.")
                 .arg(specjson::quote(name), tag, where(key), hexCodePoint(*bad)),
            key);
        return false;
    }
    m_out += QLatin1Char(' ') + name + QLatin1String("=\"");
    appendEscaped(m_out, value.text, !m_pretty);
    m_out += QLatin1Char('"');
    return true;
}

} // namespace lsdesk
