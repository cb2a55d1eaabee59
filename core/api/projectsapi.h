#pragma once

#include "api/client.h"
#include "dto/dto.h"
#include "labelconfig/configdiff.h"

#include <QJsonObject>

namespace lsdesk {

struct ProjectQuery
{
    int page = 1;
    int pageSize = 100;
    QString search; // the server's free-text search
    QString title; // title contains (case-insensitive)
    QString ordering; // e.g. "-created_at" (the server's default), "title"
};

// Projects: list (paged), get, create, update, delete, label-config validation, export formats.
class ProjectsApi
{
public:
    explicit ProjectsApi(Client *client)
        : m_client(client)
    { }

    ApiJob *list(const ProjectQuery &query, QObject *context, Callback<Page<Project>> cb);
    ApiJob *get(int id, QObject *context, Callback<Project> cb);
    // `fields` is the JSON the server takes: title, description, label_config, ...
    ApiJob *create(const QJsonObject &fields, QObject *context, Callback<Project> cb);
    ApiJob *update(int id, const QJsonObject &fields, QObject *context, Callback<Project> cb);
    ApiJob *remove(int id, QObject *context, Callback<Empty> cb);
    // Validates a label config; with projectId > 0 also against that project's existing annotations.
    // A rejected config is an error whose validationText() holds the server's message.
    ApiJob *validateLabelConfig(
        int projectId, const QString &labelConfig, QObject *context, Callback<Empty> cb);
    ApiJob *exportFormats(int projectId, QObject *context, Callback<QList<ExportFormat>> cb);
    // What existing annotations and drafts use: the input for predicting whether a config change is refused.
    ApiJob *summary(int projectId, QObject *context, Callback<ProjectSummary> cb);
    // Has the server recount its summary from the stored annotations and drafts (POST .../summary/reset/).
    // The server keeps the summary up to date change by change and says itself that it drifts; a drifted
    // summary refuses config changes that no annotation blocks, or lets through ones that break some.
    ApiJob *resetSummary(int projectId, QObject *context, Callback<Empty> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
