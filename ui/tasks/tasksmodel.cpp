// TasksModel, the paging side: which pages to fetch, the LRU cache, totals that change, failures and
// retries. What the cells show is in taskcells.cpp.
#include "tasks/tasksmodel.h"

#include "api/client.h"

#include <algorithm>

namespace lsdesk {

TasksModel::TasksModel(Client *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(client)
{
    m_query.fields = TaskQuery::Fields::TaskOnly; // the annotations pane fetches the full task
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &TasksModel::pump);
}

TasksModel::~TasksModel()
{
    ++m_generation;
    cancelAll();
}

int TasksModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : std::max(m_total, 0);
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_columns.size());
}

TasksModel::RowState TasksModel::rowState(int row) const
{
    if (row < 0 || row >= m_total)
        return RowState::NotLoaded;
    const auto it = m_pages.constFind(row / m_query.pageSize);
    return it == m_pages.constEnd() ? RowState::NotLoaded : it->state;
}

int TasksModel::taskId(int row) const
{
    if (row < 0 || row >= m_total)
        return 0;
    const auto it = m_pages.constFind(row / m_query.pageSize);
    if (it == m_pages.constEnd() || it->state != RowState::Loaded)
        return 0;
    const int offset = row % m_query.pageSize;
    return offset < it->rows.size() ? it->rows.at(offset).id : 0;
}

int TasksModel::rowOfTask(int id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id)
                return it.key() * m_query.pageSize + i;
        }
    }
    return -1;
}

int TasksModel::cachedPageCount() const
{
    return int(std::count_if(
        m_pages.cbegin(), m_pages.cend(), [](const PageSlot &s) { return s.state == RowState::Loaded; }));
}

bool TasksModel::hasFailedPages() const
{
    return m_firstPageFailed || std::any_of(m_pages.cbegin(), m_pages.cend(), [](const PageSlot &s) {
        return s.state == RowState::Failed;
    });
}

void TasksModel::setProject(int projectId)
{
    resetAndFetch(projectId, 0, {}, true);
}

void TasksModel::setQuery(const QJsonObject &query)
{
    resetAndFetch(m_query.project, m_query.view, query, false);
}

void TasksModel::setView(int viewId)
{
    resetAndFetch(m_query.project, viewId, m_query.query, false);
}

void TasksModel::setSource(int projectId, int viewId, const QJsonObject &query)
{
    resetAndFetch(projectId, viewId, query, projectId != m_query.project);
}

void TasksModel::refresh()
{
    resetAndFetch(m_query.project, m_query.view, m_query.query, false);
}

void TasksModel::setPageSize(int rows)
{
    if (rows < 1 || rows == m_query.pageSize)
        return;
    m_query.pageSize = rows;
    refresh();
}

void TasksModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = std::max(3, pages);
    evict(-1);
}

void TasksModel::setMaxInFlight(int requests)
{
    m_maxInFlight = std::max(1, requests);
    schedule();
}

void TasksModel::resetAndFetch(int projectId, int viewId, const QJsonObject &query, bool forgetColumns)
{
    beginResetModel();
    cancelAll();
    m_query.project = projectId;
    m_query.view = viewId;
    m_query.query = query;
    m_total = -1;
    m_firstPageFailed = false;
    m_visibleFirst = m_visibleLast = -1;
    m_scrollDirection = 1;
    if (forgetColumns) {
        m_columns.clear();
        m_dataKeys.clear();
        m_dmColumns.clear();
        m_columnsChosen = false;
        m_localAgreement.clear(); // another project's scores
    }
    endResetModel();
    schedule();
}

void TasksModel::cancelAll()
{
    // A new generation first: a job that reports its cancellation synchronously is then already stale.
    ++m_generation;
    QList<QPointer<ApiJob>> jobs;
    for (const PageSlot &s : std::as_const(m_pages)) {
        if (s.job)
            jobs << s.job;
    }
    m_pages.clear();
    m_requested.clear();
    for (const QPointer<ApiJob> &job : std::as_const(jobs)) {
        if (job)
            job->cancel();
    }
    setInFlight(0);
}

