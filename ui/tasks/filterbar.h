#pragma once

#include "api/datamanagerapi.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QVBoxLayout;

namespace lsdesk {

class FilterRow;

// The tasks pane's filter bar: rows of column → operator → value that become Data Manager filters. The
// operators offered follow the column's type (operatorsFor()); the value editor follows the operator
// (two values for "between", yes/no for "is empty" and booleans, a comma list for "any of").
class TaskFilterBar : public QWidget
{
    Q_OBJECT
public:
    struct ColumnChoice
    {
        QString id; // "id", "data.text", ...
        QString title;
        QString type; // "Number", "String", ...

        friend bool operator==(const ColumnChoice &a, const ColumnChoice &b)
        {
            return a.id == b.id && a.title == b.title && a.type == b.type;
        }
    };

    explicit TaskFilterBar(QWidget *parent = nullptr);

    void setColumns(const QList<ColumnChoice> &columns);
    // Shows these filters (a saved view's), replacing the rows. Filters on unknown columns are kept as
    // rows with the column's raw id.
    void setFilters(const QList<DmFilter> &filters, const QString &conjunction);
    // The complete rows as filters (rows without a value are left out).
    QList<DmFilter> filters() const;
    QString conjunction() const;
    int rowCount() const { return int(m_rows.size()); }

    // Adds an empty row and puts the focus on its column box.
    void addFilterRow();
    // Focus on the first row's column box (adding a row when there is none).
    void focusFirstRow();

    // Turns a value typed for `type`/`op` into the JSON the server expects; nullopt if it does not parse.
    static std::optional<QJsonValue> parseValue(
        const QString &type, const QString &op, const QString &text, const QString &text2);
    // The text for a value, the inverse of parseValue: (text, text2).
    static QPair<QString, QString> valueText(const QJsonValue &value);
    static QString operatorLabel(const QString &type, const QString &op);

Q_SIGNALS:
    // Apply was pressed (or Return in a value): filters() is what to load now.
    void applyRequested();

private:
    FilterRow *addRow();
    void fillColumns(FilterRow *row, const QString &id, const QString &typeIfUnknown);
    void removeRow(FilterRow *row);

    QList<ColumnChoice> m_columns;
    QList<FilterRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QComboBox *m_conjunction;
};

} // namespace lsdesk
