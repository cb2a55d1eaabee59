#include "datamanagerapi.h"

#include <QJsonArray>

namespace lsdesk {

namespace {
QString viewPath(int id)
{
    return QStringLiteral("api/dm/views/%1/").arg(id);
}

QJsonObject viewData(
    const QString &title, const QJsonObject &filters, const QStringList &ordering, QJsonObject base = {})
{
    base.insert(QStringLiteral("title"), title);
    base.insert(QStringLiteral("filters"),
        filters.isEmpty() ? QJsonObject { { QStringLiteral("conjunction"), QStringLiteral("and") },
            { QStringLiteral("items"), QJsonArray {} } }
                          : filters);
    base.insert(QStringLiteral("ordering"), QJsonArray::fromStringList(ordering));
    return base;
}

RequestSpec jsonSpec(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}

// {"columns": [...]} -> the columns.
std::optional<QList<DmColumn>> parseColumns(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const QJsonValue columns = doc.object().value(QLatin1String("columns"));
    if (perr.error != QJsonParseError::NoError || !columns.isArray()) {
        *error = perr.error != QJsonParseError::NoError
            ? QCoreApplication::translate("Client", "malformed JSON (%1 at byte %2)")
                  .arg(perr.errorString())
                  .arg(perr.offset)
            : QCoreApplication::translate("Client", "expected {\"columns\": [...]}");
        return std::nullopt;
    }
    return listFromJson<DmColumn>(columns.toArray());
}

QString filterId(const QString &column)
{
    if (column.startsWith(QLatin1String("filter:")))
        return column;
    if (column.startsWith(QLatin1String("tasks:")))
        return QStringLiteral("filter:") + column;
    return QStringLiteral("filter:tasks:") + column;
}
} // namespace

QJsonObject dmQuery(const QList<DmFilter> &filters, const QString &conjunction, const QStringList &ordering)
{
    QJsonArray items;
    for (const DmFilter &f : filters) {
        items.append(QJsonObject { { QStringLiteral("filter"), filterId(f.column) },
            { QStringLiteral("operator"), f.op }, { QStringLiteral("type"), f.type },
            { QStringLiteral("value"), f.value } });
    }
    const QString conj = conjunction == QLatin1String("or") ? conjunction : QStringLiteral("and");
    return QJsonObject {
        { QStringLiteral("filters"),
            QJsonObject { { QStringLiteral("conjunction"), conj }, { QStringLiteral("items"), items } } },
        { QStringLiteral("ordering"), QJsonArray::fromStringList(ordering) },
    };
}

QList<DmFilter> dmFiltersFromJson(const QJsonObject &filters, QString *conjunction)
{
    if (conjunction)
        *conjunction = filters.value(QLatin1String("conjunction")).toString() == QLatin1String("or")
            ? QStringLiteral("or")
            : QStringLiteral("and");
    QList<DmFilter> out;
    const QJsonArray items = filters.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QString column = o.value(QLatin1String("filter")).toString();
        if (column.startsWith(QLatin1String("filter:")))
            column = column.mid(7);
        out.append(DmFilter { column, o.value(QLatin1String("operator")).toString(),
            o.value(QLatin1String("type")).toString(), o.value(QLatin1String("value")) });
    }
    return out;
}

QStringList operatorsFor(const QString &type)
{
    // The web UI's components/Filters/types/*.jsx; "empty" (is empty: yes/no) fits every type.
    if (type == QLatin1String("Number") || type == QLatin1String("Time"))
        return { QStringLiteral("equal"), QStringLiteral("not_equal"), QStringLiteral("less"),
            QStringLiteral("greater"), QStringLiteral("less_or_equal"), QStringLiteral("greater_or_equal"),
            QStringLiteral("in"), QStringLiteral("not_in"), QStringLiteral("in_list"),
            QStringLiteral("not_in_list"), QStringLiteral("empty") };
    if (type == QLatin1String("Datetime") || type == QLatin1String("Date"))
        return { QStringLiteral("less"), QStringLiteral("greater"), QStringLiteral("in"),
            QStringLiteral("not_in"), QStringLiteral("empty") };
    if (type == QLatin1String("Boolean"))
        return { QStringLiteral("equal"), QStringLiteral("empty") };
    if (type == QLatin1String("List"))
        return { QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("empty") };
    // String, Text, Image, Audio, Video, Unknown, ...
    return { QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("regex"),
        QStringLiteral("equal"), QStringLiteral("not_equal"), QStringLiteral("empty") };
}

ApiJob *DataManagerApi::views(int project, QObject *context, Callback<QList<DmView>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/dm/views/");
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<DmView>>(s, context, std::move(cb), parseArray<DmView>);
}

ApiJob *DataManagerApi::createView(int project, const QString &title, const QJsonObject &filters,
    const QStringList &ordering, QObject *context, Callback<DmView> cb)
{
    const QJsonObject body { { QStringLiteral("project"), project },
        { QStringLiteral("data"), viewData(title, filters, ordering) } };
    return m_client->call<DmView>(
        jsonSpec("POST", QStringLiteral("api/dm/views/"), body), context, std::move(cb), parseObject<DmView>);
}

ApiJob *DataManagerApi::updateView(const DmView &view, QObject *context, Callback<DmView> cb)
{
    const QJsonObject body { { QStringLiteral("project"), view.project },
        { QStringLiteral("data"),
            viewData(view.title, view.filters, view.ordering,
                view.raw.value(QLatin1String("data")).toObject()) } };
    return m_client->call<DmView>(
        jsonSpec("PATCH", viewPath(view.id), body), context, std::move(cb), parseObject<DmView>);
}

ApiJob *DataManagerApi::deleteView(int viewId, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = "DELETE";
    s.path = viewPath(viewId);
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *DataManagerApi::columns(int project, QObject *context, Callback<QList<DmColumn>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/dm/columns/");
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<DmColumn>>(s, context, std::move(cb), parseColumns);
}

RequestSpec DataManagerApi::runActionSpec(
    int project, const QString &actionId, const QJsonObject &selectedItems, int view)
{
    RequestSpec s = jsonSpec("POST", QStringLiteral("api/dm/actions/"),
        QJsonObject { { QStringLiteral("selectedItems"), selectedItems } });
    s.query.addQueryItem(QStringLiteral("id"), actionId);
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    if (view > 0)
        s.query.addQueryItem(QStringLiteral("view"), QString::number(view));
    s.timeoutMs = 300000; // the server answers when the whole selection is processed
    return s;
}

ApiJob *DataManagerApi::runAction(int project, const QString &actionId, const QJsonObject &selectedItems,
    int view, QObject *context, Callback<DmActionResult> cb)
{
    return m_client->call<DmActionResult>(runActionSpec(project, actionId, selectedItems, view), context,
        std::move(cb), parseObject<DmActionResult>);
}

} // namespace lsdesk
