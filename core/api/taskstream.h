#pragma once

#include "api/tasksapi.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace lsdesk {

// Streams every task of a query, page by page, in order. The first page tells the total, so the page
// count is known and no request is spent on the terminal 404 the SDK relies on. Up to `maxInFlight`
// page requests run at once; pages that arrive early wait in a buffer of at most that many pages, so
// memory stays bounded whatever the project's size.
class TaskStream : public QObject
{
    Q_OBJECT
public:
    TaskStream(Client *client, TaskQuery query, int maxInFlight = 4, QObject *parent = nullptr);
    ~TaskStream() override;

    void start();
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
};

} // namespace lsdesk