void TasksModel::schedule() const
{
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

int TasksModel::lastPage() const
{
    return m_total <= 0 ? -1 : (m_total - 1) / m_query.pageSize;
}

bool TasksModel::inWindow(int page, int margin) const
{
    if (m_visibleFirst < 0)
        return true;
    return page >= m_visibleFirst / m_query.pageSize - margin
        && page <= m_visibleLast / m_query.pageSize + margin;
}

QList<int> TasksModel::wantedPages() const
{
    QList<int> out;
    if (m_visibleFirst < 0 || m_total <= 0)
        return out;
    const int first = m_visibleFirst / m_query.pageSize;
    const int last = std::min(m_visibleLast / m_query.pageSize, lastPage());
    // From the middle of the view outwards: the rows people look at first.
    const int mid = (first + last) / 2;
    for (int d = 0; mid - d >= first || mid + d <= last; ++d) {
        if (mid + d <= last)
            out << mid + d;
        if (d > 0 && mid - d >= first)
            out << mid - d;
    }
    // One page ahead in the direction of the scroll (none past either end: a jump to the last row is one
    // request).
    const int ahead = m_scrollDirection > 0 ? last + 1 : first - 1;
    if (ahead >= 0 && ahead <= lastPage())
        out << ahead;
    return out;
}

void TasksModel::setVisibleRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    if (first < 0 || m_total <= 0)
        return;
    last = std::min(last, m_total - 1);
    first = std::min(first, last);
    if (m_visibleFirst >= 0 && first != m_visibleFirst)
        m_scrollDirection = first > m_visibleFirst ? 1 : -1;
    m_visibleFirst = first;
    m_visibleLast = last;
    schedule();
}

void TasksModel::pump()
{
    if (m_query.project <= 0)
        return;
    if (m_total < 0) {
        // Nothing is known before the first page: it comes alone.
        if (!m_firstPageFailed && !m_pages.contains(0))
            startPage(0);
        return;
    }
    QList<int> candidates = wantedPages();
    QList<int> asked(m_requested.cbegin(), m_requested.cend());
    std::sort(asked.begin(), asked.end());
    for (int p : std::as_const(asked)) {
        // A page asked for by data() while the view was elsewhere is no longer worth a request.
        if (p > lastPage() || !inWindow(p, 1)) {
            m_requested.remove(p);
            continue;
        }
        if (!candidates.contains(p))
            candidates << p;
    }
    for (int p : std::as_const(candidates)) {
        const auto it = m_pages.constFind(p);
        if (it != m_pages.constEnd() && it->state != RowState::NotLoaded) {
            m_requested.remove(p);
            continue;
        }
        if (m_inFlight >= m_maxInFlight) {
            // Make room by cancelling a request for a page the view has left.
            int victim = -1;
            for (auto s = m_pages.constBegin(); s != m_pages.constEnd(); ++s) {
                if (s->state == RowState::Loading && !inWindow(s.key(), 1)) {
                    victim = s.key();
                    break;
                }
            }
            if (victim < 0)
                break; // the rest waits for a reply (pump runs again then)
            const QPointer<ApiJob> job = m_pages.value(victim).job;
            m_pages.remove(victim);
            setInFlight(m_inFlight - 1);
            if (job)
                job->cancel();
        }
        m_requested.remove(p);
        startPage(p);
    }
}

void TasksModel::startPage(int page)
{
    PageSlot &slot = m_pages[page];
    slot.state = RowState::Loading;
    slot.rows.clear();
    slot.requestId = ++m_nextRequestId;
    const quint64 requestId = slot.requestId;
    const quint64 generation = m_generation;
    setInFlight(m_inFlight + 1);
    ApiJob *job = m_api.listPage(
        m_query, page + 1, this, [this, page, requestId, generation](const Result<Page<Task>> &r) {
            if (generation == m_generation) // else a reply to a query that is gone
                onPage(page, requestId, r);
        });
    const auto it = m_pages.find(page);
    if (it != m_pages.end() && it->requestId == requestId && it->state == RowState::Loading)
        it->job = job;
    emitRowsChanged(page);
}

void TasksModel::onPage(int page, quint64 requestId, const Result<Page<Task>> &result)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || it->requestId != requestId || it->state != RowState::Loading)
        return;
    it->job = nullptr;
    if (result.ok()) {
        acceptPage(page, *result);
    } else if (result.error.kind == ApiError::Kind::Cancelled) {
        m_pages.erase(it); // cancelled by someone else (the client going away): simply not loaded
    } else if (page > 0 && result.error.httpStatus == 404
        && result.error.detail.contains(QLatin1String("Invalid page"))) {
        // Tasks were deleted since the total was read: this page no longer exists. The first page always
        // does and tells the exact total.
        m_pages.erase(it);
        applyTotal(std::min(m_total, page * m_query.pageSize), -1);
        if (m_pages.value(0).state != RowState::Loading)
            startPage(0);
    } else {
        failPage(page, result.error);
    }
    setInFlight(m_inFlight - 1);
    schedule();
}

