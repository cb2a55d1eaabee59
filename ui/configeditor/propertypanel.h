#pragma once

#include "configeditor/configdocument.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace lsdesk {

class AttributeEditor;

// The properties of the selected element: its tag, a form of typed editors for the attributes Label
// Studio documents for that tag (attributeeditors.cpp's table: name, toName, value, choice, colours,
// ...), and key/value rows for every other attribute.
//
// Every change the user settles on (Return, leaving a field, choosing an item, a click) is one
// ConfigDocument edit, so one undo step; nothing is written per keystroke. An attribute set to its
// default or emptied is removed rather than written, except the required `name` / `value`, which refuse
// an empty entry. The panel re-reads the document on every change without disturbing the field being
// typed in. While the text does not parse it shows the last good parse with every editor disabled.
class PropertyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPanel(QWidget *parent = nullptr);
    ~PropertyPanel() override;

    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }
    const ElementPath &path() const { return m_path; }

    // The field of a known attribute in the current form (its objectName is the attribute name;
    // composite fields hold the named widget), nullptr when the tag has none.
    QWidget *editorFor(const QString &attribute) const;
    // The key/value rows of the other attributes: column 0 the name, column 1 the value.
    QTableWidget *otherAttributesTable() const { return m_other; }
    // The tag shown, and the last refusal or warning ("name is required"), empty for none.
    QString shownTag() const { return m_tag; }
    QString message() const;
    bool isReadOnly() const;

public Q_SLOTS:
    // The selected element ({} is the root <View>).
    void setPath(const ElementPath &path);
    // Adds an empty row to the other attributes and starts editing its name; the attribute is written
    // once it has both a name and a value.
    void addAttributeRow();
    // Removes the attributes of the selected rows, in one undo step.
    void removeSelectedAttributes();

private:
    struct Pending
    {
        bool active = false;
        QString key;
        QString value;
    };

    void refresh();
    void rebuildForm(const QString &tag);
    void refreshOther();
    void scheduleRefreshOther();
    bool isEditingOther() const;
    void commit(AttributeEditor *editor, const QString &value);
    void otherItemChanged(QTableWidgetItem *item);
    void setMessage(const QString &text);
    void updateTabOrder();

    QPointer<ConfigDocument> m_doc;
    ElementPath m_path;
    QString m_tag; // the tag the form is built for
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_message;
    QVBoxLayout *m_bodyLayout;
    QWidget *m_formHost = nullptr;
    QList<AttributeEditor *> m_editors;
    QSet<QString> m_rawShown; // known attributes whose value only the key/value rows can show
    QLabel *m_otherCaption;
    QTableWidget *m_other;
    QPushButton *m_addAttribute;
    QPushButton *m_removeAttribute;
    Pending m_pending;
    bool m_filling = false; // refreshOther() is writing the table
    bool m_inOtherCommit = false; // a key/value edit is being applied
};

} // namespace lsdesk
