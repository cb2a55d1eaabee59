#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lsdesk {

struct TaskQuery
{
    enum class Fields { All, TaskOnly };

    int project = 0;
    int view = 0; // a Data Manager view: its saved filters and ordering apply
    Fields fields = Fields::All; // All: with annotations, predictions and drafts
    QJsonObject query; // Data Manager query: {"filters": ..., "ordering": [...], "selectedItems": ...}
    int pageSize = 100;
};

// Tasks: list pages (either envelope), get, create, update, delete, bulk import.
class TasksApi
{
public:
    explicit TasksApi(Client *client)
        : m_client(client)
    { }

    ApiJob *listPage(const TaskQuery &query, int page, QObject *context, Callback<Page<Task>> cb);
    ApiJob *get(int id, QObject *context, Callback<Task> cb);
    ApiJob *create(
        int project, const QJsonObject &data, const QJsonObject &meta, QObject *context, Callback<Task> cb);
    ApiJob *update(int id, const QJsonObject &fields, QObject *context, Callback<Task> cb);
    ApiJob *remove(int id, QObject *context, Callback<Empty> cb);
    // Imports tasks ({"data": ...} objects or flat data objects) into a project in one request.
    ApiJob *importTasks(int project, const QJsonArray &tasks, QObject *context, Callback<ImportResult> cb);

    static RequestSpec listSpec(const TaskQuery &query, int page);

private:
    Client *m_client;
};

} // namespace lsdesk
