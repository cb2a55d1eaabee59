#pragma once

#include "configeditor/configdocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace lsdesk {

struct TagInfo;

// The tag palette of the config editor: every tag the editor offers (TagCatalog) in three groups -
// Objects, Controls, Layout - with a filter. Enter (in the filter or the list), a double click or "Add"
// adds the highlighted tag to the document as one undo step; Up/Down in the filter move through the
// list, so adding is a matter of typing a few letters and pressing Enter.
//
// Where a new element goes: at the end of the innermost <View> that is or contains the selection
// (setCurrentPath), the root View when nothing is selected - so with a flat config every add appends,
// which is also where LabelInterface.create() puts the next entry of its tags list.
// How it is named: TagInfo::baseName, made unique over every name in the config ("image", then
// "image_2", "image_3", ...). Objects get value="$<name>"; controls get toName from
// TagCatalog::toNameFor (the selected object, else the selected control's object, else the last
// compatible object), and Choices/Labels their two placeholder items, since Label Studio refuses them
// empty.
class TagPalette : public QWidget
{
    Q_OBJECT
public:
    explicit TagPalette(QWidget *parent = nullptr);
    ~TagPalette() override;

    // The document to add to (not owned; may be null).
    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }
    // The selection of the editor: where to add, and which object a new control attaches to.
    void setCurrentPath(const ElementPath &path);
    ElementPath currentPath() const { return m_path; }

    void setFilterText(const QString &text);
    QString filterText() const;
    // The highlighted tag ("" when the highlight is on a group or nothing matches the filter).
    QString currentTag() const;
    // Highlights a tag (false when the filter hides it or it is not offered).
    bool setCurrentTag(const QString &tag);
    // What the next add would do, or what the last one did / why it could not.
    QString statusText() const;

    // Adds `tag` as Enter would if it were highlighted. False when nothing was added: no document, a
    // text that does not parse, or a tag the palette does not offer.
    bool addTag(const QString &tag);

    // The innermost <View> that is or contains `selected` ({} for the root).
    static ElementPath containerFor(const LabelInterface *config, const ElementPath &selected);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }

public Q_SLOTS:
    // Adds the highlighted tag.
    bool addCurrent();
    // Puts the keyboard focus into the filter, all of its text selected.
    void focusFilter();

Q_SIGNALS:
    // After an add: the new element's path, for the window to select it.
    void elementAdded(const ElementPath &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void selectFirstTag();
    void moveCurrent(int step);
    void updateState();
    QString preview(const TagInfo &info) const;
    void setStatus(const QString &text);

    QPointer<ConfigDocument> m_doc;
    ElementPath m_path;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QPushButton *m_add;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QMetaObject::Connection m_docConnection;
};

} // namespace lsdesk
