#include "api/commentsapi.h"

#include <QJsonDocument>

namespace lsdesk {

namespace {
RequestSpec jsonSpec(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    s.query.addQueryItem(QStringLiteral("expand_created_by"), QStringLiteral("true"));
    return s;
}

QString commentPath(int id)
{
    return QStringLiteral("api/comments/%1/").arg(id);
}
} // namespace

Comment Comment::fromJson(const QJsonObject &obj)
{
    Comment c;
    c.id = intOf(obj.value(QLatin1String("id")));
    c.annotation = intOf(obj.value(QLatin1String("annotation")));
    c.project = intOf(obj.value(QLatin1String("project")));
    c.task = intOf(obj.value(QLatin1String("task")));
    c.text = obj.value(QLatin1String("text")).toString();
    c.isResolved = obj.value(QLatin1String("is_resolved")).toBool();
    c.createdAt = parseServerTime(obj.value(QLatin1String("created_at")));
    c.updatedAt = parseServerTime(obj.value(QLatin1String("updated_at")));
    c.resolvedAt = parseServerTime(obj.value(QLatin1String("resolved_at")));
    const QJsonValue by = obj.value(QLatin1String("created_by"));
    if (by.isObject()) {
        const User u = User::fromJson(by.toObject());
        c.createdBy = u.id;
        c.authorName = u.displayName();
    } else {
        c.createdBy = intOf(by);
    }
    c.raw = obj;
    return c;
}

ApiJob *CommentsApi::list(int project, int annotation, int page, QObject *context, Callback<Page<Comment>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/comments/");
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    s.query.addQueryItem(QStringLiteral("annotation"), QString::number(annotation));
    s.query.addQueryItem(QStringLiteral("expand_created_by"), QStringLiteral("true"));
    s.query.addQueryItem(QStringLiteral("ordering"), QStringLiteral("created_at"));
    // Ignored while the server answers a bare list; they keep the pages of a paging server consistent.
    s.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    s.query.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    const auto parse = [page](const QByteArray &body, QString *error) -> std::optional<Page<Comment>> {
        const auto env = PageEnvelope::parse(body, error);
        if (!env)
            return std::nullopt;
        Page<Comment> p;
        p.items = listFromJson<Comment>(env->items);
        p.page = page;
        // A bare list is everything there is; a paged reply says its total.
        p.pageSize = env->total < 0 ? 0 : kPageSize;
        p.total = env->total;
        return p;
    };
    return m_client->call<Page<Comment>>(s, context, std::move(cb), parse);
}

ApiJob *CommentsApi::create(
    int project, int annotation, const QString &text, QObject *context, Callback<Comment> cb)
{
    const QJsonObject body { { QStringLiteral("project"), project },
        { QStringLiteral("annotation"), annotation }, { QStringLiteral("text"), text },
        { QStringLiteral("is_resolved"), false } };
    return m_client->call<Comment>(jsonSpec("POST", QStringLiteral("api/comments/"), body), context,
        std::move(cb), parseObject<Comment>);
}

ApiJob *CommentsApi::update(int id, const QJsonObject &fields, QObject *context, Callback<Comment> cb)
{
    return m_client->call<Comment>(
        jsonSpec("PATCH", commentPath(id), fields), context, std::move(cb), parseObject<Comment>);
}

ApiJob *CommentsApi::setResolved(int id, bool resolved, QObject *context, Callback<Comment> cb)
{
    return update(id, QJsonObject { { QStringLiteral("is_resolved"), resolved } }, context, std::move(cb));
}

ApiJob *CommentsApi::remove(int id, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = "DELETE";
    s.path = commentPath(id);
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

} // namespace lsdesk
