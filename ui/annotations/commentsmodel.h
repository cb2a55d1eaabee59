#pragma once

#include "api/commentsapi.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace lsdesk {

// The comments of one annotation as a table: author, time, resolved, text. Typed data only; never talks
// to the server. Author names come from the expanded author, else from `names` (id -> display name).
class CommentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Author, Created, Resolved, Text, Count };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // the raw value: QDateTime, bool
    };

    explicit CommentsModel(QObject *parent = nullptr);

    void setComments(const QList<Comment> &comments);
    void append(const QList<Comment> &comments);
    // Replaces the comment with the same id (after an edit); adds it when it is new.
    void upsert(const Comment &comment);
    void removeComment(int id);
    void clear();
    void setUserNames(const QHash<int, QString> &names);

    const QList<Comment> &comments() const { return m_comments; }
    std::optional<Comment> commentAt(const QModelIndex &index) const;
    QModelIndex indexOf(int id) const;
    QString authorOf(const Comment &c) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Comment> m_comments;
    QHash<int, QString> m_names;
};

} // namespace lsdesk
