#pragma once

#include "api/tasksapi.h"
#include "dto/datamanager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>

namespace lsdesk {

class ApiJob;
class Client;

// The tasks of one project as one big table. The first page tells the total; from then on every row
// exists (rowCount() == total) and only the pages that hold the rows in view are fetched: a row whose page
// is not here shows a placeholder, and asking for it schedules its page. Requests are coalesced per page,
// at most a few run at once, the pages in view go first (the view reports them with setVisibleRange()),
// and loaded pages live in an LRU cache of at most maxCachedPages() pages, so memory is bounded by the
// cache, not by the project. Jumping to the last row of 100,000 costs one request.
//
// A page that fails leaves its rows in the Failed state (RowStateRole) and is not fetched again until
// retryFailed(). Changing the project, the query or the view resets the model; replies to requests made
// before a reset are ignored.
class TasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksModel)
public:
    // The fixed columns; Data is one column per key of the task's data.
    enum class Field {
        Id,
        InnerId,
        Data,
        TotalAnnotations,
        CancelledAnnotations,
        TotalPredictions,
        Annotators,
        CompletedAt,
        CreatedAt,
        UpdatedAt,
        LocalAgreement, // computed by us (AgreementLauncher), not a server column: never sorted or filtered
                        // on
        Count
    };
    Q_ENUM(Field)

    enum class RowState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(RowState)

    enum Role {
        TaskIdRole = Qt::UserRole + 1, // int; 0 while the row is not loaded
        RowStateRole, // RowState as int
        RawValueRole, // the typed value (int, QDateTime, QJsonValue, QList<int>) behind DisplayRole
    };

    // One column: a fixed field, or a data key. Its id() is the Data Manager's column id ("id",
    // "data.text", "total_annotations"), which names it in the settings and in filters and ordering.
    struct ColumnSpec
    {
        Field field = Field::Id;
        QString dataKey; // for Field::Data

        QString id() const;
        static std::optional<ColumnSpec> fromId(const QString &id);
        // Whether the server knows the column (ordering and filters); false for LocalAgreement.
        bool isServerColumn() const { return field != Field::LocalAgreement; }
        friend bool operator==(const ColumnSpec &a, const ColumnSpec &b)
        {
            return a.field == b.field && a.dataKey == b.dataKey;
        }
    };

    explicit TasksModel(Client *client, QObject *parent = nullptr);
    ~TasksModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What is shown. setProject() forgets the columns of the previous project (the next first page or
    // setDmColumns() brings the new data keys) and resets; setQuery() and setView() reset and refetch.
    void setProject(int projectId);
    int project() const { return m_query.project; }
    // A Data Manager query as dmQuery() builds it ({"filters", "ordering"}); empty for none.
    void setQuery(const QJsonObject &query);
    QJsonObject query() const { return m_query.query; }
    // A saved view whose filters and ordering the server applies; 0 for none.
    void setView(int viewId);
    int view() const { return m_query.view; }
    // Changes project, view and query with a single reset.
    void setSource(int projectId, int viewId, const QJsonObject &query);

    // The columns, in order. setDmColumns() gives the project's data keys and titles (from
    // DataManagerApi::columns); without it the data keys come from the first page.
    void setColumns(const QList<ColumnSpec> &columns);
    QList<ColumnSpec> columns() const { return m_columns; }
    ColumnSpec columnAt(int section) const { return m_columns.value(section); }
    // Every column this project can show: the fixed fields and one per known data key.
    QList<ColumnSpec> availableColumns() const;
    // The columns shown when nothing is remembered: id, the data keys, the counters, annotators, dates.
    QList<ColumnSpec> defaultColumns() const;
    void setDmColumns(const QList<DmColumn> &columns);
    // Column types for the filter bar ("Number", "String", ...), by column id; "Unknown" if not known.
    QString columnType(const ColumnSpec &column) const;
    QString columnTitle(const ColumnSpec &column) const;
    // Names for the annotators column; without them it shows user ids.
    void setUserNames(const QHash<int, QString> &names);
    // Task agreement computed locally (task id → [0, 1]): shown in the "Agreement (local)" column, which
    // is added when scores arrive and removed when they are cleared (empty).
    void setLocalAgreement(const QHash<int, double> &scores);
    QHash<int, double> localAgreement() const { return m_localAgreement; }

    // Paging knobs. setPageSize() resets the model.
    void setPageSize(int rows);
    int pageSize() const { return m_query.pageSize; }
    // The LRU bound, in pages (at least 3: the pages in view must fit).
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }

    // State, for the pane and the tests.
    int total() const { return m_total; } // -1 until the first page arrived
    bool isLoading() const { return m_inFlight > 0; }
    int cachedPageCount() const;
    int inFlightCount() const { return m_inFlight; }
    bool hasFailedPages() const;
    RowState rowState(int row) const;
    int taskId(int row) const; // 0 while not loaded
    // The loaded row with this task id, or -1.
    int rowOfTask(int taskId) const;

public Q_SLOTS:
    // The rows the view shows (inclusive). Their pages are fetched first, plus one page ahead in the
    // direction of the scroll; a request for a page that left the view before its turn is dropped.
    void setVisibleRange(int first, int last);
    // Fetches the failed pages again (and the first page, if it is the one that failed).
    void retryFailed();
    // Forgets every page and starts again from the first one (F5).
    void refresh();

Q_SIGNALS:
    void pageFailed(const lsdesk::ApiError &error);
    void loadingChanged(bool loading);
    // The first page of a (re)load arrived: total() and the data keys are known.
    void totalKnown(int total);

private:
    struct PageSlot
    {
        RowState state = RowState::NotLoaded;
        QList<TaskListRow> rows;
        QPointer<ApiJob> job;
        quint64 requestId = 0;
        mutable quint64 lastUse = 0; // touched by data(): the LRU clock
    };

    void replaceColumns(const QList<ColumnSpec> &columns);
    void resetAndFetch(int projectId, int viewId, const QJsonObject &query, bool forgetColumns);
    void cancelAll();
    void schedule() const;
    void pump();
    void startPage(int page);
    void onPage(int page, quint64 requestId, const Result<Page<Task>> &result);
    void acceptPage(int page, const Page<Task> &result);
    void failPage(int page, const ApiError &error);
    void applyTotal(int newTotal, int keepPage);
    void evict(int justLoaded);
    void emitRowsChanged(int page);
    void setInFlight(int n);
    void learnDataKeys(const QList<TaskListRow> &rows);
    QList<int> wantedPages() const;
    bool inWindow(int page, int margin) const;
    int lastPage() const;
    QVariant display(const TaskListRow &row, const ColumnSpec &column) const;
    QVariant rawValue(const TaskListRow &row, const ColumnSpec &column) const;

    TasksApi m_api;
    TaskQuery m_query;
    QList<ColumnSpec> m_columns;
    QStringList m_dataKeys;
    QHash<QString, DmColumn> m_dmColumns; // by id
    QHash<int, QString> m_userNames;
    QHash<int, double> m_localAgreement;
    QHash<int, PageSlot> m_pages;
    mutable QSet<int> m_requested; // pages data() asked for since the last pump
    mutable QTimer m_pumpTimer;
    mutable quint64 m_clock = 0;
    quint64 m_nextRequestId = 0;
    quint64 m_generation = 0;
    int m_total = -1;
    bool m_firstPageFailed = false;
    bool m_columnsChosen = false; // setColumns() was called for this project
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
    int m_scrollDirection = 1; // +1 down, -1 up
    int m_maxCachedPages = 20;
    int m_maxInFlight = 3;
    int m_inFlight = 0;
};

} // namespace lsdesk
