// TasksModel, the cell side: the columns (fixed fields and data keys), their titles and types, and what
// a cell shows. The paging lives in tasksmodel.cpp.
#include "tasks/tasksmodel.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

namespace lsdesk {

namespace {
// Long data values are cut for the cell; the tooltip shows more, the annotations pane everything.
constexpr int kCellChars = 200;
constexpr int kTooltipChars = 2000;

struct FixedField
{
    TasksModel::Field field;
    const char *id;
    const char *type;
};

// The Data Manager's ids and types of the fixed columns (label_studio/data_manager/functions.py).
constexpr FixedField kFixed[] = {
    { TasksModel::Field::Id, "id", "Number" },
    { TasksModel::Field::InnerId, "inner_id", "Number" },
    { TasksModel::Field::TotalAnnotations, "total_annotations", "Number" },
    { TasksModel::Field::CancelledAnnotations, "cancelled_annotations", "Number" },
    { TasksModel::Field::TotalPredictions, "total_predictions", "Number" },
    { TasksModel::Field::Annotators, "annotators", "List" },
    { TasksModel::Field::CompletedAt, "completed_at", "Datetime" },
    { TasksModel::Field::CreatedAt, "created_at", "Datetime" },
    { TasksModel::Field::UpdatedAt, "updated_at", "Datetime" },
    // Ours, not the Data Manager's: the id only names it in the remembered column layout.
    { TasksModel::Field::LocalAgreement, "lsdesk_local_agreement", "Number" },
};

const FixedField *fixedOf(TasksModel::Field f)
{
    for (const FixedField &x : kFixed) {
        if (x.field == f)
            return &x;
    }
    return nullptr;
}

QString oneLine(QString text, int maxChars)
{
    if (text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool isNumeric(TasksModel::Field f)
{
    return f == TasksModel::Field::Id || f == TasksModel::Field::InnerId
        || f == TasksModel::Field::TotalAnnotations || f == TasksModel::Field::CancelledAnnotations
        || f == TasksModel::Field::TotalPredictions || f == TasksModel::Field::LocalAgreement;
}

QString localAgreementHelp()
{
    return TasksModel::tr("Task agreement computed locally by Label Studio Desktop (Agreement pane), not "
                          "by the server: it cannot be sorted or filtered on");
}
} // namespace

QString TasksModel::ColumnSpec::id() const
{
    if (field == Field::Data)
        return QStringLiteral("data.") + dataKey;
    const FixedField *f = fixedOf(field);
    return f ? QLatin1String(f->id) : QString();
}

std::optional<TasksModel::ColumnSpec> TasksModel::ColumnSpec::fromId(const QString &id)
{
    if (id.startsWith(QLatin1String("data.")) && id.size() > 5)
        return ColumnSpec { Field::Data, id.mid(5) };
    for (const FixedField &f : kFixed) {
        if (id == QLatin1String(f.id))
            return ColumnSpec { f.field, {} };
    }
    return std::nullopt;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int page = index.row() / m_query.pageSize;
    const int offset = index.row() % m_query.pageSize;
    const ColumnSpec &column = m_columns.at(index.column());
    const auto it = m_pages.constFind(page);
    if (it != m_pages.constEnd() && it->state == RowState::Loaded) {
        it->lastUse = ++m_clock;
        if (offset >= it->rows.size()) // the server sent a short page: nothing to show, nothing to fetch
            return {};
        const TaskListRow &row = it->rows.at(offset);
        switch (role) {
        case Qt::DisplayRole:
            return display(row, column);
        case Qt::ToolTipRole:
            if (column.field == Field::Data) {
                const QString text = jsonText(row.data.value(column.dataKey));
                return text.size() > kTooltipChars ? text.left(kTooltipChars) + QChar(0x2026) : text;
            }
            if (column.field == Field::LocalAgreement) {
                const auto it = m_localAgreement.constFind(row.id);
                return it == m_localAgreement.constEnd()
                    ? tr("No local agreement: fewer than two annotations were compared")
                    : tr("%1% (computed locally)").arg(QLocale().toString(*it * 100, 'f', 1));
            }
            return {};
        case Qt::TextAlignmentRole:
            if (isNumeric(column.field))
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case TaskIdRole:
            return row.id;
        case RowStateRole:
            return int(RowState::Loaded);
        case RawValueRole:
            return rawValue(row, column);
        default:
            return {};
        }
    }

    const RowState state = it == m_pages.constEnd() ? RowState::NotLoaded : it->state;
    if (state == RowState::NotLoaded) {
        m_requested.insert(page);
        schedule();
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != 0)
            return {};
        return state == RowState::Failed ? tr("Could not load") : tr("Loading…");
    case Qt::ForegroundRole:
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    case TaskIdRole:
        return 0;
    case RowStateRole:
        return int(state);
    default:
        return {};
    }
}

QVariant TasksModel::display(const TaskListRow &row, const ColumnSpec &column) const
{
    switch (column.field) {
    case Field::Id:
        return row.id;
    case Field::InnerId:
        return row.innerId;
    case Field::Data:
        return oneLine(jsonText(row.data.value(column.dataKey)), kCellChars);
    case Field::TotalAnnotations:
        return row.totalAnnotations;
    case Field::CancelledAnnotations:
        return row.cancelledAnnotations;
    case Field::TotalPredictions:
        return row.totalPredictions;
    case Field::Annotators: {
        QStringList names;
        names.reserve(row.annotators.size());
        for (int id : row.annotators)
            names << m_userNames.value(id, QString::number(id));
        return names.join(QStringLiteral(", "));
    }
    case Field::CompletedAt:
        return dateText(row.completedAt);
    case Field::CreatedAt:
        return dateText(row.createdAt);
    case Field::UpdatedAt:
        return dateText(row.updatedAt);
    case Field::LocalAgreement: {
        const auto it = m_localAgreement.constFind(row.id);
        return it == m_localAgreement.constEnd() ? QString() : tr("%1%").arg(qRound(*it * 100));
    }
    case Field::Count:
        break;
    }
    return {};
}

QVariant TasksModel::rawValue(const TaskListRow &row, const ColumnSpec &column) const
{
    switch (column.field) {
    case Field::Data:
        return row.data.value(column.dataKey).toVariant();
    case Field::Annotators:
        return QVariant::fromValue(row.annotators);
    case Field::CompletedAt:
        return row.completedAt;
    case Field::CreatedAt:
        return row.createdAt;
    case Field::UpdatedAt:
        return row.updatedAt;
    case Field::LocalAgreement: {
        const auto it = m_localAgreement.constFind(row.id);
        return it == m_localAgreement.constEnd() ? QVariant() : QVariant(*it);
    }
    default:
        return display(row, column);
    }
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole: {
        if (column.field == Field::LocalAgreement)
            return localAgreementHelp();
        const QString help = m_dmColumns.value(column.id()).help;
        return help.isEmpty() ? column.id() : help;
    }
    default:
        return {};
    }
}

QString TasksModel::columnTitle(const ColumnSpec &column) const
{
    switch (column.field) {
    case Field::Id:
        return tr("ID");
    case Field::InnerId:
        return tr("Inner ID");
    case Field::Data: {
        const auto it = m_dmColumns.constFind(column.id());
        return it != m_dmColumns.constEnd() && !it->title.isEmpty() ? it->title : column.dataKey;
    }
    case Field::TotalAnnotations:
        return tr("Annotations");
    case Field::CancelledAnnotations:
        return tr("Cancelled");
    case Field::TotalPredictions:
        return tr("Predictions");
    case Field::Annotators:
        return tr("Annotated by");
    case Field::CompletedAt:
        return tr("Completed");
    case Field::CreatedAt:
        return tr("Created");
    case Field::UpdatedAt:
        return tr("Updated");
    case Field::LocalAgreement:
        return tr("Agreement (local)");
    case Field::Count:
        break;
    }
    return {};
}

QString TasksModel::columnType(const ColumnSpec &column) const
{
    const auto it = m_dmColumns.constFind(column.id());
    if (it != m_dmColumns.constEnd() && !it->type.isEmpty())
        return it->type;
    const FixedField *f = fixedOf(column.field);
    return f ? QLatin1String(f->type) : QStringLiteral("Unknown");
}

QList<TasksModel::ColumnSpec> TasksModel::availableColumns() const
{
    QList<ColumnSpec> out { { Field::Id, {} }, { Field::InnerId, {} } };
    for (const QString &key : m_dataKeys)
        out.append({ Field::Data, key });
    for (Field f : { Field::TotalAnnotations, Field::CancelledAnnotations, Field::TotalPredictions,
             Field::Annotators, Field::CompletedAt, Field::CreatedAt, Field::UpdatedAt })
        out.append({ f, {} });
    if (!m_localAgreement.isEmpty())
        out.append({ Field::LocalAgreement, {} });
    return out;
}

QList<TasksModel::ColumnSpec> TasksModel::defaultColumns() const
{
    QList<ColumnSpec> out { { Field::Id, {} } };
    for (const QString &key : m_dataKeys)
        out.append({ Field::Data, key });
    for (Field f : { Field::TotalAnnotations, Field::CancelledAnnotations, Field::TotalPredictions,
             Field::Annotators, Field::CompletedAt, Field::UpdatedAt })
        out.append({ f, {} });
    if (!m_localAgreement.isEmpty())
        out.append({ Field::LocalAgreement, {} });
    return out;
}

void TasksModel::setColumns(const QList<ColumnSpec> &columns)
{
    m_columnsChosen = true;
    QList<ColumnSpec> valid;
    for (const ColumnSpec &c : columns) {
        if (c.field != Field::Count && (c.field != Field::Data || !c.dataKey.isEmpty()) && !valid.contains(c))
            valid.append(c);
    }
    replaceColumns(valid);
}

void TasksModel::replaceColumns(const QList<ColumnSpec> &columns)
{
    if (columns == m_columns)
        return;
    // Removing and inserting (rather than a reset) keeps the rows, the cache and the view's scroll position.
    if (!m_columns.isEmpty()) {
        beginRemoveColumns({}, 0, int(m_columns.size()) - 1);
        m_columns.clear();
        endRemoveColumns();
    }
    if (!columns.isEmpty()) {
        beginInsertColumns({}, 0, int(columns.size()) - 1);
        m_columns = columns;
        endInsertColumns();
    }
}

void TasksModel::setDmColumns(const QList<DmColumn> &columns)
{
    m_dmColumns.clear();
    m_dataKeys.clear();
    for (const DmColumn &c : columns) {
        if (c.isGroup())
            continue;
        m_dmColumns.insert(c.id, c);
        if (c.isDataColumn())
            m_dataKeys << c.id.mid(5);
    }
    if (!m_columnsChosen)
        replaceColumns(defaultColumns());
    else if (!m_columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void TasksModel::setUserNames(const QHash<int, QString> &names)
{
    m_userNames = names;
    const int col = int(m_columns.indexOf(ColumnSpec { Field::Annotators, {} }));
    if (col >= 0 && m_total > 0)
        Q_EMIT dataChanged(index(0, col), index(m_total - 1, col), { Qt::DisplayRole });
}

void TasksModel::setLocalAgreement(const QHash<int, double> &scores)
{
    m_localAgreement = scores;
    const ColumnSpec agreementColumn { Field::LocalAgreement, {} };
    const int col = int(m_columns.indexOf(agreementColumn));
    if (!scores.isEmpty() && col < 0 && !m_columns.isEmpty()) {
        // Shown as soon as there is something to show: the user asked for it by computing.
        beginInsertColumns({}, int(m_columns.size()), int(m_columns.size()));
        m_columns.append(agreementColumn);
        endInsertColumns();
    } else if (scores.isEmpty() && col >= 0) {
        beginRemoveColumns({}, col, col);
        m_columns.removeAt(col);
        endRemoveColumns();
    } else if (col >= 0 && m_total > 0) {
        Q_EMIT dataChanged(index(0, col), index(m_total - 1, col), { Qt::DisplayRole, Qt::ToolTipRole });
    }
}

void TasksModel::learnDataKeys(const QList<TaskListRow> &rows)
{
    if (!m_dmColumns.isEmpty())
        return; // the server's column list is authoritative
    for (const TaskListRow &r : rows) {
        for (auto it = r.data.constBegin(); it != r.data.constEnd(); ++it) {
            if (!m_dataKeys.contains(it.key()))
                m_dataKeys << it.key();
        }
    }
}

} // namespace lsdesk
