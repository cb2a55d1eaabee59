#pragma once

#include "dto/dto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Value types for the Data Manager endpoints (api/dm/...): saved views (the web UI's tabs), the columns a
// project's task table offers, and the outcome of a bulk action. Like dto.h, each keeps `raw`.

namespace lsdesk {

// A saved Data Manager view (a tab). The server keeps everything the web UI stores in `data`; we read the
// parts the desktop needs and keep the rest in raw so that an update never drops them.
struct DmView
{
    int id = 0;
    int project = 0;
    QString title; // data.title
    QJsonObject filters; // data.filters: {"conjunction": "and", "items": [...]}, possibly empty
    QStringList ordering; // data.ordering, e.g. ["-tasks:id"]
    QStringList hiddenColumns; // data.hiddenColumns.explore, e.g. ["tasks:inner_id"]
    int order = 0;
    QJsonObject raw;

    static DmView fromJson(const QJsonObject &obj);
};

// One column of a project's task table, from GET api/dm/columns. The server names the data columns by
// their key with parent "data" ({"id": "text", "parent": "data"}); `id` here is the full name the filters
// and the ordering use ("data.text"), so it can be prefixed with "tasks:" or "filter:tasks:" as it is.
struct DmColumn
{
    QString id; // "id", "data.text", "total_annotations", ...
    QString title;
    QString type; // Number, Datetime, Boolean, String, List, Image, Text, Time, Unknown, ...
    QString target; // "tasks"
    QString parent; // "data" for the task's data keys, else empty
    QStringList children; // the "data" group column lists its keys here
    QString help;
    bool visibleInExplore = false; // visibility_defaults.explore: shown in the table by default
    bool visibleInLabeling = false;
    QJsonObject raw;

    bool isDataColumn() const { return parent == QLatin1String("data"); }
    // A column that only groups others (the "data" column): not a column of the table itself.
    bool isGroup() const { return !children.isEmpty(); }
    QString orderingId() const { return QStringLiteral("tasks:") + id; }
    QString filterId() const { return QStringLiteral("filter:tasks:") + id; }

    static DmColumn fromJson(const QJsonObject &obj);
};

// The reply to POST api/dm/actions/: {"processed_items": n, "reload": bool, "detail": "Deleted n tasks"}.
struct DmActionResult
{
    int processedItems = 0;
    bool reload = false;
    QString detail;
    QJsonObject raw;

    static DmActionResult fromJson(const QJsonObject &obj);
};

// A task as the Data Manager's list shows it: the Task fields a table needs plus the list-only columns
// (annotators, completed_at) that Task does not model, without `raw`, so that a page of rows held by a
// model costs only what it shows.
struct TaskListRow
{
    int id = 0;
    int innerId = 0;
    QJsonObject data;
    int totalAnnotations = 0;
    int cancelledAnnotations = 0;
    int totalPredictions = 0;
    QList<int> annotators; // user ids
    QDateTime completedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static TaskListRow fromTask(const Task &task);
};

} // namespace lsdesk
