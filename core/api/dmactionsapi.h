#pragma once

#include "api/client.h"
#include "dto/datamanager.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace lsdesk {

// One field of an action's form, as data_manager/actions/*.py describe it: {"type": "select" | "input" |
// "number" | ..., "name", "label", "options": ["a", ...] or [{"value", "label"}, ...], "value" (the
// default), "placeholder"}. The field's value is sent at the top level of the action's body under `name`.
struct DmActionField
{
    QString name;
    QString type;
    QString label;
    QString placeholder;
    QList<QPair<QString, QString>> options; // (value, label); a bare string option is both
    QJsonValue defaultValue { QJsonValue::Undefined }; // "value"; Undefined when the server gives none

    static DmActionField fromJson(const QJsonObject &obj);
};

// Parses a form: a list of sections [{"columnCount", "fields": [...]}], or a bare list of fields.
QList<DmActionField> dmActionFormFromJson(const QJsonArray &form);

// The confirmation the web UI shows before running an action: {"title", "text", "type": "confirm", "form"}.
struct DmActionPrompt
{
    QString title;
    QString text;
    QString type;
    QList<DmActionField> form;
    // The server computes some forms per project (who annotated, which model versions) and lists them
    // as "form": null: they come from GET api/dm/actions/<id>/form/ when the action is chosen.
    bool formOnDemand = false;
    bool present = false; // the action has a dialog at all

    static DmActionPrompt fromJson(const QJsonObject &obj);
};

// One action of GET api/dm/actions/?project=<id> (data_manager/actions/__init__.py::get_all_actions).
struct DmAction
{
    QString id;
    QString title;
    int order = 0;
    bool experimental = false;
    bool disabled = false;
    QString disabledReason;
    DmActionPrompt dialog;
    QJsonObject raw;

    static DmAction fromJson(const QJsonObject &obj);
};

// Which tasks an action applies to: the given ids, or every task the query matches (the filters and
// ordering of the table, {"filters": {...}, "ordering": [...]} as dmQuery() builds them) minus `excluded`.
struct DmSelection
{
    bool all = false;
    QList<int> included; // all == false
    QList<int> excluded; // all == true
    QJsonObject query; // all == true: "filters" and "ordering"; empty for every task of the project

    static DmSelection ids(const QList<int> &ids);
    static DmSelection allMatching(const QJsonObject &query, const QList<int> &excluded = {});
    bool isEmpty() const { return !all && included.isEmpty(); }
    // The action's body: {"selectedItems": ..., "filters": ..., "ordering": ...} plus the form values at
    // the top level, where the actions read them (request.data.get(name)).
    QJsonObject toBody(const QJsonObject &formValues = {}) const;
};

// GET api/dm/actions/ and POST api/dm/actions/?id=&project= (label-studio-api.md §5.1).
class DmActionsApi
{
public:
    explicit DmActionsApi(Client *client)
        : m_client(client)
    { }

    // The actions the current user may run in `project`, in the server's order.
    ApiJob *list(int project, QObject *context, Callback<QList<DmAction>> cb);
    // The form of an action whose dialog says formOnDemand.
    ApiJob *form(int project, const QString &actionId, QObject *context, Callback<QList<DmActionField>> cb);
    // Runs `actionId`; the reply ({"processed_items", "detail", "reload", ...}) is in DmActionResult::raw
    // as well. Never replayed: a retried delete would report zero on the second run.
    ApiJob *run(int project, const QString &actionId, const DmSelection &selection,
        const QJsonObject &formValues, QObject *context, Callback<DmActionResult> cb);

    static RequestSpec runSpec(
        int project, const QString &actionId, const DmSelection &selection, const QJsonObject &formValues);

private:
    Client *m_client;
};

} // namespace lsdesk
