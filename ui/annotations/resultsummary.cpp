#include "resultsummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace lsdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ResultSummary", text);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out << v.toString();
        return out;
    }
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &item : arr) {
        if (item.isString())
            out << item.toString();
        else if (item.isArray()) // a taxonomy path
            out << stringList(item).join(QLatin1String(" / "));
        else if (item.isDouble())
            out << formatNumber(item.toDouble());
    }
    return out;
}

// The labels of a region: its type's key ("rectanglelabels" -> value.rectanglelabels), else any of the
// usual keys, since a result's "type" and its value key disagree in some exports.
QStringList labelsOf(const QString &type, const QJsonObject &value)
{
    static const char *const kKeys[] = { "labels", "choices", "taxonomy", "rectanglelabels", "polygonlabels",
        "keypointlabels", "ellipselabels", "brushlabels", "hypertextlabels", "paragraphlabels",
        "timeserieslabels", "videorectanglelabels", "bitmasklabels", "vectorlabels" };
    if (type != QLatin1String("textarea") && value.contains(type))
        return stringList(value.value(type));
    for (const char *key : kKeys) {
        const QLatin1String k(key);
        if (value.contains(k))
            return stringList(value.value(k));
    }
    return {};
}

QString truncated(const QString &text, int max = 200)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

// What the region is. Several shapes can be true at once only in malformed data; the first match wins.
QStringList valuesOf(const QString &type, const QJsonObject &v)
{
    const auto num = [&v](const char *key) { return formatNumber(v.value(QLatin1String(key)).toDouble()); };
    const auto has = [&v](const char *key) { return v.contains(QLatin1String(key)); };
    const QString dash(QChar(0x2013));

    if (type == QLatin1String("textarea"))
        return stringList(v.value(QLatin1String("text")));
    if (has("rating"))
        return { tr("Rating: %1").arg(num("rating")) };
    if (has("number"))
        return { num("number") };
    if (has("datetime"))
        return { v.value(QLatin1String("datetime")).toString() };
    if (has("x") && has("y") && has("width") && has("height")) {
        QString s = QStringLiteral("%1,%2 %3%4%5 %")
                        .arg(num("x"), num("y"), num("width"), QString(QChar(0x00D7)), num("height"));
        const double rotation = v.value(QLatin1String("rotation")).toDouble();
        if (rotation != 0)
            s += tr(", rotated %1°").arg(formatNumber(rotation));
        return { s };
    }
    if (has("x") && has("y") && has("radiusX"))
        return { tr("%1,%2 radius %3%4%5 %")
                     .arg(num("x"), num("y"), num("radiusX"), QString(QChar(0x00D7)), num("radiusY")) };
    if (has("points")) {
        // A named count: lupdate 6.4 hangs on translate(..., int(...)) inside braces.
        const int points = int(v.value(QLatin1String("points")).toArray().size());
        return { QCoreApplication::translate("ResultSummary", "%n point(s)", nullptr, points) };
    }
    if (has("x") && has("y"))
        return { QStringLiteral("%1,%2 %").arg(num("x"), num("y")) };
    if (has("rle") || has("imageDataURL"))
        return { tr("mask") };
    const QJsonValue start = v.value(QLatin1String("start"));
    const QJsonValue end = v.value(QLatin1String("end"));
    if (!start.isUndefined() && !end.isUndefined()) {
        // Text spans carry numeric offsets; HyperText carries XPaths plus global offsets.
        const QJsonObject global = v.value(QLatin1String("globalOffsets")).toObject();
        const QString from = start.isDouble() ? formatNumber(start.toDouble())
            : global.isEmpty()                ? start.toString()
                                              : formatNumber(global.value(QLatin1String("start")).toDouble());
        const QString to = end.isDouble() ? formatNumber(end.toDouble())
            : global.isEmpty()            ? end.toString()
                                          : formatNumber(global.value(QLatin1String("end")).toDouble());
        QString s = from + dash + to;
        if (has("text"))
            s += QLatin1String(": ") + truncated(v.value(QLatin1String("text")).toString());
        return { s };
    }
    if (has("selected"))
        return { tr("Selected: %1").arg(v.value(QLatin1String("selected")).toString()) };
    if (!labelsOf(type, v).isEmpty())
        return {}; // a choice (or labels) over the whole object: the label says it all
    if (v.isEmpty())
        return {};
    return { truncated(QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact))) };
}
} // namespace

QString formatNumber(double value)
{
    const double rounded = std::round(value * 100) / 100;
    return QString::number(rounded, 'g', 15);
}

ParsedResult ParsedResult::parse(const QJsonArray &result)
{
    ParsedResult out;
    for (const QJsonValue &item : result) {
        const QJsonObject o = item.toObject();
        if (o.isEmpty())
            continue;
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("relation")) {
            ResultRelation r;
            r.fromId = o.value(QLatin1String("from_id")).toString();
            r.toId = o.value(QLatin1String("to_id")).toString();
            r.direction = o.value(QLatin1String("direction")).toString(QStringLiteral("right"));
            r.labels = stringList(o.value(QLatin1String("labels")));
            out.relations.append(r);
            continue;
        }
        ResultRegion region;
        region.raw = o;
        region.id = o.value(QLatin1String("id")).toString();
        region.fromName = o.value(QLatin1String("from_name")).toString();
        region.toName = o.value(QLatin1String("to_name")).toString();
        region.type = type;
        const QJsonObject value = o.value(QLatin1String("value")).toObject();
        region.labels = labelsOf(type, value);
        region.values = valuesOf(type, value);
        out.regions.append(region);
    }
    return out;
}

QString ParsedResult::describeRegion(const QString &id) const
{
    QStringList labels;
    QString text;
    bool found = false;
    // A region can have several results (labels plus a per-region text area): gather them all.
    for (const ResultRegion &r : regions) {
        if (r.id != id || id.isEmpty())
            continue;
        found = true;
        labels += r.labels;
        const QString t
            = r.raw.value(QLatin1String("value")).toObject().value(QLatin1String("text")).toString();
        if (text.isEmpty() && !t.isEmpty())
            text = t;
    }
    if (!found || (labels.isEmpty() && text.isEmpty()))
        return id;
    QString s = labels.join(QLatin1String(", "));
    if (!text.isEmpty())
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + QChar(0x201C) + truncated(text, 60)
            + QChar(0x201D);
    return s;
}

QString ParsedResult::describe(const ResultRelation &relation) const
{
    const QString arrow = relation.direction == QLatin1String("left") ? QString(QChar(0x2190))
        : relation.direction == QLatin1String("bi")                   ? QString(QChar(0x2194))
                                                                      : QString(QChar(0x2192));
    QString s = describeRegion(relation.fromId) + QLatin1Char(' ') + arrow + QLatin1Char(' ')
        + describeRegion(relation.toId);
    if (!relation.labels.isEmpty())
        s += QStringLiteral(" (%1)").arg(relation.labels.join(QLatin1String(", ")));
    return s;
}

} // namespace lsdesk
