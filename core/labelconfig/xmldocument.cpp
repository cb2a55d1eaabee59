#include "xmldocument.h"

#include <QCoreApplication>
#include <algorithm>
#include <new>

// Sanitizer builds use plain new/delete, so ASan still sees every node's lifetime (use after free,
// leaks) and the fuzzer keeps its teeth.
#if defined(__SANITIZE_ADDRESS__)
#define LSDESK_NODE_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define LSDESK_NODE_POOL 0
#endif
#endif
#ifndef LSDESK_NODE_POOL
#define LSDESK_NODE_POOL 1
#endif

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("XmlDocument", s);
}

} // namespace

QString XmlError::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

// ---- XmlNode ----------------------------------------------------------------------------------------

XmlNode::XmlNode() = default;

#if LSDESK_NODE_POOL
namespace {
// Freed nodes wait on a per-thread list for the next parse; slabs of 64 refill it. A node freed on
// another thread than the one that made it simply joins that thread's list (slabs are never returned,
// so any list may hold any block). What stays allocated is the peak number of nodes alive at once per
// thread - a few hundred kilobytes for the largest configs - which is what malloc's own caches keep too.
struct FreeNode
{
    FreeNode *next;
};
thread_local FreeNode *t_freeNodes = nullptr;
constexpr size_t kSlabNodes = 64;
} // namespace

void *XmlNode::operator new(size_t size)
{
    if (size != sizeof(XmlNode))
        return ::operator new(size);
    if (FreeNode *n = t_freeNodes) {
        t_freeNodes = n->next;
        return n;
    }
    char *slab = static_cast<char *>(::operator new(kSlabNodes * sizeof(XmlNode)));
    for (size_t i = kSlabNodes - 1; i > 0; --i) {
        auto *n = reinterpret_cast<FreeNode *>(slab + i * sizeof(XmlNode));
        n->next = t_freeNodes;
        t_freeNodes = n;
    }
    return slab;
}

void XmlNode::operator delete(void *p, size_t size) noexcept
{
    if (!p)
        return;
    if (size != sizeof(XmlNode)) {
        ::operator delete(p);
        return;
    }
    auto *n = static_cast<FreeNode *>(p);
    n->next = t_freeNodes;
    t_freeNodes = n;
}
#else
void *XmlNode::operator new(size_t size)
{
    return ::operator new(size);
}

void XmlNode::operator delete(void *p, size_t) noexcept
{
    ::operator delete(p);
}
#endif

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

void XmlNode::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    m_renamed = true;
    markDirty();
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
        // First child: one level (two spaces) deeper than this element's own indentation. Whitespace
        // left by removed children goes, or it would pile up as blank lines.
        const bool onlyWhitespace = std::all_of(m_children.begin(), m_children.end(),
            [](const auto &c) { return c->kind() == Kind::Text && c->value().trimmed().isEmpty(); });
        if (onlyWhitespace) {
            while (childCount() > 0)
                takeChild(0);
        }
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
    if (node->m_closeStart >= 0 && node->m_closeStart < node->m_end && !node->m_renamed)
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
