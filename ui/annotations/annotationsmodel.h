#pragma once

#include "annotations/resultsummary.h"
#include "dto/dto.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace lsdesk {

class UserDirectory;

// A task's annotations, then its predictions, as a tree:
//
//   Annotation #12          author   created   updated   lead time   flags
//     label (the control, from_name)
//       PER                                  <- a label or choice
//         0–5: Alice                         <- what the region is
//     comment
//       Looks fine                           <- no label (text area, rating, number, bare shape):
//                                               values sit straight under the control
//     Relations
//       PER "Alice" → ORG "Acme" (works_at)
//   Prediction #3           model version                          score
//
// Only column Item has text below the top level. Holds typed data and never talks to the server.
class AnnotationsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Item, Author, Created, Updated, LeadTime, Flags, Count };
    enum class Kind { Annotation, Prediction, Control, Label, Value };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        IdRole, // the annotation's or prediction's id (on every row below it too)
        SortRole, // the raw value: QDateTime, lead time in seconds, score
    };

    explicit AnnotationsModel(UserDirectory *users = nullptr, QObject *parent = nullptr);
    ~AnnotationsModel() override;

    void setTask(const Task &task);
    void clear();
    const Task &task() const { return m_task; }

    Kind kindOf(const QModelIndex &index) const;
    // The annotation or prediction the row belongs to (itself or an ancestor).
    std::optional<Annotation> annotationAt(const QModelIndex &index) const;
    std::optional<Prediction> predictionAt(const QModelIndex &index) const;
    QModelIndex indexOfAnnotation(int id) const;
    QModelIndex indexOfPrediction(int id) const;

    // How dates are shown (the locale's short format, local time).
    static QString formatTime(const QDateTime &time);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QVariant topData(const Node *node, Column column, int role) const;
    void build();
    void onUsersChanged();

    QPointer<UserDirectory> m_users;
    Task m_task;
    std::unique_ptr<Node> m_root;
};

} // namespace lsdesk
