#include "annotations/commentsmodel.h"

#include "annotations/annotationsmodel.h"

namespace lsdesk {

CommentsModel::CommentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CommentsModel::setComments(const QList<Comment> &comments)
{
    beginResetModel();
    m_comments = comments;
    endResetModel();
}

void CommentsModel::append(const QList<Comment> &comments)
{
    if (comments.isEmpty())
        return;
    const int first = int(m_comments.size());
    beginInsertRows({}, first, first + int(comments.size()) - 1);
    m_comments.append(comments);
    endInsertRows();
}

void CommentsModel::upsert(const Comment &comment)
{
    const QModelIndex at = indexOf(comment.id);
    if (!at.isValid()) {
        append({ comment });
        return;
    }
    m_comments[at.row()] = comment;
    Q_EMIT dataChanged(index(at.row(), 0), index(at.row(), int(Column::Count) - 1));
}

void CommentsModel::removeComment(int id)
{
    const QModelIndex at = indexOf(id);
    if (!at.isValid())
        return;
    beginRemoveRows({}, at.row(), at.row());
    m_comments.removeAt(at.row());
    endRemoveRows();
}

void CommentsModel::clear()
{
    setComments({});
}

void CommentsModel::setUserNames(const QHash<int, QString> &names)
{
    m_names = names;
    if (!m_comments.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Author)), index(rowCount() - 1, int(Column::Author)));
}

std::optional<Comment> CommentsModel::commentAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_comments.size())
        return std::nullopt;
    return m_comments.at(index.row());
}

QModelIndex CommentsModel::indexOf(int id) const
{
    for (int r = 0; r < m_comments.size(); ++r) {
        if (m_comments.at(r).id == id)
            return index(r, 0);
    }
    return {};
}

QString CommentsModel::authorOf(const Comment &c) const
{
    if (!c.authorName.isEmpty())
        return c.authorName;
    const QString name = m_names.value(c.createdBy);
    if (!name.isEmpty())
        return name;
    return c.createdBy > 0 ? tr("User %1").arg(c.createdBy) : tr("Unknown");
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return {};
    const Comment &c = m_comments.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole)
        return c.id;
    switch (column) {
    case Column::Author:
        if (role == Qt::DisplayRole || role == SortRole)
            return authorOf(c);
        break;
    case Column::Created:
        if (role == Qt::DisplayRole)
            return AnnotationsModel::formatTime(c.createdAt);
        if (role == SortRole)
            return c.createdAt;
        if (role == Qt::ToolTipRole && c.updatedAt.isValid() && c.updatedAt != c.createdAt)
            return tr("Edited %1").arg(AnnotationsModel::formatTime(c.updatedAt));
        break;
    case Column::Resolved:
        if (role == Qt::CheckStateRole)
            return c.isResolved ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.isResolved ? tr("Resolved") : tr("Open");
        if (role == SortRole)
            return c.isResolved;
        if (role == Qt::ToolTipRole && c.isResolved && c.resolvedAt.isValid())
            return tr("Resolved %1").arg(AnnotationsModel::formatTime(c.resolvedAt));
        break;
    case Column::Text:
        if (role == Qt::DisplayRole)
            return QString(c.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (role == Qt::ToolTipRole || role == SortRole)
            return c.text;
        break;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Author:
        return tr("Author");
    case Column::Created:
        return tr("Time");
    case Column::Resolved:
        return tr("Status");
    case Column::Text:
        return tr("Comment");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lsdesk
