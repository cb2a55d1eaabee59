#include "projectsapi.h"

namespace lsdesk {

namespace {
RequestSpec jsonSpec(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}

QString projectPath(int id)
{
    return QStringLiteral("api/projects/%1/").arg(id);
}
} // namespace

ApiJob *ProjectsApi::list(const ProjectQuery &query, QObject *context, Callback<Page<Project>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/projects/");
    s.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    s.query.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    if (!query.search.isEmpty())
        s.query.addQueryItem(QStringLiteral("search"), query.search);
    if (!query.title.isEmpty())
        s.query.addQueryItem(QStringLiteral("title"), query.title);
    if (!query.ordering.isEmpty())
        s.query.addQueryItem(QStringLiteral("ordering"), query.ordering);
    return m_client->call<Page<Project>>(
        s, context, std::move(cb), parsePage<Project>(query.page, query.pageSize));
}

ApiJob *ProjectsApi::get(int id, QObject *context, Callback<Project> cb)
{
    RequestSpec s;
    s.path = projectPath(id);
    return m_client->call<Project>(s, context, std::move(cb), parseObject<Project>);
}

ApiJob *ProjectsApi::create(const QJsonObject &fields, QObject *context, Callback<Project> cb)
{
    return m_client->call<Project>(jsonSpec("POST", QStringLiteral("api/projects/"), fields), context,
        std::move(cb), parseObject<Project>);
}

ApiJob *ProjectsApi::update(int id, const QJsonObject &fields, QObject *context, Callback<Project> cb)
{
    return m_client->call<Project>(
        jsonSpec("PATCH", projectPath(id), fields), context, std::move(cb), parseObject<Project>);
}

ApiJob *ProjectsApi::remove(int id, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = "DELETE";
    s.path = projectPath(id);
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *ProjectsApi::validateLabelConfig(
    int projectId, const QString &labelConfig, QObject *context, Callback<Empty> cb)
{
    const QString path = projectId > 0 ? QStringLiteral("api/projects/%1/validate/").arg(projectId)
                                       : QStringLiteral("api/projects/validate/");
    RequestSpec s = jsonSpec("POST", path, QJsonObject { { QStringLiteral("label_config"), labelConfig } });
    s.replayable = true; // validation changes nothing on the server
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *ProjectsApi::exportFormats(int projectId, QObject *context, Callback<QList<ExportFormat>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/export/formats").arg(projectId);
    return m_client->call<QList<ExportFormat>>(s, context, std::move(cb), parseArray<ExportFormat>);
}

ApiJob *ProjectsApi::summary(int projectId, QObject *context, Callback<ProjectSummary> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/summary/").arg(projectId);
    return m_client->call<ProjectSummary>(s, context, std::move(cb), parseObject<ProjectSummary>);
}

ApiJob *ProjectsApi::resetSummary(int projectId, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = "POST";
    s.path = QStringLiteral("api/projects/%1/summary/reset/").arg(projectId);
    s.body = QByteArrayLiteral("{}");
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

} // namespace lsdesk
