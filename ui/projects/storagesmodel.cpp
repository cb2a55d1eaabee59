#include "storagesmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace lsdesk {

StoragesModel::StoragesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StoragesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_storages.size());
}

int StoragesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoragesModel::statusText(const Storage &s)
{
    switch (s.status) {
    case Storage::Status::Initialized:
        return tr("Not synced yet");
    case Storage::Status::Queued:
        return tr("Queued");
    case Storage::Status::InProgress:
        return tr("Syncing");
    case Storage::Status::Failed:
        return tr("Failed");
    case Storage::Status::Completed:
        return tr("Synced");
    case Storage::Status::CompletedWithErrors:
        return tr("Synced with errors");
    case Storage::Status::Unknown:
        break;
    }
    return s.statusName;
}

QVariant StoragesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage &s = m_storages.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == StatusRole)
        return s.statusName;
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && !s.traceback.isEmpty())
            return s.traceback.trimmed();
        if (index.column() == TitleColumn && !s.description.isEmpty())
            return s.description;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return s.title.isEmpty() ? tr("Storage %1").arg(s.id) : s.title;
    case DirectionColumn:
        return s.isExport() ? tr("Target (export)") : tr("Source (import)");
    case TypeColumn: {
        const StorageType *t = storageType(s.type);
        return t ? QCoreApplication::translate("StorageType", qPrintable(t->title)) : s.type;
    }
    case StatusColumn:
        return statusText(s);
    case CountColumn:
        return s.lastSyncCount < 0 ? QVariant() : QVariant(s.lastSyncCount);
    case LastSyncColumn:
        return s.lastSync.isValid() ? QLocale().toString(s.lastSync.toLocalTime(), QLocale::ShortFormat)
                                    : QString();
    case LocationColumn:
        return s.location();
    default:
        return {};
    }
}

QVariant StoragesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DirectionColumn:
        return tr("Direction");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case CountColumn:
        return tr("Last sync count");
    case LastSyncColumn:
        return tr("Last sync");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

void StoragesModel::setStorages(const QList<Storage> &storages)
{
    beginResetModel();
    m_storages.clear();
    // Sources first, then targets, each in the order given.
    for (const Storage &s : storages)
        if (!s.isExport())
            m_storages.append(s);
    for (const Storage &s : storages)
        if (s.isExport())
            m_storages.append(s);
    endResetModel();
}

int StoragesModel::rowOf(StorageDirection d, int id) const
{
    for (int i = 0; i < m_storages.size(); ++i)
        if (m_storages.at(i).direction == d && m_storages.at(i).id == id)
            return i;
    return -1;
}

int StoragesModel::upsert(const Storage &storage)
{
    const int row = rowOf(storage.direction, storage.id);
    if (row >= 0) {
        m_storages[row] = storage;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    // The end of its group: after the last import storage for an import one, at the very end otherwise.
    int at = int(m_storages.size());
    if (!storage.isExport()) {
        at = 0;
        while (at < m_storages.size() && !m_storages.at(at).isExport())
            ++at;
    }
    beginInsertRows({}, at, at);
    m_storages.insert(at, storage);
    endInsertRows();
    return at;
}

void StoragesModel::remove(StorageDirection d, int id)
{
    const int row = rowOf(d, id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_storages.removeAt(row);
    endRemoveRows();
}

} // namespace lsdesk
