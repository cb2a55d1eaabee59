#include "agreement/agreementmatrixmodel.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace lsdesk {

using agreement::kNoScore;

AgreementMatrixModel::AgreementMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AgreementMatrixModel::setMatrix(const agreement::Matrix &matrix, const QStringList &names)
{
    beginResetModel();
    m_matrix = matrix;
    m_names = names;
    m_averages.clear();
    m_averageTasks.clear();
    for (int i = 0; i < matrix.size; ++i) {
        // Weighted by common tasks: a pair that shares two tasks must not weigh as much as one sharing 200.
        double sum = 0;
        int weight = 0;
        for (int j = 0; j < matrix.size; ++j) {
            const double v = matrix.at(i, j);
            if (i == j || std::isnan(v))
                continue;
            const int n = std::max(matrix.common(i, j), 0);
            sum += v * n;
            weight += n;
        }
        m_averages << (weight > 0 ? sum / weight : kNoScore);
        m_averageTasks << weight;
    }
    m_positions = sortedPositions();
    endResetModel();
}

void AgreementMatrixModel::clear()
{
    setMatrix({}, {});
}

void AgreementMatrixModel::setSortBy(SortBy sortBy, Qt::SortOrder order)
{
    if (sortBy == m_sortBy && order == m_order)
        return;
    m_sortBy = sortBy;
    m_order = order;
    reorder();
}

QList<int> AgreementMatrixModel::sortedPositions() const
{
    QList<int> out;
    for (int i = 0; i < m_matrix.size; ++i)
        out << i;
    if (m_sortBy == SortBy::Name) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(
            out.begin(), out.end(), [&](int a, int b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
    } else if (m_sortBy == SortBy::Average) {
        // Participants without any score go last whatever the order.
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            const double x = m_averages.value(a, kNoScore), y = m_averages.value(b, kNoScore);
            if (std::isnan(x) || std::isnan(y))
                return !std::isnan(x) && std::isnan(y);
            return m_order == Qt::AscendingOrder ? x < y : x > y;
        });
        return out;
    }
    if (m_order == Qt::DescendingOrder)
        std::reverse(out.begin(), out.end());
    return out;
}

// Rows and columns move together; persistent indexes (the view's selection and current cell) follow
// their participants.
void AgreementMatrixModel::reorder()
{
    const QList<int> next = sortedPositions();
    if (next == m_positions)
        return;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    const int n = int(m_positions.size());
    for (const QModelIndex &idx : before) {
        const int row = int(next.indexOf(m_positions.value(idx.row())));
        const int col = idx.column() == n ? n : int(next.indexOf(m_positions.value(idx.column())));
        after << index(row, col);
    }
    m_positions = next;
    // index() checks against the new positions: the shape is unchanged, so the indexes made above hold.
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

AgreementMatrixModel::ColumnKind AgreementMatrixModel::columnKind(int column) const
{
    return column == averageColumn() ? ColumnKind::Average : ColumnKind::Participant;
}

double AgreementMatrixModel::average(int participant) const
{
    return m_averages.value(participant, kNoScore);
}

int AgreementMatrixModel::averageTasks(int participant) const
{
    return m_averageTasks.value(participant);
}

int AgreementMatrixModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_positions.size());
}

int AgreementMatrixModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() || m_positions.isEmpty() ? 0 : int(m_positions.size()) + 1;
}

QString AgreementMatrixModel::percentText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return tr("%1%").arg(qRound(value * 100));
}

QString AgreementMatrixModel::nameOf(int participant) const
{
    const QString name = m_names.value(participant);
    return name.isEmpty() ? QStringLiteral("#%1").arg(participant + 1) : name;
}

QVariant AgreementMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int i = m_positions.at(index.row());
    const bool isAverage = columnKind(index.column()) == ColumnKind::Average;
    const int j = isAverage ? -1 : m_positions.at(index.column());
    const double value = isAverage ? average(i) : m_matrix.at(i, j);
    const int common = isAverage ? averageTasks(i) : m_matrix.common(i, j);
    const double sigma = isAverage ? kNoScore : m_matrix.deviation(i, j);
    switch (role) {
    case Qt::DisplayRole:
        return percentText(value);
    case Qt::ToolTipRole: {
        const QLocale locale;
        if (isAverage) {
            if (std::isnan(value))
                return tr("%1 shares no task with anyone else").arg(nameOf(i));
            return tr("%1: %2% on average, weighted by %3 common tasks")
                .arg(nameOf(i), locale.toString(value * 100, 'f', 1))
                .arg(common);
        }
        if (i == j)
            return tr("%1 annotated %n task(s)", nullptr, common).arg(nameOf(i));
        if (std::isnan(value))
            return tr("%1 and %2 have no task in common").arg(nameOf(i), nameOf(j));
        QString text = tr("%1 vs %2: %3% over %n common task(s)", nullptr, common)
                           .arg(nameOf(i), nameOf(j), locale.toString(value * 100, 'f', 1));
        if (!std::isnan(sigma))
            text += QLatin1Char(' ') + tr("(σ %1)").arg(locale.toString(sigma, 'f', 2));
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case ValueRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case CommonTasksRole:
        return common;
    case StdDevRole:
        return std::isnan(sigma) ? QVariant() : QVariant(sigma);
    case RowParticipantRole:
        return i;
    case ColumnParticipantRole:
        return j;
    case Qt::AccessibleTextRole:
        return data(index, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant AgreementMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const int count = orientation == Qt::Horizontal ? columnCount() : rowCount();
    if (section < 0 || section >= count)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool isAverage = orientation == Qt::Horizontal && section == averageColumn();
    switch (role) {
    case Qt::DisplayRole:
        return isAverage ? tr("Average") : nameOf(m_positions.at(section));
    case Qt::ToolTipRole:
        return isAverage ? tr("Mean agreement with the others, weighted by the tasks in common")
                         : nameOf(m_positions.at(section));
    default:
        return {};
    }
}

} // namespace lsdesk
