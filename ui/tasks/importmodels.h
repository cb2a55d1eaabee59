#pragma once

#include "import/importsource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace lsdesk {

// The files and URL lists of an import, one row each: name, kind, tasks, size and what is wrong with it.
// A row being read (scanning runs off the UI thread) shows "Reading…".
class ImportSourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Kind, Tasks, Size, Status, Count };
    Q_ENUM(Column)

    explicit ImportSourcesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A row for a file being read; returns its row.
    int addPending(const QString &path);
    // The scan of the row for `path` finished.
    void setScanned(const QString &path, const import::ImportSource &source);
    void addSource(const import::ImportSource &source);
    void removeRows(const QList<int> &rows);

    bool isScanning() const;
    bool hasErrors() const;
    int taskCount() const; // known tasks (URL downloads count as unknown)
    QList<import::ImportSource> sources() const; // the scanned ones, in order

private:
    struct Row
    {
        QString path;
        bool pending = true;
        import::ImportSource source;
    };
    QList<Row> m_rows;
};

// The first tasks of the import as a table: one column per data key (in first-seen order), then the
// numbers of annotations and predictions a task brings. Values that are not text show as compact JSON.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rebuilds the preview from the sources' first tasks (at most `max` in all). `variables` are the
    // config's: their columns come first and a missing one is marked in its header.
    void setSources(const QList<import::ImportSource> &sources, const QStringList &variables, int max = 50);
    QStringList keys() const { return m_keys; }

private:
    struct PreviewRow
    {
        QString source;
        QStringList cells; // one per key
        int annotations = 0;
        int predictions = 0;
    };
    QStringList m_keys;
    QStringList m_missing;
    QList<PreviewRow> m_rows;
};

} // namespace lsdesk
