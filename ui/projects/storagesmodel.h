#pragma once

#include "api/storagesapi.h"

#include <QAbstractTableModel>
#include <QList>

namespace lsdesk {

// A project's storages, import ones first, then export ones, each in the server's order. Holds the
// typed storages only (the server never lists secrets, so neither does this model).
class StoragesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DirectionColumn,
        TypeColumn,
        StatusColumn,
        CountColumn,
        LastSyncColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit StoragesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStorages(const QList<Storage> &storages);
    // Replaces the storage with the same direction and id, or adds it to its group; returns its row.
    int upsert(const Storage &storage);
    void remove(StorageDirection d, int id);
    int rowOf(StorageDirection d, int id) const;
    const Storage &at(int row) const { return m_storages.at(row); }
    const QList<Storage> &storages() const { return m_storages; }

    static QString statusText(const Storage &s);

private:
    QList<Storage> m_storages;
};

} // namespace lsdesk
