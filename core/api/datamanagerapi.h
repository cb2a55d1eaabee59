#pragma once

#include "api/client.h"
#include "dto/datamanager.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace lsdesk {

// One Data Manager filter item. `column` names the column as the ordering does ("tasks:data.text",
// "tasks:total_annotations"); a bare column id ("data.text") or a full filter id ("filter:tasks:id") is
// accepted too. `op` is one of operatorsFor(type); `value` depends on the operator: a number, a string, a
// bool for "empty", {"min", "max"} for "in"/"not_in", an array for "in_list"/"not_in_list".
struct DmFilter
{
    QString column;
    QString op;
    QString type;
    QJsonValue value;

    friend bool operator==(const DmFilter &a, const DmFilter &b)
    {
        return a.column == b.column && a.op == b.op && a.type == b.type && a.value == b.value;
    }
};

// The Data Manager query the task list takes in its `query` parameter (label-studio-api.md §5.1):
// {"filters": {"conjunction": "and"|"or", "items": [{"filter", "operator", "type", "value"}]},
//  "ordering": ["-tasks:id"]}. The server honours one ordering field.
QJsonObject dmQuery(const QList<DmFilter> &filters, const QString &conjunction, const QStringList &ordering);
// The filter items of a saved view's or a query's "filters" object, and its conjunction ("and" if unset).
QList<DmFilter> dmFiltersFromJson(const QJsonObject &filters, QString *conjunction = nullptr);
// The operators that fit a column type, as the web UI offers them (features-and-agreement.md §1.4);
// unknown types are treated as strings.
QStringList operatorsFor(const QString &type);

// The Data Manager: saved views (tabs), the columns of a project's task table, and bulk actions.
class DataManagerApi
{
public:
    explicit DataManagerApi(Client *client)
        : m_client(client)
    { }

    ApiJob *views(int project, QObject *context, Callback<QList<DmView>> cb);
    ApiJob *createView(int project, const QString &title, const QJsonObject &filters,
        const QStringList &ordering, QObject *context, Callback<DmView> cb);
    // Saves title, filters and ordering of `view`; whatever else the view's data holds (hidden columns,
    // widths the web UI stored) is sent back unchanged from view.raw.
    ApiJob *updateView(const DmView &view, QObject *context, Callback<DmView> cb);
    ApiJob *deleteView(int viewId, QObject *context, Callback<Empty> cb);
    // The columns of the project's task table, including the "data" group column (isGroup()).
    ApiJob *columns(int project, QObject *context, Callback<QList<DmColumn>> cb);
    // Runs a bulk action ("delete_tasks", "delete_tasks_annotations", ...) on the selected tasks:
    // selectedItems is {"all": false, "included": [ids]} or {"all": true, "excluded": [ids]}. With a view,
    // the server applies that view's filters to an "all" selection.
    ApiJob *runAction(int project, const QString &actionId, const QJsonObject &selectedItems, int view,
        QObject *context, Callback<DmActionResult> cb);

    static RequestSpec runActionSpec(
        int project, const QString &actionId, const QJsonObject &selectedItems, int view = 0);

private:
    Client *m_client;
};

} // namespace lsdesk
