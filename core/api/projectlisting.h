#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QList>
#include <QStringList>

namespace lsdesk {

// The Projects page's two-phase listing, as the web UI does it (Projects.jsx): first the cheap list -
// ids, titles, creation data, no counters, because counting tasks and annotations is what makes the list
// slow on big servers - then the counters for those ids from api/projects/counts/.
class ProjectListing
{
public:
    explicit ProjectListing(Client *client)
        : m_client(client)
    { }

    // The server's largest projects page (ProjectListPagination.max_page_size).
    static constexpr int kMaxPageSize = 100;

    // GET api/projects/?page=N&page_size=M&include=id,title,created_by,created_at. With `include` the
    // server computes and sends only the fields named (checked against Label Studio 1.23.2).
    ApiJob *listPage(int page, int pageSize, QObject *context, Callback<Page<Project>> cb);
    // GET api/projects/counts/?ids=1,2,3&include=task_number,...: one page holding the counters for `ids`
    // (at most kMaxPageSize). Each item has only "id" and the counter fields.
    ApiJob *counts(const QList<int> &ids, QObject *context, Callback<Page<Project>> cb);

    static QStringList cheapFields();
    static QStringList counterFields();

private:
    Client *m_client;
};

} // namespace lsdesk
