#pragma once

#include "agreement/agreement.h"

#include <QAbstractTableModel>
#include <QList>

namespace lsdesk {

// The tasks where two participants have a pair of annotations (the click-through of a matrix cell: the
// same tasks as AgreementReport::commonTaskIds()), with the pair's score on each task: the mean over the
// cross pairs of their annotations there, as the matrix cell counts it. A ground-truth annotation is
// also its author's, yet never paired with itself: "author vs Ground truth" needs a second annotation.
class PairTasksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Task, Agreement, Count };
    enum Role {
        TaskIdRole = Qt::UserRole,
        ScoreRole, // double, invalid without a score
        SortRole, // the task id or the score, for a QSortFilterProxyModel
    };
    struct Row
    {
        int taskId = 0;
        double score = agreement::kNoScore;
        QList<int> annotationsA; // the annotation ids of participant A on the task
        QList<int> annotationsB;
        // The first cross pair of the task (the one the side-by-side view compares): A's annotation (or
        // prediction) id and B's.
        int pairA = 0;
        int pairB = 0;
    };

    explicit PairTasksModel(QObject *parent = nullptr);

    // Participants `a` and `b` are indices into report.participants.
    void setPair(const agreement::AgreementReport &report, int a, int b);
    void clear();
    int participantA() const { return m_a; }
    int participantB() const { return m_b; }
    const Row &row(int i) const { return m_rows.at(i); }
    QList<int> taskIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    int m_a = -1;
    int m_b = -1;
};

} // namespace lsdesk
