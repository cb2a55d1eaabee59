#pragma once

#include "agreement/agreement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace lsdesk {

// An agreement matrix as a table: one row and one column per participant (ground truth and model
// versions are participants like any annotator), then an Average column. Sorting reorders rows and
// columns together, so the matrix stays a matrix (the diagonal stays the diagonal): it is a property of
// the model (setSortBy), not a view's column sort.
class AgreementMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class ColumnKind { Participant, Average };
    enum class SortBy { Original, Name, Average };
    enum Role {
        ValueRole = Qt::UserRole, // double in [0, 1]; an invalid QVariant where there is no score
        CommonTasksRole, // int: tasks behind the cell (the row participant's own count on the diagonal)
        StdDevRole, // double, or invalid
        RowParticipantRole, // int: index of the row's participant in the matrix given to setMatrix()
        ColumnParticipantRole, // int: the column's participant; -1 for the Average column
    };

    explicit AgreementMatrixModel(QObject *parent = nullptr);

    // `names` has one entry per participant of `matrix` (missing names show as "#n").
    void setMatrix(const agreement::Matrix &matrix, const QStringList &names);
    void clear();
    const agreement::Matrix &matrix() const { return m_matrix; }
    QStringList names() const { return m_names; }

    void setSortBy(SortBy sortBy, Qt::SortOrder order = Qt::AscendingOrder);
    SortBy sortBy() const { return m_sortBy; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // The participant at a row (or a participant column), in matrix indices; the reverse.
    int participantAt(int row) const { return m_positions.value(row, -1); }
    int rowOf(int participant) const { return int(m_positions.indexOf(participant)); }
    ColumnKind columnKind(int column) const;
    int averageColumn() const { return int(m_positions.size()); }
    // A participant's mean agreement with the others, weighted by their common tasks (kNoScore: none).
    double average(int participant) const;
    int averageTasks(int participant) const; // the weight behind average()

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "83%", or "—" without a score.
    static QString percentText(double value);

private:
    QString nameOf(int participant) const;
    QList<int> sortedPositions() const;
    void reorder();

    agreement::Matrix m_matrix;
    QStringList m_names;
    QList<int> m_positions; // row/column → participant
    QList<double> m_averages; // by participant
    QList<int> m_averageTasks;
    SortBy m_sortBy = SortBy::Original;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace lsdesk
