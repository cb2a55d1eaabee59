#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lsdesk {

// One entry of an annotation's or prediction's "result", read into what the tree shows. Label Studio
// results are a list of regions keyed by control (from_name) and object (to_name); relations join two
// regions by their ids.
struct ResultRegion
{
    QString id;
    QString fromName; // the control tag's name
    QString toName; // the object tag's name
    QString type; // "labels", "choices", "rectanglelabels", "textarea", ...
    // The labels or choices the region carries (a taxonomy path as "A / B"); empty for a bare shape, a
    // text area, a rating or a number.
    QStringList labels;
    // What the region is, one line each: "0–5: Alice", "10,20 30×40 %", the text of a text area ...
    // Empty for a choice over the whole task.
    QStringList values;
    QJsonObject raw;
};

struct ResultRelation
{
    QString fromId;
    QString toId;
    QString direction; // "right" (default), "left" or "bi"
    QStringList labels;
};

struct ParsedResult
{
    QList<ResultRegion> regions;
    QList<ResultRelation> relations;

    static ParsedResult parse(const QJsonArray &result);
    // "PER "Alice" → ORG "Acme" (works_at)": the regions named by their labels and text (or their id).
    QString describe(const ResultRelation &relation) const;
    // "PER "Alice"", or the id when the region is unknown.
    QString describeRegion(const QString &id) const;
};

// Numbers as the tree shows them: at most two decimals, no trailing zeros ("12.5", "30").
QString formatNumber(double value);

} // namespace lsdesk
