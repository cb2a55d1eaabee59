#include "dmactionsapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace lsdesk {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

std::optional<QList<DmActionField>> parseForm(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Client", "malformed JSON (%1 at byte %2)")
                     .arg(perr.errorString())
                     .arg(perr.offset);
        return std::nullopt;
    }
    if (doc.isNull() || (doc.isObject() && doc.object().isEmpty()))
        return QList<DmActionField> {};
    if (!doc.isArray()) {
        *error = QCoreApplication::translate("Client", "expected a JSON array");
        return std::nullopt;
    }
    return dmActionFormFromJson(doc.array());
}
} // namespace

DmActionField DmActionField::fromJson(const QJsonObject &obj)
{
    DmActionField f;
    f.name = str(obj, "name");
    f.type = str(obj, "type");
    f.label = str(obj, "label");
    f.placeholder = str(obj, "placeholder");
    for (const QJsonValue &v : obj.value(QLatin1String("options")).toArray()) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QJsonValue value = o.value(QLatin1String("value"));
            // Ids come as strings from the annotator form, but a server may send numbers.
            const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
            const QString label = str(o, "label");
            f.options.append({ text, label.isEmpty() ? text : label });
        } else {
            const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
            f.options.append({ text, text });
        }
    }
    if (obj.contains(QLatin1String("value")) && !obj.value(QLatin1String("value")).isNull())
        f.defaultValue = obj.value(QLatin1String("value"));
    return f;
}

QList<DmActionField> dmActionFormFromJson(const QJsonArray &form)
{
    QList<DmActionField> out;
    for (const QJsonValue &v : form) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("fields"))) {
            for (const QJsonValue &f : o.value(QLatin1String("fields")).toArray())
                out.append(DmActionField::fromJson(f.toObject()));
        } else if (o.contains(QLatin1String("name"))) {
            out.append(DmActionField::fromJson(o));
        }
    }
    return out;
}

DmActionPrompt DmActionPrompt::fromJson(const QJsonObject &obj)
{
    DmActionPrompt d;
    d.present = !obj.isEmpty();
    d.title = str(obj, "title");
    d.text = str(obj, "text");
    d.type = str(obj, "type");
    const QJsonValue form = obj.value(QLatin1String("form"));
    // get_all_actions() replaces a form generator by null; an action without a form has no "form" key.
    d.formOnDemand = obj.contains(QLatin1String("form")) && form.isNull();
    d.form = dmActionFormFromJson(form.toArray());
    return d;
}

DmAction DmAction::fromJson(const QJsonObject &obj)
{
    DmAction a;
    a.id = str(obj, "id");
    a.title = str(obj, "title");
    a.order = obj.value(QLatin1String("order")).toInt();
    a.experimental = obj.value(QLatin1String("experimental")).toBool();
    // "disabled" is a bool once the server evaluated its generator; anything else counts as enabled.
    a.disabled = obj.value(QLatin1String("disabled")).toBool();
    a.disabledReason = str(obj, "disabled_reason");
    a.dialog = DmActionPrompt::fromJson(obj.value(QLatin1String("dialog")).toObject());
    a.raw = obj;
    return a;
}

DmSelection DmSelection::ids(const QList<int> &ids)
{
    DmSelection s;
    s.included = ids;
    return s;
}

DmSelection DmSelection::allMatching(const QJsonObject &query, const QList<int> &excluded)
{
    DmSelection s;
    s.all = true;
    s.query = query;
    s.excluded = excluded;
    return s;
}

QJsonObject DmSelection::toBody(const QJsonObject &formValues) const
{
    QJsonObject body = formValues;
    // Without "selectedItems" the server takes every task ({"all": true}): always send it.
    body.insert(QStringLiteral("selectedItems"),
        all ? QJsonObject { { QStringLiteral("all"), true },
            { QStringLiteral("excluded"), idArray(excluded) } }
            : QJsonObject {
                { QStringLiteral("all"), false }, { QStringLiteral("included"), idArray(included) } });
    if (all) {
        for (const char *key : { "filters", "ordering" }) {
            const QJsonValue v = query.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull())
                body.insert(QLatin1String(key), v);
        }
    }
    return body;
}

ApiJob *DmActionsApi::list(int project, QObject *context, Callback<QList<DmAction>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/dm/actions/");
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<DmAction>>(s, context, std::move(cb), parseArray<DmAction>);
}

ApiJob *DmActionsApi::form(
    int project, const QString &actionId, QObject *context, Callback<QList<DmActionField>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/dm/actions/%1/form/")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(actionId)));
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<DmActionField>>(s, context, std::move(cb), parseForm);
}

RequestSpec DmActionsApi::runSpec(
    int project, const QString &actionId, const DmSelection &selection, const QJsonObject &formValues)
{
    RequestSpec s;
    s.verb = "POST";
    s.path = QStringLiteral("api/dm/actions/");
    s.query.addQueryItem(QStringLiteral("id"), actionId);
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    s.body = QJsonDocument(selection.toBody(formValues)).toJson(QJsonDocument::Compact);
    s.timeoutMs = 300000; // the server answers once the whole selection is processed
    return s;
}

ApiJob *DmActionsApi::run(int project, const QString &actionId, const DmSelection &selection,
    const QJsonObject &formValues, QObject *context, Callback<DmActionResult> cb)
{
    return m_client->call<DmActionResult>(runSpec(project, actionId, selection, formValues), context,
        std::move(cb), parseObject<DmActionResult>);
}

} // namespace lsdesk
