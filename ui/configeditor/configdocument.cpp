#include "configeditor/configdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace lsdesk {

namespace {

// An attribute value as the SDK's builder writes it (ConfigBuilder): strings as they are, numbers and
// booleans as their JSON text.
QString attributeText(const SpecValue &v)
{
    switch (v.type) {
    case SpecValue::Type::String:
    case SpecValue::Type::Number:
        return v.text;
    case SpecValue::Type::Bool:
        return v.text;
    default:
        return v.toJson();
    }
}

constexpr int kTypingId = 1;

// The element at `path` below `root` (childElements() hands out non-const nodes either way).
XmlNode *walk(const XmlNode *root, const ElementPath &path)
{
    const XmlNode *node = root;
    for (int i : path) {
        if (!node)
            return nullptr;
        const QList<XmlNode *> children = node->childElements();
        if (i < 0 || i >= children.size())
            return nullptr;
        node = children[i];
    }
    return const_cast<XmlNode *>(node);
}

} // namespace

ElementSpec ElementSpec::fromSpecNode(const SpecNode &node)
{
    ElementSpec out;
    out.tag = node.tag;
    for (const auto &a : node.attributes.entries())
        out.attributes.append({ a.first, attributeText(a.second) });
    for (const SpecNode &c : node.children) {
        switch (c.kind) {
        case SpecNode::Kind::Element:
            out.children.append(fromSpecNode(c));
            break;
        case SpecNode::Kind::BareTag:
            out.children.append(ElementSpec { c.tag, {}, {} });
            break;
        case SpecNode::Kind::SetAttributes:
            for (const auto &a : c.attributes.entries()) {
                bool replaced = false;
                for (auto &mine : out.attributes) {
                    if (mine.first == a.first) {
                        mine.second = attributeText(a.second);
                        replaced = true;
                    }
                }
                if (!replaced)
                    out.attributes.append({ a.first, attributeText(a.second) });
            }
            break;
        case SpecNode::Kind::Ignored:
            break;
        }
    }
    return out;
}

// One step: the text before and after. Typing merges into the step before it while that is typing too.
class ConfigDocument::TextCommand : public QUndoCommand
{
public:
    TextCommand(ConfigDocument *doc, const QString &label, QString before, QString after, bool typing)
        : QUndoCommand(label)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(typing)
    { }
    int id() const override { return m_typing ? kTypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const TextCommand *>(other);
        if (!o->m_typing)
            return false;
        m_after = o->m_after;
        // Typed back to where the run began: no step (Ctrl+Z would visibly do nothing).
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }
    void redo() override
    {
        // The first redo() is push(): the typing view already shows the text.
        m_doc->setTextInternal(m_after, m_typing && m_first);
        m_first = false;
    }
    void undo() override { m_doc->setTextInternal(m_before, false); }

private:
    ConfigDocument *m_doc;
    QString m_before;
    QString m_after;
    bool m_typing;
    bool m_first = true;
};

ConfigDocument::ConfigDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    reparse();
}

ConfigDocument::~ConfigDocument() = default;

void ConfigDocument::load(const QString &text)
{
    m_undo->clear();
    m_baseline = text;
    // A new text has no earlier parse to fall back on: the views must not show the old one's elements.
    m_config.reset();
    m_lastGood.reset();
    setTextInternal(text, false);
}

void ConfigDocument::markSaved()
{
    m_baseline = m_text;
    m_undo->setClean();
    if (m_lastModified) {
        m_lastModified = false;
        Q_EMIT modifiedChanged(false);
    }
}

