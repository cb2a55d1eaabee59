#pragma once

#include "api/tasksapi.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace lsdesk {

// Streams every task of a query, page by page, in order. The first page tells the total, so the page
// count is known and no request is spent on the terminal 404 the SDK relies on. Up to `maxInFlight`
// page requests run at once; pages that arrive early wait in a buffer of at most that many pages, so
// memory stays bounded whatever the project's size.
//
// How many run at once adapts by default: concurrency only pays when the server works on requests in
// parallel. Label Studio's own `label-studio start` serves them one at a time (one Python process), where
// parallel requests just queue and cost memory; a deployment with several workers gains from them. So
// the stream starts with one page in flight and adds one while each step raises the measured throughput
// by at least 15%, stepping back and settling as soon as it does not.
class TaskStream : public QObject
{
    Q_OBJECT
public:
    TaskStream(Client *client, TaskQuery query, int maxInFlight = 4, QObject *parent = nullptr);
    ~TaskStream() override;

    void start();
    // Fixed concurrency (maxInFlight) instead of the adaptive one.
    void setAdaptive(bool on) { m_adaptive = on; }
    // Page requests currently allowed at once.
    int concurrency() const { return m_adaptive ? m_level : m_maxInFlight; }
    // Stops all page requests; finished() follows with a Cancelled error.
    void cancel();
    int total() const { return m_total; }
    int received() const { return m_received; }

Q_SIGNALS:
    // Pages in order, first to last.
    void pageReady(const QList<lsdesk::Task> &tasks);
    void progress(int received, int total);
    // Exactly once; error.ok() on success.
    void finished(const lsdesk::ApiError &error);

private:
    void request(int page);
    void onPage(int page, const Result<Page<Task>> &result);
    void pump();
    void finish(const ApiError &error);
    void adapt(int page);

    Client *m_client;
    TasksApi m_api;
    TaskQuery m_query;
    int m_maxInFlight;
    int m_total = -1;
    int m_pageCount = -1; // -1 until known
    int m_nextToRequest = 1;
    int m_nextToEmit = 1;
    int m_received = 0;
    bool m_lastPageSeen = false; // for servers that do not report a total
    bool m_done = false;
    QMap<int, QPointer<ApiJob>> m_inFlight;
    QMap<int, QList<Task>> m_buffered;
    // Adaptive concurrency. A request that ran alongside k-1 others (k in flight when it was sent) and
    // took L ms measures a throughput of k / L pages per ms; requests sent at the current level are
    // averaged and compared with the level below. (Counting completions per time window instead is
    // fooled by requests still running from the previous level.)
    struct Issue
    {
        qint64 atMs;
        int inFlight;
    };
    bool m_adaptive = true;
    bool m_settled = false;
    int m_level = 1;
    QElapsedTimer m_clock;
    QMap<int, Issue> m_issued;
    double m_levelSum = 0; // sum of k / L over the samples of the current level
    int m_levelSamples = 0;
    double m_previousThroughput = 0; // pages per ms one level lower
};

} // namespace lsdesk
