#include "agreement/pairtasksmodel.h"

#include "agreement/agreementmatrixmodel.h"

#include <QLocale>
#include <cmath>

namespace lsdesk {

PairTasksModel::PairTasksModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

namespace {
// Annotation and prediction ids are two id spaces: one id in both is two different items.
bool sameItem(const agreement::AgreementReport &report, const agreement::TaskAgreement::Member &x,
    const agreement::TaskAgreement::Member &y)
{
    const auto isPrediction = [&](int participant) {
        return report.participants.at(participant).kind == agreement::Participant::Kind::Prediction;
    };
    return x.annotationId == y.annotationId && isPrediction(x.participant) == isPrediction(y.participant);
}
} // namespace

void PairTasksModel::setPair(const agreement::AgreementReport &report, int a, int b)
{
    beginResetModel();
    m_rows.clear();
    m_a = a;
    m_b = b;
    // The rule of AgreementReport::commonTaskIds() and the matrix: a task counts when it has a pair with
    // one member of each participant. Having a member each is not enough: with ground truth on, an
    // annotator's only annotation may be the ground truth itself, which is no pair.
    const int count = int(report.participants.size());
    const bool valid = a >= 0 && b >= 0 && a < count && b < count && a != b;
    for (const agreement::TaskAgreement &t : valid ? report.tasks : QList<agreement::TaskAgreement> {}) {
        Row row;
        row.taskId = t.taskId;
        for (const agreement::TaskAgreement::Member &m : t.members) {
            if (m.participant == a)
                row.annotationsA << m.annotationId;
            else if (m.participant == b)
                row.annotationsB << m.annotationId;
        }
        double sum = 0;
        int scored = 0;
        bool paired = false;
        for (const agreement::TaskAgreement::Pair &p : t.pairs) {
            const agreement::TaskAgreement::Member &x = t.members.at(p.a), &y = t.members.at(p.b);
            const bool forward = x.participant == a && y.participant == b;
            const bool backward = x.participant == b && y.participant == a;
            if ((!forward && !backward) || sameItem(report, x, y))
                continue;
            if (!paired) {
                paired = true;
                row.pairA = forward ? x.annotationId : y.annotationId;
                row.pairB = forward ? y.annotationId : x.annotationId;
            }
            if (!std::isnan(p.score)) {
                sum += p.score;
                ++scored;
            }
        }
        if (!paired)
            continue;
        row.score = scored > 0 ? sum / scored : agreement::kNoScore;
        m_rows << row;
    }
    endResetModel();
}

void PairTasksModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_a = m_b = -1;
    endResetModel();
}

QList<int> PairTasksModel::taskIds() const
{
    QList<int> out;
    for (const Row &r : m_rows)
        out << r.taskId;
    return out;
}

int PairTasksModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairTasksModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PairTasksModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Task)
            return r.taskId;
        return AgreementMatrixModel::percentText(r.score);
    case Qt::ToolTipRole:
        if (column == Column::Agreement && !std::isnan(r.score))
            return tr("%1% on this task").arg(QLocale().toString(r.score * 100, 'f', 1));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case TaskIdRole:
        return r.taskId;
    case ScoreRole:
        return std::isnan(r.score) ? QVariant() : QVariant(r.score);
    case SortRole:
        if (column == Column::Task)
            return r.taskId;
        return std::isnan(r.score) ? -1.0 : r.score;
    default:
        return {};
    }
}

QVariant PairTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return Column(section) == Column::Task ? tr("Task") : tr("Agreement");
}

} // namespace lsdesk
