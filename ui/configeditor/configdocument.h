#pragma once

#include "labelconfig/configspec.h"
#include "labelconfig/labelinterface.h"
#include "labelconfig/xmldocument.h"

#include <QList>
#include <QObject>
#include <QString>
#include <algorithm>
#include <functional>
#include <memory>

class QUndoStack;

namespace lsdesk {

// An element of the config by position: the indices among element children from the root <View>
// ({} is the root, {0, 2} the third element inside the root's first). Paths, not node pointers, cross
// edits: every edit re-parses the text, so nodes do not survive it.
using ElementPath = QList<int>;

// Whether two paths are the same. Not QList<int>::operator==: in Qt 6.4 it passes memcmp a null pointer
// for an empty list that never held data (UBSan stops the sanitizer build on it), and {} is the root.
inline bool samePath(const ElementPath &a, const ElementPath &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
}

// An element to insert: tag, attributes in order, child elements.
struct ElementSpec
{
    QString tag;
    XmlAttributes attributes;
    QList<ElementSpec> children;

    // The builder's (tag, attrs, children) tuple (ConfigBuilder::convert/choices/labels); attribute
    // values as the SDK writes them. Entries that set attributes on the parent are applied to it.
    static ElementSpec fromSpecNode(const SpecNode &node);
};

// The label config being edited: one text that every view shows, and its parse. The structure tree,
// the property panel and the XML view edit it only through this class, so they stay in step, and every
// edit is one step on the undo stack (QUndoStack; the commands hold the text before and after, which
// makes undo exact for the three views alike).
//
// Structural edits parse the current text, change the XML tree (XmlDocument) and write it back:
// unchanged elements keep their exact text (formatting, comments, quoting); an edited start tag is
// written anew. They need the text to parse: while the XML view holds a config that is not well-formed,
// they refuse (return false) and the views show lastGoodConfig() read-only.
class ConfigDocument : public QObject
{
    Q_OBJECT
public:
    explicit ConfigDocument(QObject *parent = nullptr);
    ~ConfigDocument() override;

    // A new text as the unmodified baseline: clears the undo stack.
    void load(const QString &text);
    const QString &text() const { return m_text; }
    // The text of the last load() or markSaved(): what "modified" and the impact report compare with.
    const QString &baseline() const { return m_baseline; }
    bool isModified() const { return m_text != m_baseline; }
    void markSaved();
    // The server now holds `savedText`, which may not be text() (edits made while the save was out): it
    // becomes the baseline, and the document is clean only if it is the text.
    void markSaved(const QString &savedText);

    QUndoStack *undoStack() const { return m_undo; }

    // The parse of text(); null when it is not well-formed (then error() says where).
    const LabelInterface *config() const { return m_config.get(); }
    // The last text that parsed (the current one when it does); null when none ever did.
    const LabelInterface *lastGoodConfig() const { return m_config ? m_config.get() : m_lastGood.get(); }
    const XmlError &error() const { return m_error; }

    // The element at `path` in config() (nullptr: no parse, or no such element).
    const XmlNode *element(const ElementPath &path) const;
    // The same in any parse of this document (lastGoodConfig()'s, for example).
    static const XmlNode *elementIn(const LabelInterface *config, const ElementPath &path);
    static ElementPath pathOf(const XmlNode *element);

    // The XML view's edits: the whole text. Consecutive calls merge into one undo step ("Typing").
    void replaceText(const QString &text);
    // The whole text at once as one step of its own (a template, "revert"); false when nothing changes.
    bool replaceAll(const QString &text, const QString &label);

    // One undo step named `label` made of whatever `change` does to a fresh parse of the text (return
    // false from it to abandon). False when the text does not parse, `change` declined, or nothing
    // changed.
    bool edit(const QString &label, const std::function<bool(XmlDocument &)> &change);

    // Common edits, each one undo step; false when nothing changed.
    bool setAttribute(const ElementPath &path, const QString &name, const QString &value);
    bool removeAttribute(const ElementPath &path, const QString &name);
    bool renameElement(const ElementPath &path, const QString &tag);
    // `index` among the parent's element children; -1 appends. Indentation follows the neighbours.
    bool insertElement(const ElementPath &parent, int index, const ElementSpec &spec);
    bool removeElement(const ElementPath &path);
    // Moves an element among its siblings so that it ends up at element index `to`.
    bool moveElement(const ElementPath &path, int to);

    // Helpers for edit(): the same operations on a parsed document.
    static XmlNode *nodeAt(XmlDocument &doc, const ElementPath &path);
    static XmlNode *insertInto(XmlNode *parent, int index, const ElementSpec &spec);

Q_SIGNALS:
    // After every change of text() (edit, typing, undo, redo, load). `fromTyping` is true when the XML
    // view made it, so it does not reset its own cursor.
    void changed(bool fromTyping);
    // isModified() changed.
    void modifiedChanged(bool modified);

private:
    class TextCommand;
    friend class TextCommand;
    void setTextInternal(const QString &text, bool fromTyping);
    void reparse();

    QUndoStack *m_undo;
    QString m_text;
    QString m_baseline;
    std::unique_ptr<LabelInterface> m_config;
    std::unique_ptr<LabelInterface> m_lastGood;
    XmlError m_error;
    bool m_lastModified = false;
};

} // namespace lsdesk
