#pragma once

#include "dto/dto.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

namespace lsdesk {

class ApiJob;
class Client;

// The Projects table: every project of the server, loaded as the web UI does - the cheap list first (all
// pages: ids, titles, authors, dates), then the counters per page from api/projects/counts/, filled in
// with dataChanged as they arrive. A failure stops loading and keeps what arrived; retry() resumes with
// what is missing (list pages and counters). Sorting and filtering belong to a QSortFilterProxyModel:
// SortRole carries numbers and dates, so numeric columns sort numerically.
class ProjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Title, Tasks, Finished, Annotations, Predictions, Skipped, Created, Author, Count };
    enum Role {
        SortRole = Qt::UserRole, // the raw value: a number, a QDateTime, or the text
        IdRole, // the project id
        CountsKnownRole, // whether the counters of this row have arrived
    };

    explicit ProjectsModel(QObject *parent = nullptr);
    ~ProjectsModel() override;

    // Switches servers: cancels loading and clears the rows. Does not load (call reload()).
    void setClient(Client *client);
    Client *client() const { return m_client; }
    // Projects per list page (1..100, the server's maximum).
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Forgets everything and loads from the first page.
    void reload();
    // After an error: loads the list pages and the counters that are still missing.
    void retry();
    // Stops loading; what arrived stays.
    void cancel();
    bool isLoading() const { return m_listJob || m_countsJob; }
    // The whole list and every counter arrived.
    bool isComplete() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Project &project(int row) const { return m_rows.at(row).project; }
    bool countsKnown(int row) const { return m_rows.at(row).countsKnown; }
    int rowOfId(int id) const;

    // Local updates after the pane's create, rename and delete succeeded on the server.
    void upsertProject(const Project &project, bool countsKnown);
    void removeProject(int id);

    static QString authorOf(const Project &project);
    static int skippedOf(const Project &project);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A list page or a counters page failed; loading stopped. `message` is for people.
    void loadFailed(const QString &message);
    // The list and all counters arrived.
    void loadFinished();

private:
    struct Row
    {
        Project project;
        bool countsKnown = false;
    };

    void fetchListPage();
    void fetchNextCounts();
    void appendPage(const QList<Project> &items);
    void applyCounts(const QList<Project> &counts);
    void fail(const QString &message);
    void updateLoading();
    void abortJobs();
    QVariant display(const Row &row, Column column) const;
    QVariant sortValue(const Row &row, Column column) const;

    QPointer<Client> m_client;
    QList<Row> m_rows;
    int m_pageSize = 100;
    int m_nextPage = 1; // 0: the list is complete
    QList<QList<int>> m_countQueue; // ids whose counters are to be fetched, one batch per request
    QList<int> m_countsInFlight;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_countsJob;
    quint64 m_generation = 0; // callbacks of an earlier load() are ignored
    QString m_lastError;
    bool m_wasLoading = false;
};

} // namespace lsdesk