void TasksModel::acceptPage(int page, const Page<Task> &result)
{
    QList<TaskListRow> rows;
    rows.reserve(result.items.size());
    for (const Task &t : result.items)
        rows << TaskListRow::fromTask(t);

    const bool first = m_total < 0;
    if (first) {
        learnDataKeys(rows);
        if (!m_columnsChosen)
            replaceColumns(defaultColumns());
    }
    PageSlot &slot = m_pages[page];
    slot.state = RowState::Loaded;
    slot.rows = std::move(rows);
    slot.lastUse = ++m_clock;
    const int loadedEnd = page * m_query.pageSize + int(slot.rows.size());
    const int newTotal = result.total >= 0 ? result.total : std::max(m_total, loadedEnd);
    if (newTotal != m_total)
        applyTotal(newTotal, page);
    else
        emitRowsChanged(page);
    if (first)
        Q_EMIT totalKnown(m_total);
    evict(page);
}

void TasksModel::failPage(int page, const ApiError &error)
{
    if (m_total < 0) {
        m_pages.remove(page);
        m_firstPageFailed = true;
    } else {
        PageSlot &slot = m_pages[page];
        slot.state = RowState::Failed;
        slot.rows.clear();
        emitRowsChanged(page);
    }
    Q_EMIT pageFailed(error);
}

void TasksModel::applyTotal(int newTotal, int keepPage)
{
    newTotal = std::max(newTotal, 0);
    if (m_total < 0) {
        if (newTotal > 0) {
            beginInsertRows({}, 0, newTotal - 1);
            m_total = newTotal;
            endInsertRows();
        } else {
            m_total = 0;
        }
        return;
    }
    // The project changed under us (tasks added or deleted): the cached rows may have shifted, so only the
    // page that brought the news is kept; the pages in flight carry the new total too and stay.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() != keepPage && it->state != RowState::Loading)
            it = m_pages.erase(it);
        else
            ++it;
    }
    if (newTotal > m_total) {
        beginInsertRows({}, m_total, newTotal - 1);
        m_total = newTotal;
        endInsertRows();
    } else if (newTotal < m_total) {
        beginRemoveRows({}, newTotal, m_total - 1);
        m_total = newTotal;
        const int last = lastPage();
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > last) {
                if (it->job) {
                    const QPointer<ApiJob> job = it->job;
                    it = m_pages.erase(it);
                    setInFlight(m_inFlight - 1);
                    job->cancel();
                    continue;
                }
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        if (m_visibleFirst >= m_total)
            m_visibleFirst = m_visibleLast = -1;
        else if (m_visibleLast >= m_total)
            m_visibleLast = m_total - 1;
        endRemoveRows();
    }
    if (m_total > 0 && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_total - 1, int(m_columns.size()) - 1));
}

void TasksModel::evict(int justLoaded)
{
    int loaded = cachedPageCount();
    while (loaded > m_maxCachedPages) {
        // The least recently used page outside the view; only if there is none, one inside it.
        int victim = -1;
        quint64 oldest = 0;
        for (int pass = 0; pass < 2 && victim < 0; ++pass) {
            for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
                if (it->state != RowState::Loaded || it.key() == justLoaded)
                    continue;
                if (pass == 0 && inWindow(it.key(), 1))
                    continue;
                if (victim < 0 || it->lastUse < oldest) {
                    victim = it.key();
                    oldest = it->lastUse;
                }
            }
        }
        if (victim < 0)
            break;
        m_pages.remove(victim);
        emitRowsChanged(victim);
        --loaded;
    }
}

void TasksModel::emitRowsChanged(int page)
{
    if (m_total <= 0 || m_columns.isEmpty())
        return;
    const int first = page * m_query.pageSize;
    const int last = std::min(first + m_query.pageSize, m_total) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
}

void TasksModel::retryFailed()
{
    if (m_firstPageFailed) {
        m_firstPageFailed = false;
        schedule();
        return;
    }
    QList<int> failed;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it->state == RowState::Failed)
            failed << it.key();
    }
    for (int p : std::as_const(failed)) {
        m_pages.remove(p);
        m_requested.insert(p);
        emitRowsChanged(p);
    }
    schedule();
}

void TasksModel::setInFlight(int n)
{
    const bool was = m_inFlight > 0;
    m_inFlight = std::max(n, 0);
    if (was != (m_inFlight > 0))
        Q_EMIT loadingChanged(m_inFlight > 0);
}

} // namespace lsdesk
