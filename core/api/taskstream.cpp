#include "taskstream.h"

#include <utility>

namespace lsdesk {

TaskStream::TaskStream(Client *client, TaskQuery query, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_api(client)
    , m_query(std::move(query))
    , m_maxInFlight(std::max(1, maxInFlight))
{ }

TaskStream::~TaskStream()
{
    // cancel() calls back into onPage() synchronously: be done and own the list before cancelling.
    m_done = true;
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const auto &job : inFlight) {
        if (job)
            job->cancel();
    }
}

void TaskStream::start()
{
    m_clock.start();
    request(m_nextToRequest++);
}

void TaskStream::cancel()
{
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void TaskStream::request(int page)
{
    ApiJob *job
        = m_api.listPage(m_query, page, this, [this, page](const Result<Page<Task>> &r) { onPage(page, r); });
    m_inFlight.insert(page, job);
    m_issued.insert(page, { m_clock.elapsed(), int(m_inFlight.size()) });
}

void TaskStream::onPage(int page, const Result<Page<Task>> &result)
{
    m_inFlight.remove(page);
    if (m_done)
        return;
    if (!result.ok()) {
        // Tasks deleted while we stream make the last pages "Invalid page.": that is the end, not an error.
        if (page > 1 && result.error.httpStatus == 404) {
            m_lastPageSeen = true;
            m_pageCount = std::min(m_pageCount < 0 ? page - 1 : m_pageCount, page - 1);
            pump();
            return;
        }
        finish(result.error);
        return;
    }
    const Page<Task> &p = *result;
    if (page == 1) {
        m_total = p.total;
        // The server may cap page_size (TASK_API_PAGE_SIZE_MAX): then count pages in the size it uses.
        if (p.total > p.items.size() && !p.items.isEmpty() && p.items.size() < m_query.pageSize)
            m_query.pageSize = int(p.items.size());
        m_pageCount = m_total < 0 ? -1 : (m_total + m_query.pageSize - 1) / m_query.pageSize;
    }
    if (m_pageCount < 0 && (p.items.isEmpty() || p.items.size() < m_query.pageSize))
        m_lastPageSeen = true;
    if (!p.items.isEmpty() || page == 1)
        m_buffered.insert(page, p.items);
    if (page > 1)
        adapt(page);
    pump();
}

void TaskStream::adapt(int page)
{
    const Issue issue = m_issued.take(page);
    if (!m_adaptive || m_settled || issue.inFlight != m_level)
        return; // sent at another level (or while ramping): says nothing about this one
    // The first request of a level joins requests already half done, so it comes back early: skip it.
    if (++m_levelSamples == 1)
        return;
    const qint64 latency = std::max<qint64>(1, m_clock.elapsed() - issue.atMs);
    m_levelSum += double(issue.inFlight) / double(latency);
    if (m_levelSamples < 3)
        return;
    const double throughput = m_levelSum / (m_levelSamples - 1);
    if (m_level > 1 && throughput < m_previousThroughput * 1.15) {
        --m_level; // the server did not go faster: it queues our requests
        m_settled = true;
    } else if (m_level < m_maxInFlight) {
        m_previousThroughput = throughput;
        ++m_level;
    } else {
        m_settled = true;
    }
    m_levelSum = 0;
    m_levelSamples = 0;
}

void TaskStream::pump()
{
    // Emit what is next in order.
    while (!m_done && m_buffered.contains(m_nextToEmit)) {
        const QList<Task> tasks = m_buffered.take(m_nextToEmit);
        ++m_nextToEmit;
        m_received += int(tasks.size());
        if (!tasks.isEmpty())
            Q_EMIT pageReady(tasks);
        Q_EMIT progress(m_received, m_total);
    }
    if (m_done)
        return;
    const int lastPage = m_pageCount >= 0 ? m_pageCount : (m_lastPageSeen ? m_nextToRequest - 1 : -1);
    if (lastPage >= 0 && m_nextToEmit > lastPage && m_inFlight.isEmpty()) {
        finish({});
        return;
    }
    if (lastPage >= 0 && m_nextToEmit > lastPage) {
        // Only requests past the end remain in flight (no total known): they will settle.
        return;
    }
    // Keep up to maxInFlight pages requested or buffered. Without a known page count, fetch one at a time.
    const int limit = m_pageCount >= 0 ? concurrency() : 1;
    while (m_inFlight.size() + m_buffered.size() < limit) {
        if (m_pageCount >= 0 && m_nextToRequest > m_pageCount)
            break;
        if (m_pageCount < 0 && m_lastPageSeen)
            break;
        request(m_nextToRequest++);
    }
    if (m_inFlight.isEmpty() && m_buffered.isEmpty())
        finish({});
}

void TaskStream::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const auto &job : inFlight) {
        if (job)
            job->cancel();
    }
    m_buffered.clear();
    Q_EMIT finished(error);
}

} // namespace lsdesk
