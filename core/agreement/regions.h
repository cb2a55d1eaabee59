#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace lsdesk::agreement {

// How a control tag's results are compared (label-studio-api.md §9.3, features-and-agreement.md §2.2).
// Decided from the control tag's name in the label config when known, else from the result's "type".
enum class MetricKind {
    Choices, // Choices: exact match of the selected set (partial credit as an option)
    Number, // Number: numeric difference
    Rating, // Rating: numeric difference on 1..maxRating
    TextSpans, // Labels on Text (start/end character offsets): overlap
    HyperTextSpans, // HyperTextLabels, ParagraphLabels (start/end xpath + startOffset/endOffset): overlap
    TimeSpans, // TimeSeriesLabels (start/end, numbers or times), audio Labels (start/end seconds): overlap
    Boxes, // RectangleLabels / Rectangle: IoU (rotation-aware), regions paired only with matching labels
    Polygons, // PolygonLabels / Polygon: IoU
    KeyPoints, // KeyPointLabels / KeyPoint: exact match
    TextArea, // TextArea: index-aligned edit-distance similarity
    Taxonomy, // Taxonomy: exact match of the selected paths (path matching as an option)
    Exact, // everything else (Pairwise, DateTime, Brush, Ranker, unknown types): exact match of the value
};

// What a label config says about a control tag, when we have the config (a live project); an export
// file has none and every field then comes from the results themselves.
struct ControlHint
{
    MetricKind kind = MetricKind::Exact;
    bool perRegion = false; // Choices/TextArea/Number/... with perRegion="true": attached to regions
    double minValue = 0, maxValue = 0; // Number min/max (both 0: not given)
    int maxRating = 5; // Rating maxRating
    QString objectText; // for TextSpans: the task data key of the object's text ("text" for value="$text")
};

// One region (or the single whole-object value) of a control tag in one annotation, reduced to what the
// metrics need. Coordinates are the result's own: percent of the image for boxes, polygons and key
// points; character offsets or times for spans.
struct Region
{
    QString id; // the result's "id": links per-region results (Choices, TextArea...) to their region
    QStringList labels; // sorted, unique; for Choices the selected choices
    // Spans: [start, end) in characters (TextSpans, HyperTextSpans) or time (TimeSpans); for TextSpans also
    // in tokens of the task's text when it is known: [tokenStart, tokenEnd) indices of the whitespace-
    // separated tokens the span touches (-1 when the text is unknown).
    double start = 0, end = 0;
    int tokenStart = -1, tokenEnd = -1;
    QString startContainer, endContainer; // HyperText/Paragraph xpaths: spans overlap only within the same
    // Boxes: x, y, width, height, rotation (degrees, clockwise about the top-left corner, as Label Studio).
    double x = 0, y = 0, width = 0, height = 0, rotation = 0;
    QList<QPointF> points; // polygon vertices, or the one key point
    QStringList texts; // TextArea
    double number = 0; // Number, Rating
    QList<QStringList> paths; // Taxonomy: each selected path from the root
    QString canonical; // Exact: the value as compact JSON with sorted keys
    // perRegion controls attached to this region, by control name: their regions (one each, normally).
    QHash<QString, QList<Region>> attached;
};

// One control tag's results in one annotation.
struct ControlResult
{
    QString name; // from_name
    MetricKind kind = MetricKind::Exact;
    QList<Region> regions;
};

// The result list of one annotation or prediction, grouped by control tag (sorted by name). perRegion
// results are attached to the region with the same id (when there is one) instead of standing alone.
// `hints` comes from the label config (may be empty); `taskData` (the task's "data") supplies the text
// that TextSpans are tokenised against: the hint's objectText key, else the result's "to_name" key, else
// the only string value; may be empty (then token indices stay -1).
QList<ControlResult> parseResults(const QJsonArray &result, const QJsonObject &taskData = {},
    const QHash<QString, ControlHint> &hints = {});

// The metric of a result "type" ("rectanglelabels" → Boxes...), for results without a config hint.
MetricKind kindOfResultType(const QString &type);
// The hints of every control tag in a label config (via LabelInterface); empty when it does not parse.
QHash<QString, ControlHint> hintsFromConfig(const QString &labelConfigXml);

} // namespace lsdesk::agreement
