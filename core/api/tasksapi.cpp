#include "tasksapi.h"

#include <QUrl>

namespace lsdesk {

namespace {
// QUrlQuery leaves '+' alone, which the server decodes as a space: encode values completely ourselves.
void addEncoded(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}
} // namespace

RequestSpec TasksApi::listSpec(const TaskQuery &query, int page)
{
    RequestSpec s;
    s.path = QStringLiteral("api/tasks/");
    if (query.project > 0)
        s.query.addQueryItem(QStringLiteral("project"), QString::number(query.project));
    if (query.view > 0)
        s.query.addQueryItem(QStringLiteral("view"), QString::number(query.view));
    s.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    s.query.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    s.query.addQueryItem(QStringLiteral("fields"),
        query.fields == TaskQuery::Fields::All ? QStringLiteral("all") : QStringLiteral("task_only"));
    if (!query.query.isEmpty())
        addEncoded(s.query, QStringLiteral("query"),
            QString::fromUtf8(QJsonDocument(query.query).toJson(QJsonDocument::Compact)));
    return s;
}

ApiJob *TasksApi::listPage(const TaskQuery &query, int page, QObject *context, Callback<Page<Task>> cb)
{
    return m_client->call<Page<Task>>(
        listSpec(query, page), context, std::move(cb), parsePage<Task>(page, query.pageSize));
}

ApiJob *TasksApi::get(int id, QObject *context, Callback<Task> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/tasks/%1/").arg(id);
    return m_client->call<Task>(s, context, std::move(cb), parseObject<Task>);
}

ApiJob *TasksApi::create(
    int project, const QJsonObject &data, const QJsonObject &meta, QObject *context, Callback<Task> cb)
{
    RequestSpec s;
    s.verb = "POST";
    s.path = QStringLiteral("api/tasks/");
    QJsonObject body { { QStringLiteral("project"), project }, { QStringLiteral("data"), data } };
    if (!meta.isEmpty())
        body.insert(QStringLiteral("meta"), meta);
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_client->call<Task>(s, context, std::move(cb), parseObject<Task>);
}

ApiJob *TasksApi::update(int id, const QJsonObject &fields, QObject *context, Callback<Task> cb)
{
    RequestSpec s;
    s.verb = "PATCH";
    s.path = QStringLiteral("api/tasks/%1/").arg(id);
    s.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return m_client->call<Task>(s, context, std::move(cb), parseObject<Task>);
}

ApiJob *TasksApi::remove(int id, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = "DELETE";
    s.path = QStringLiteral("api/tasks/%1/").arg(id);
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *TasksApi::importTasks(
    int project, const QJsonArray &tasks, QObject *context, Callback<ImportResult> cb)
{
    RequestSpec s;
    s.verb = "POST";
    s.path = QStringLiteral("api/projects/%1/import").arg(project);
    s.query.addQueryItem(QStringLiteral("return_task_ids"), QStringLiteral("true"));
    s.body = QJsonDocument(tasks).toJson(QJsonDocument::Compact);
    s.timeoutMs = 300000; // the server answers only when all tasks are stored
    return m_client->call<ImportResult>(s, context, std::move(cb), parseObject<ImportResult>);
}

} // namespace lsdesk
