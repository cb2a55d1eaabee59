#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lsdesk {

// One comment on an annotation (Label Studio Enterprise: api/comments/). With expand_created_by the
// author comes as a user object, otherwise as an id; both are read.
struct Comment
{
    int id = 0;
    int annotation = 0;
    int project = 0;
    int task = 0;
    QString text;
    bool isResolved = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    int createdBy = 0;
    QString authorName; // from the expanded author; empty when the server sent only an id
    QJsonObject raw;

    static Comment fromJson(const QJsonObject &obj);
};

// Comments exist on Enterprise servers only: a Community server has no api/comments/ route, so callers
// ask the server's edition (ServerVersion::isEnterprise) before they use this at all.
class CommentsApi
{
public:
    explicit CommentsApi(Client *client)
        : m_client(client)
    { }

    static constexpr int kPageSize = 100;

    // The comments of one annotation, oldest first. The server answers a bare list; should it page
    // ({"results", "count"}), `page` walks the pages (Page::hasNext).
    ApiJob *list(int project, int annotation, int page, QObject *context, Callback<Page<Comment>> cb);
    ApiJob *create(int project, int annotation, const QString &text, QObject *context, Callback<Comment> cb);
    // PATCH of only the given fields (is_resolved, text).
    ApiJob *update(int id, const QJsonObject &fields, QObject *context, Callback<Comment> cb);
    ApiJob *setResolved(int id, bool resolved, QObject *context, Callback<Comment> cb);
    ApiJob *remove(int id, QObject *context, Callback<Empty> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
