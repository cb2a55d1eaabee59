#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <vector>

namespace lsdesk {

// A parse error with its position, 1-based as editors show them.
struct XmlError
{
    QString message;
    qint64 line = 0;
    qint64 column = 0;
    bool isError() const { return !message.isEmpty(); }
    QString toString() const;
};

using XmlAttributes = QList<QPair<QString, QString>>;

// One node of a label config: an element, text, comment, CDATA section or processing instruction.
// Each parsed node remembers where it stood in the source, so that an unchanged node is written back
// byte for byte and an edited config changes only what was edited (formatting, comments, attribute
// quoting and entity spelling elsewhere survive).
class XmlNode
{
public:
    enum class Kind { Element, Text, Comment, CData, ProcessingInstruction };

    static std::unique_ptr<XmlNode> element(const QString &name, const XmlAttributes &attributes = {});
    static std::unique_ptr<XmlNode> text(const QString &text);
    static std::unique_ptr<XmlNode> comment(const QString &text);

    // Nodes come from a per-thread free list (xmldocument.cpp): a parse allocates one per element and
    // per run of text, and malloc/free were a third of the parse time.
    static void *operator new(size_t size);
    static void operator delete(void *p, size_t size) noexcept;
    // User-provided (defined in xmldocument.cpp), so make_unique<XmlNode>() does not zero the whole
    // node with `rep stos` before the member initialisers run - a fifth of the time of a start tag.
    XmlNode();

    Kind kind() const { return m_kind; }
    bool isElement() const { return m_kind == Kind::Element; }
    const QString &name() const { return m_name; }
    // Renames an element (start and end tag); the editor's "change the control type".
    void setName(const QString &name);
    // Text content (decoded) for text, comment, CDATA and PI nodes.
    const QString &value() const { return m_value; }
    XmlNode *parent() const { return m_parent; }
    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }

    const XmlAttributes &attributes() const { return m_attributes; }
    bool hasAttribute(const QString &name) const;
    QString attribute(const QString &name, const QString &fallback = {}) const;
    // Replaces the value in place (keeping the attribute's position) or appends a new attribute.
    void setAttribute(const QString &name, const QString &value);
    bool removeAttribute(const QString &name);

    int childCount() const { return int(m_children.size()); }
    XmlNode *child(int i) const { return m_children[size_t(i)].get(); }
    QList<XmlNode *> childElements() const;
    int indexOf(const XmlNode *child) const;
    XmlNode *insertChild(int index, std::unique_ptr<XmlNode> node);
    XmlNode *appendChild(std::unique_ptr<XmlNode> node) { return insertChild(childCount(), std::move(node)); }
    std::unique_ptr<XmlNode> takeChild(int index);
    // Inserts an element among element siblings, copying the whitespace that precedes its neighbours so
    // the pretty-printed layout is kept. `elementIndex` counts elements only.
    XmlNode *insertElementIndented(int elementIndex, std::unique_ptr<XmlNode> element);
    // Removes a child element together with the indentation text right before it.
    void removeElementIndented(XmlNode *element);

    // Depth-first, document order, this node included (elements only).
    template <class F> void forEachElement(F &&f)
    {
        if (isElement())
            f(this);
        for (auto &c : m_children)
            c->forEachElement(f);
    }

private:
    friend class XmlDocument;
    friend class XmlParser;
    void markDirty() { m_tagDirty = true; }

    Kind m_kind = Kind::Element;
    QString m_name;
    QString m_value;
    XmlAttributes m_attributes;
    std::vector<std::unique_ptr<XmlNode>> m_children;
    XmlNode *m_parent = nullptr;
    qint64 m_line = 0;
    qint64 m_column = 0;
    // Source spans, -1 for nodes created in code.
    qint64 m_start = -1; // first character of the node
    qint64 m_tagEnd = -1; // end of the start tag (elements)
    qint64 m_closeStart = -1; // start of the end tag (elements; == m_end for <a/>)
    qint64 m_end = -1; // one past the last character
    bool m_selfClosing = false;
    bool m_tagDirty = false; // own start tag changed
    bool m_renamed = false; // the end tag must be written anew too
    bool m_childrenDirty = false; // children inserted or removed
};

class XmlDocument
{
public:
    // Parses a label config. Never resolves a DTD or an external entity: a DOCTYPE is refused outright
    // (label configs have none), which also rules out entity-expansion bombs.
    static std::unique_ptr<XmlDocument> parse(const QString &text, XmlError *error);

    XmlNode *root() const { return m_root.get(); }
    const QString &source() const { return m_source; }
    // The document as text: unchanged nodes verbatim from the source, edited ones regenerated.
    QString toString() const;
    // Comments outside the root element (the SDK reads a sample task from one).
    QStringList outerComments() const { return m_outerComments; }

    static QString escapeAttribute(const QString &value);
    static QString escapeText(const QString &value);

private:
    friend class XmlParser;
    void write(const XmlNode *node, QString &out) const;
    bool pristine(const XmlNode *node) const;

    QString m_source;
    QString m_prefix; // everything before the root element (declaration, comments, whitespace)
    QString m_suffix; // everything after it
    qint64 m_suffixStart = 0;
    QStringList m_outerComments;
    std::unique_ptr<XmlNode> m_root;
};

} // namespace lsdesk