void ConfigDocument::markSaved(const QString &savedText)
{
    if (savedText == m_text) {
        markSaved();
        return;
    }
    m_baseline = savedText;
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ConfigDocument::setTextInternal(const QString &text, bool fromTyping)
{
    m_text = text;
    reparse();
    Q_EMIT changed(fromTyping);
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ConfigDocument::reparse()
{
    m_error = {};
    auto parsed = LabelInterface::parse(m_text, &m_error);
    if (parsed) {
        m_config = std::move(parsed);
        m_lastGood.reset();
    } else {
        if (m_config)
            m_lastGood = std::move(m_config);
        m_config.reset();
        if (!m_error.isError())
            m_error.message = QCoreApplication::translate("lsdesk::ConfigDocument", "The config is empty.");
    }
}

void ConfigDocument::replaceText(const QString &text)
{
    if (text == m_text)
        return;
    m_undo->push(new TextCommand(
        this, QCoreApplication::translate("lsdesk::ConfigDocument", "Typing"), m_text, text, true));
}

bool ConfigDocument::edit(const QString &label, const std::function<bool(XmlDocument &)> &change)
{
    XmlError error;
    const auto doc = XmlDocument::parse(m_text, &error);
    if (!doc || !doc->root())
        return false;
    if (!change(*doc))
        return false;
    const QString after = doc->toString();
    if (after == m_text)
        return false;
    m_undo->push(new TextCommand(this, label, m_text, after, false));
    return true;
}

bool ConfigDocument::replaceAll(const QString &text, const QString &label)
{
    if (text == m_text)
        return false;
    m_undo->push(new TextCommand(this, label, m_text, text, false));
    return true;
}

const XmlNode *ConfigDocument::element(const ElementPath &path) const
{
    return elementIn(m_config.get(), path);
}

const XmlNode *ConfigDocument::elementIn(const LabelInterface *config, const ElementPath &path)
{
    return config ? walk(config->document().root(), path) : nullptr;
}

XmlNode *ConfigDocument::nodeAt(XmlDocument &doc, const ElementPath &path)
{
    return walk(doc.root(), path);
}

ElementPath ConfigDocument::pathOf(const XmlNode *element)
{
    ElementPath path;
    for (const XmlNode *n = element; n && n->parent(); n = n->parent())
        path.prepend(n->parent()->childElements().indexOf(const_cast<XmlNode *>(n)));
    return path;
}

XmlNode *ConfigDocument::insertInto(XmlNode *parent, int index, const ElementSpec &spec)
{
    if (!parent)
        return nullptr;
    const int count = int(parent->childElements().size());
    XmlNode *node = parent->insertElementIndented(
        index < 0 || index > count ? count : index, XmlNode::element(spec.tag, spec.attributes));
    // Children after their parent is in place: their indentation is one level below the parent's.
    for (const ElementSpec &c : spec.children)
        insertInto(node, -1, c);
    return node;
}

bool ConfigDocument::setAttribute(const ElementPath &path, const QString &name, const QString &value)
{
    return edit(
        QCoreApplication::translate("lsdesk::ConfigDocument", "Set %1").arg(name), [&](XmlDocument &d) {
            XmlNode *n = nodeAt(d, path);
            if (!n)
                return false;
            n->setAttribute(name, value);
            return true;
        });
}

bool ConfigDocument::removeAttribute(const ElementPath &path, const QString &name)
{
    return edit(
        QCoreApplication::translate("lsdesk::ConfigDocument", "Remove %1").arg(name), [&](XmlDocument &d) {
            XmlNode *n = nodeAt(d, path);
            return n && n->removeAttribute(name);
        });
}

bool ConfigDocument::renameElement(const ElementPath &path, const QString &tag)
{
    return edit(
        QCoreApplication::translate("lsdesk::ConfigDocument", "Change to %1").arg(tag), [&](XmlDocument &d) {
            XmlNode *n = nodeAt(d, path);
            if (!n || path.isEmpty() || tag.isEmpty())
                return false;
            n->setName(tag);
            return true;
        });
}

bool ConfigDocument::insertElement(const ElementPath &parent, int index, const ElementSpec &spec)
{
    return edit(QCoreApplication::translate("lsdesk::ConfigDocument", "Add %1").arg(spec.tag),
        [&](XmlDocument &d) { return insertInto(nodeAt(d, parent), index, spec) != nullptr; });
}

bool ConfigDocument::removeElement(const ElementPath &path)
{
    if (path.isEmpty())
        return false; // the root stays
    const XmlNode *current = element(path);
    const QString tag = current ? current->name() : QString();
    return edit(
        QCoreApplication::translate("lsdesk::ConfigDocument", "Remove %1").arg(tag), [&](XmlDocument &d) {
            XmlNode *n = nodeAt(d, path);
            if (!n || !n->parent())
                return false;
            n->parent()->removeElementIndented(n);
            return true;
        });
}

bool ConfigDocument::moveElement(const ElementPath &path, int to)
{
    if (path.isEmpty())
        return false;
    return edit(QCoreApplication::translate("lsdesk::ConfigDocument", "Move"), [&](XmlDocument &d) {
        XmlNode *n = nodeAt(d, path);
        if (!n || !n->parent())
            return false;
        XmlNode *parent = n->parent();
        const int from = path.last();
        const int count = int(parent->childElements().size());
        if (to < 0 || to >= count || to == from)
            return false;
        // Take it out with its indentation, put it back before the element now at `to`.
        const int at = parent->indexOf(n);
        std::unique_ptr<XmlNode> taken = parent->takeChild(at);
        if (at > 0 && parent->child(at - 1)->kind() == XmlNode::Kind::Text
            && parent->child(at - 1)->value().trimmed().isEmpty() && parent->childElements().size() > 0)
            parent->takeChild(at - 1);
        parent->insertElementIndented(to, std::move(taken));
        return true;
    });
}

} // namespace lsdesk
