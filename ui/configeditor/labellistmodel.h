#pragma once

#include "configeditor/configdocument.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace lsdesk {

// The labels of one control as a list: the <Label>, <Choice> or <Relation> children of the control at
// controlPath(), in document order (direct children only: a Taxonomy's nested choices stay with their
// parent choice). The model reads the ConfigDocument and writes through it - every change, a rename as
// much as a drop, is one undo step - and re-reads it on every change: rows follow the document, and a
// change that keeps the row count updates rows in place (a reset otherwise).
//
// While the text does not parse the rows come from the last good parse and nothing is editable.
class LabelListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        // DisplayRole / EditRole: the value; DecorationRole: the background as a QColor swatch.
        ValueRole = Qt::UserRole, // QString: the value attribute
        BackgroundRole, // QString: the background attribute as written ("" when absent)
        ColourRole, // QColor: the background as a colour; invalid when absent or not a colour
        HotkeyRole, // QString
        AliasRole, // QString
        TagRole, // QString: Label, Choice or Relation
        PathRole, // ElementPath (QList<int>): the label element
    };

    struct AddResult
    {
        int added = 0;
        int skipped = 0; // duplicates of an existing label or of an earlier line
    };

    explicit LabelListModel(QObject *parent = nullptr);

    void setDocument(ConfigDocument *document);
    ConfigDocument *document() const { return m_doc; }
    void setControlPath(const ElementPath &path);
    const ElementPath &controlPath() const { return m_control; }

    // The control's tag ("" when the path holds no element) and the tag of its labels: Choice for
    // Choices and Taxonomy, Relation for Relations, Label for the *Labels controls, "" for a control
    // without labels (Rating, TextArea, ...).
    QString controlTag() const { return m_controlTag; }
    QString labelTag() const { return labelTagFor(m_controlTag); }
    static QString labelTagFor(const QString &controlTag);
    bool hasLabels() const { return !labelTag().isEmpty(); }
    // Labels can be changed: a labelled control, in a text that parses.
    bool isEditable() const;

    ElementPath pathForRow(int row) const;
    QString valueAt(int row) const;
    QStringList values() const;

    // Appends a label per value (trimmed; empty ones ignored, duplicates skipped) in one undo step. New
    // Labels get a background from palette() that no sibling uses; choices and relations get none.
    AddResult addLabels(const QStringList &values);
    // Removes these rows, in one undo step.
    bool removeLabels(const QList<int> &rows);
    // Moves these rows (kept in their order) to stand before `beforeRow` (rowCount() appends), in one
    // undo step.
    bool moveLabels(const QList<int> &rows, int beforeRow);
    // Puts the rows in this order (a permutation of 0..rowCount()-1), in one undo step.
    bool reorderLabels(const QList<int> &order, const QString &undoText = {});
    // Sets an attribute on these rows (an empty value removes it), in one undo step.
    bool setAttributeForRows(const QList<int> &rows, const QString &name, const QString &value);

    // Well separated colours, in the order new labels take them.
    static const QList<QColor> &palette();
    // The first palette colour none of `used` (colour texts) is; the palette cycles when all are.
    static QColor nextColour(const QStringList &used);
    static QString colourText(const QColor &colour); // "#RRGGBB", as Label Studio's templates write it

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // EditRole renames (refused when empty or a duplicate); HotkeyRole, AliasRole, BackgroundRole set
    // the attribute (empty removes it); ColourRole takes a QColor.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    static QString mimeType();

Q_SIGNALS:
    // An edit through setData() was refused (an empty or duplicate label value): why, for a status line.
    void editRefused(const QString &reason);

private:
    struct Entry
    {
        QString tag;
        QString value;
        QString background;
        QString hotkey;
        QString alias;
        int element = -1; // index among the control's child elements
        bool operator==(const Entry &o) const
        {
            return tag == o.tag && value == o.value && background == o.background && hotkey == o.hotkey
                && alias == o.alias && element == o.element;
        }
    };

    void reload();
    QList<Entry> readEntries(QString *controlTag) const;
    QList<int> rowsFromMime(const QMimeData *data) const;

    QPointer<ConfigDocument> m_doc;
    ElementPath m_control;
    QString m_controlTag;
    QList<Entry> m_entries;
};

} // namespace lsdesk
