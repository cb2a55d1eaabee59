#include "datamanager.h"

#include <QJsonArray>

namespace lsdesk {

namespace {
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    out.reserve(arr.size());
    for (const QJsonValue &item : arr) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}
} // namespace

DmView DmView::fromJson(const QJsonObject &o)
{
    DmView v;
    v.raw = o;
    v.id = intOf(o.value(QLatin1String("id")));
    v.project = intOf(o.value(QLatin1String("project")));
    v.order = intOf(o.value(QLatin1String("order")));
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    v.title = data.value(QLatin1String("title")).toString();
    v.filters = data.value(QLatin1String("filters")).toObject();
    v.ordering = stringList(data.value(QLatin1String("ordering")));
    // The web UI stores {"explore": [...], "labeling": [...]}; older views a plain list.
    const QJsonValue hidden = data.value(QLatin1String("hiddenColumns"));
    v.hiddenColumns
        = stringList(hidden.isObject() ? hidden.toObject().value(QLatin1String("explore")) : hidden);
    return v;
}

DmColumn DmColumn::fromJson(const QJsonObject &o)
{
    DmColumn c;
    c.raw = o;
    c.parent = o.value(QLatin1String("parent")).toString();
    const QString id = o.value(QLatin1String("id")).toString();
    c.id = c.parent.isEmpty() ? id : c.parent + QLatin1Char('.') + id;
    c.title = o.value(QLatin1String("title")).toString();
    if (c.title.isEmpty())
        c.title = id;
    c.type = o.value(QLatin1String("type")).toString(QStringLiteral("Unknown"));
    c.target = o.value(QLatin1String("target")).toString();
    c.children = stringList(o.value(QLatin1String("children")));
    c.help = o.value(QLatin1String("help")).toString();
    const QJsonObject vis = o.value(QLatin1String("visibility_defaults")).toObject();
    c.visibleInExplore = vis.value(QLatin1String("explore")).toBool();
    c.visibleInLabeling = vis.value(QLatin1String("labeling")).toBool();
    return c;
}

DmActionResult DmActionResult::fromJson(const QJsonObject &o)
{
    DmActionResult r;
    r.raw = o;
    r.processedItems = intOf(o.value(QLatin1String("processed_items")));
    r.reload = o.value(QLatin1String("reload")).toBool();
    r.detail = o.value(QLatin1String("detail")).toString();
    return r;
}

TaskListRow TaskListRow::fromTask(const Task &t)
{
    TaskListRow r;
    r.id = t.id;
    r.innerId = t.innerId;
    r.data = t.data;
    r.totalAnnotations = t.totalAnnotations;
    r.cancelledAnnotations = t.cancelledAnnotations;
    r.totalPredictions = t.totalPredictions;
    r.createdAt = t.createdAt;
    r.updatedAt = t.updatedAt;
    r.completedAt = parseServerTime(t.raw.value(QLatin1String("completed_at")));
    // Ids in Community; some versions send user objects ({"id": ...}): intOf reads both.
    const QJsonArray annotators = t.raw.value(QLatin1String("annotators")).toArray();
    r.annotators.reserve(annotators.size());
    for (const QJsonValue &a : annotators) {
        const int id = intOf(a);
        if (id > 0)
            r.annotators << id;
    }
    return r;
}

} // namespace lsdesk
