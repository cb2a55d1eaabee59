// Label Studio result JSON → ControlResult/Region (docs/agreement.md "Reading results").
#include "agreement/regions.h"

#include "agreement/engine_private.h"
#include "agreement/geometry.h"
#include "agreement/json_simd.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace lsdesk::agreement {

namespace {

// Controls whose results describe the whole object or one region's attribute, never a region of their
// own: with the id of a region they belong to it (Label Studio's perRegion results share the region id).
bool isClassificationKind(MetricKind k)
{
    return k == MetricKind::Choices || k == MetricKind::Number || k == MetricKind::Rating
        || k == MetricKind::TextArea || k == MetricKind::Taxonomy;
}

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QStringList sortedUnique(QStringList l)
{
    std::sort(l.begin(), l.end());
    l.erase(std::unique(l.begin(), l.end()), l.end());
    return l;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &e : a)
            out.append(stringOf(e));
    } else if (!v.isUndefined() && !v.isNull()) {
        out.append(stringOf(v));
    }
    return out;
}

// The region's labels: value[type] ("rectanglelabels": [...]), else any "...labels" array in the value
// (a result whose type and label key disagree, as hand-made imports sometimes have).
QStringList labelsOfValue(const QJsonObject &value, const QString &type)
{
    const QJsonValue direct = value.value(type);
    if (direct.isArray())
        return sortedUnique(stringsOf(direct));
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().isArray() && it.key().endsWith(QLatin1String("labels")))
            return sortedUnique(stringsOf(it.value()));
    }
    return {};
}

// Times in TimeSeriesLabels are numbers or date strings; dates become milliseconds since the epoch
// (UTC when the string names no zone: both annotations are read the same way, which is all IoU needs).
double timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return 0;
    const QString s = v.toString().trimmed();
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        return d;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(QString(s).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (date.isValid())
            dt = date.startOfDay(Qt::UTC);
    }
    if (!dt.isValid())
        return 0;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return double(dt.toMSecsSinceEpoch());
}

// Whitespace-separated tokens of a task text, as [start, end) UTF-16 offsets (Label Studio's offsets
// are JavaScript string indices, i.e. UTF-16 code units, like QString's).
struct Tokens
{
    std::vector<int> starts, ends;

    explicit Tokens(const QString &text)
    {
        const int n = int(text.size());
        const QChar *c = text.constData();
        int i = 0;
        while (i < n) {
            while (i < n && c[i].isSpace())
                ++i;
            if (i >= n)
                break;
            const int s = i;
            while (i < n && !c[i].isSpace())
                ++i;
            starts.push_back(s);
            ends.push_back(i);
        }
    }

    // [first, last) indices of the tokens that [start, end) touches; -1/-1 when it touches none.
    void span(double start, double end, int *first, int *last) const
    {
        const int s = int(std::floor(start)), e = int(std::ceil(end));
        // First token ending after s, first token starting at or after e.
        const int f = int(std::upper_bound(ends.begin(), ends.end(), s) - ends.begin());
        const int l = int(std::lower_bound(starts.begin(), starts.end(), e) - starts.begin());
        if (f < l) {
            *first = f;
            *last = l;
        } else {
            *first = *last = -1;
        }
    }
};

struct Entry
{
    QString name;
    QString id;
    MetricKind kind = MetricKind::Exact;
    bool attachable = false;
    Region region;
};

} // namespace

namespace {

QList<ControlResult> groupEntries(std::vector<Entry> &entries);

// The same as stringOf/stringsOf/num/timeOf above over either JSON reader (see json:: in
// engine_private.h); arrays and objects (rare as values) go through Qt's types.
template <class J> QString stringOfJ(const J &j, const typename J::Val &v)
{
    if (j.isString(v))
        return j.keep(v);
    if (j.isDouble(v))
        return QString::number(j.toDouble(v), 'g', 17);
    return stringOf(j.qt(v));
}

template <class J> QStringList stringsOfJ(const J &j, const typename J::Val &v)
{
    QStringList out;
    if (j.isArray(v)) {
        const typename J::Arr a = j.arr(v);
        const qsizetype n = j.size(a);
        if (n == 1 && j.isString(j.at(a, 0)))
            return j.keepList(j.at(a, 0)); // one label or choice: usually a list shared by every region
        out.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            out.append(stringOfJ(j, j.at(a, i)));
    } else if (!j.isMissingOrNull(v)) {
        out.append(stringOfJ(j, v));
    }
    return out;
}

// Sorting one label is a no-op: most regions carry exactly one.
QStringList sortedUniqueSmall(QStringList l)
{
    return l.size() <= 1 ? l : sortedUnique(std::move(l));
}

template <class J>
QStringList labelsOfValueJ(const J &j, const typename J::Obj &value, const typename J::Str &type)
{
    const typename J::Val direct = j.get(value, type);
    if (j.isArray(direct))
        return sortedUniqueSmall(stringsOfJ(j, direct));
    // The fallback scans keys in QJsonObject's (sorted) order: Qt's own object, whichever the reader.
    return labelsOfValue(j.qtObject(value), j.qstr(type));
}

// A number, or a number written as a string (hand-made imports).
// Not finite ("nan", "inf" in a string, or 1e400) counts as missing (0): one such value must not turn
// every score it feeds into NaN for the rest of the report.
template <class J> double numOfJ(const J &j, const typename J::Val &v)
{
    const double x = j.isString(v) ? j.toString(v).toDouble() : j.toDouble(v);
    return std::isfinite(x) ? x : 0.0;
}

template <class J> double numJ(const J &j, const typename J::Obj &o, QLatin1String key)
{
    return numOfJ(j, j.get(o, key));
}

template <class J> double timeOfJ(const J &j, const typename J::Val &v)
{
    const double t
        = j.isDouble(v) ? j.toDouble(v) : (j.isString(v) ? timeOf(QJsonValue(j.toString(v))) : 0.0);
    return std::isfinite(t) ? t : 0.0;
}

// kindOfResultType without a hash or a string: the length and a few bytes tell the known types apart.
// std::nullopt: not one of them as written (then the caller lowercases, as kindOfResultType does).
template <class Ch> std::optional<MetricKind> knownKind(const Ch *s, size_t n)
{
    auto is = [s, n](const char *t) {
        for (size_t i = 0; i < n; ++i)
            if (t[i] == 0 || s[i] != Ch(t[i]))
                return false;
        return t[n] == 0;
    };
    switch (n) {
    case 6:
        if (is("number"))
            return MetricKind::Number;
        if (is("rating"))
            return MetricKind::Rating;
        if (is("labels"))
            return MetricKind::TextSpans;
        break;
    case 7:
        if (is("choices"))
            return MetricKind::Choices;
        if (is("polygon"))
            return MetricKind::Polygons;
        break;
    case 8:
        if (is("textarea"))
            return MetricKind::TextArea;
        if (is("taxonomy"))
            return MetricKind::Taxonomy;
        if (is("keypoint"))
            return MetricKind::KeyPoints;
        break;
    case 9:
        if (is("rectangle"))
            return MetricKind::Boxes;
        break;
    case 13:
        if (is("polygonlabels"))
            return MetricKind::Polygons;
        break;
    case 14:
        if (is("keypointlabels"))
            return MetricKind::KeyPoints;
        if (is("timelinelabels"))
            return MetricKind::TimeSpans;
        break;
    case 15:
        if (is("rectanglelabels"))
            return MetricKind::Boxes;
        if (is("hypertextlabels"))
            return MetricKind::HyperTextSpans;
        if (is("paragraphlabels"))
            return MetricKind::HyperTextSpans;
        break;
    case 16:
        if (is("timeserieslabels"))
            return MetricKind::TimeSpans;
        break;
    default:
        break;
    }
    return std::nullopt;
}

template <class J> MetricKind kindOfType(const J &j, const typename J::Str &type)
{
    if constexpr (std::is_same_v<typename J::Str, QString>) {
        if (const auto k = knownKind(type.utf16(), size_t(type.size())))
            return *k;
    } else {
        if (const auto k = knownKind(type.data(), type.size()))
            return *k;
    }
    return kindOfResultType(j.qstr(type));
}

// A result's id: a string, or a number written out.
template <class J> QString idOf(const J &j, const typename J::Val &v)
{
    return j.isString(v) ? j.toString(v)
                         : (j.isDouble(v) ? QString::number(j.toDouble(v), 'g', 17) : QString());
}

template <class J>
QList<ControlResult> buildResults(const J &j, const typename J::Arr &result, const typename J::Obj &taskData,
    const QHash<QString, ControlHint> &hints)
{
    std::vector<Entry> entries;
    const qsizetype resultCount = j.size(result);
    entries.reserve(size_t(resultCount));
    QHash<QString, std::shared_ptr<Tokens>> tokensByKey; // task texts are tokenised once per call

    static const QLatin1String kResultKeys[]
        = { QLatin1String("from_name"), QLatin1String("type"), QLatin1String("value"), QLatin1String("id") };
    static const QLatin1String kBoxKeys[] = { QLatin1String("x"), QLatin1String("y"), QLatin1String("width"),
        QLatin1String("height"), QLatin1String("rotation") };
    for (qsizetype ri = 0; ri < resultCount; ++ri) {
        const typename J::Obj r = j.obj(j.at(result, ri));
        typename J::Val fields[4];
        j.pick(r, kResultKeys, fields);
        QString name = j.keep(fields[0]);
        if (name.isEmpty())
            continue; // relations and other results without a control
        const typename J::Str type = j.str(fields[1]);
        const typename J::Obj value = j.obj(fields[2]);
        const auto hintIt = hints.constFind(name);
        const ControlHint *hint = hintIt == hints.cend() ? nullptr : &*hintIt;

        Entry &e = entries.emplace_back(); // built in place: a Region is large
        e.name = std::move(name);
        e.kind = hint ? hint->kind : kindOfType(j, type);
        // Plain <Labels> on an <Image> (the "several region types" setups with <Rectangle>/<Polygon>)
        // sends type "labels" with a box or a polygon in its value, not a span: its shape decides.
        if (e.kind == MetricKind::TextSpans) {
            if (j.isArray(j.get(value, QLatin1String("points"))))
                e.kind = MetricKind::Polygons;
            else if (j.isDouble(j.get(value, QLatin1String("width"))))
                e.kind = MetricKind::Boxes;
        }
        e.id = idOf(j, fields[3]);
        e.attachable = hint ? (hint->perRegion || isClassificationKind(e.kind))
                            : (isClassificationKind(e.kind) || j.same(type, QLatin1String("datetime")));
        Region &g = e.region;
        g.id = e.id;

        switch (e.kind) {
        case MetricKind::Choices:
            g.labels = sortedUniqueSmall(stringsOfJ(j, j.get(value, QLatin1String("choices"))));
            break;
        case MetricKind::Number:
        case MetricKind::Rating: {
            g.number = numJ(
                j, value, e.kind == MetricKind::Number ? QLatin1String("number") : QLatin1String("rating"));
            // The scale travels in start/end (unused by numeric kinds), see docs/agreement.md.
            // A Rating without the config (an export file) has no known maxRating: no scale here, and
            // numericScore uses 1..max(5, both values) - a 10-star rating is not squeezed into 5.
            if (e.kind == MetricKind::Rating) {
                if (hint) {
                    g.start = 1;
                    g.end = hint->maxRating;
                }
            } else if (hint && hint->maxValue > hint->minValue) {
                g.start = hint->minValue;
                g.end = hint->maxValue;
            }
            break;
        }
        case MetricKind::TextSpans: {
            g.labels = labelsOfValueJ(j, value, type);
            g.start = numJ(j, value, QLatin1String("start"));
            g.end = numJ(j, value, QLatin1String("end"));
            QString key = hint ? hint->objectText : QString();
            if (key.isEmpty() || !j.isString(j.get(taskData, key)))
                key = j.toString(j.get(r, QLatin1String("to_name")));
            if (!j.isString(j.get(taskData, key))) {
                // The only string in the data (Qt's object: its keys, deduplicated).
                const QJsonObject data = j.qtObject(taskData);
                key.clear();
                int strings = 0;
                for (auto it = data.begin(); it != data.end(); ++it) {
                    if (it.value().isString()) {
                        key = it.key();
                        ++strings;
                    }
                }
                if (strings != 1)
                    key.clear();
            }
            if (!key.isEmpty()) {
                auto &tokens = tokensByKey[key];
                if (!tokens)
                    tokens = std::make_shared<Tokens>(j.toString(j.get(taskData, key)));
                tokens->span(g.start, g.end, &g.tokenStart, &g.tokenEnd);
            }
            break;
        }
        case MetricKind::HyperTextSpans:
            g.labels = labelsOfValueJ(j, value, type);
            g.startContainer = stringOfJ(j, j.get(value, QLatin1String("start")));
            g.endContainer = stringOfJ(j, j.get(value, QLatin1String("end")));
            g.start = numJ(j, value, QLatin1String("startOffset"));
            g.end = numJ(j, value, QLatin1String("endOffset"));
            break;
        case MetricKind::TimeSpans: {
            g.labels = labelsOfValueJ(j, value, type);
            const typename J::Val start = j.get(value, QLatin1String("start"));
            const typename J::Val end = j.get(value, QLatin1String("end"));
            const typename J::Arr ranges = j.arr(j.get(value, QLatin1String("ranges")));
            if (j.size(ranges) > 0) {
                // TimelineLabels: frame ranges; the region covers their hull.
                double lo = 0, hi = 0;
                for (qsizetype i = 0; i < j.size(ranges); ++i) {
                    const typename J::Obj rg = j.obj(j.at(ranges, i));
                    const double s = timeOfJ(j, j.get(rg, QLatin1String("start")));
                    const double t = timeOfJ(j, j.get(rg, QLatin1String("end")));
                    lo = i == 0 ? s : std::min(lo, s);
                    hi = i == 0 ? t : std::max(hi, t);
                }
                g.start = lo;
                g.end = hi;
            } else {
                g.start = timeOfJ(j, start);
                const typename J::Val instant = j.get(value, QLatin1String("instant"));
                g.end = j.toBool(instant) || j.isMissing(end) ? g.start : timeOfJ(j, end);
            }
            if (g.end < g.start)
                std::swap(g.start, g.end);
            break;
        }
        case MetricKind::Boxes: {
            g.labels = labelsOfValueJ(j, value, type);
            typename J::Val v[5];
            j.pick(value, kBoxKeys, v);
            g.x = numOfJ(j, v[0]);
            g.y = numOfJ(j, v[1]);
            g.width = numOfJ(j, v[2]);
            g.height = numOfJ(j, v[3]);
            g.rotation = numOfJ(j, v[4]);
            if (g.rotation != 0) {
                // Label Studio rotates in pixels: with the image size known, the corners are computed in
                // pixel space once here (boxIoU then intersects them); else percent space counts as square.
                const double ow = j.toDouble(j.get(r, QLatin1String("original_width")));
                const double oh = j.toDouble(j.get(r, QLatin1String("original_height")));
                g.points
                    = boxCorners(g.x, g.y, g.width, g.height, g.rotation, ow > 0 && oh > 0 ? ow / oh : 1.0);
            }
            break;
        }
        case MetricKind::Polygons: {
            g.labels = labelsOfValueJ(j, value, type);
            const typename J::Arr pts = j.arr(j.get(value, QLatin1String("points")));
            g.points.reserve(j.size(pts));
            for (qsizetype i = 0; i < j.size(pts); ++i) {
                const typename J::Arr xy = j.arr(j.at(pts, i));
                g.points.append(QPointF(j.toDouble(j.at(xy, 0)), j.toDouble(j.at(xy, 1))));
            }
            break;
        }
        case MetricKind::KeyPoints:
            g.labels = labelsOfValueJ(j, value, type);
            g.points = { QPointF(numJ(j, value, QLatin1String("x")), numJ(j, value, QLatin1String("y"))) };
            break;
        case MetricKind::TextArea:
            g.texts = stringsOfJ(j, j.get(value, QLatin1String("text")));
            break;
        case MetricKind::Taxonomy: {
            const typename J::Arr paths = j.arr(j.get(value, QLatin1String("taxonomy")));
            for (qsizetype i = 0; i < j.size(paths); ++i) {
                const QStringList path = stringsOfJ(j, j.at(paths, i));
                g.paths.append(path);
                g.labels.append(path.join(QLatin1String(" / ")));
            }
            std::sort(g.paths.begin(), g.paths.end());
            g.paths.erase(std::unique(g.paths.begin(), g.paths.end()), g.paths.end());
            g.labels = sortedUnique(g.labels);
            break;
        }
        case MetricKind::Exact: {
            const QJsonObject qtValue = j.qtObject(value);
            g.labels = labelsOfValue(qtValue, j.qstr(type));
            // QJsonObject keeps its keys sorted, so compact JSON is already canonical.
            g.canonical = QString::fromUtf8(QJsonDocument(qtValue).toJson(QJsonDocument::Compact));
            break;
        }
        }
    }
    return groupEntries(entries);
}

// perRegion results join the region result with their id, then everything is grouped by control.
QList<ControlResult> groupEntries(std::vector<Entry> &entries)
{
    // Most annotations have no perRegion result: then no index is built at all.
    std::vector<bool> attached(entries.size(), false);
    const bool anyAttachable = std::any_of(
        entries.cbegin(), entries.cend(), [](const Entry &e) { return e.attachable && !e.id.isEmpty(); });
    if (anyAttachable) {
        // The first region result with each id; a linear search for the usual few results.
        const bool small = entries.size() <= 32;
        QHash<QString, size_t> regionById;
        if (!small) {
            for (size_t i = 0; i < entries.size(); ++i) {
                if (!entries[i].id.isEmpty() && !entries[i].attachable && !regionById.contains(entries[i].id))
                    regionById.insert(entries[i].id, i);
            }
        }
        auto regionWithId = [&](const QString &id) -> Entry * {
            if (!small) {
                const auto it = regionById.constFind(id);
                return it == regionById.cend() ? nullptr : &entries[*it];
            }
            for (Entry &t : entries) {
                if (!t.attachable && t.id == id)
                    return &t;
            }
            return nullptr;
        };
        for (size_t i = 0; i < entries.size(); ++i) {
            Entry &e = entries[i];
            if (!e.attachable || e.id.isEmpty())
                continue;
            Entry *target = regionWithId(e.id);
            if (!target || target->name == e.name)
                continue;
            target->region.attached[e.name].append(e.region);
            attached[i] = true;
        }
    }

    // Group by control: a handful of controls per annotation, so a linear search beats a map. Counted
    // first so that each control's regions are moved once into a list of the right size.
    std::vector<int> group(entries.size(), -1);
    std::vector<qsizetype> counts;
    std::vector<size_t> firstOf;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (attached[i])
            continue;
        const QString &name = entries[i].name;
        size_t g = 0;
        while (g < firstOf.size()) {
            const QString &other = entries[firstOf[g]].name;
            // Control names usually share one string (interned or copied from one JSON value).
            if (other.constData() == name.constData() || other == name)
                break;
            ++g;
        }
        if (g == firstOf.size()) {
            firstOf.push_back(i);
            counts.push_back(0);
        }
        group[i] = int(g);
        ++counts[g];
    }
    QList<ControlResult> out;
    out.reserve(qsizetype(firstOf.size()));
    for (size_t g = 0; g < firstOf.size(); ++g) {
        out.append(ControlResult { entries[firstOf[g]].name, entries[firstOf[g]].kind, {} });
        out.back().regions.reserve(counts[g]);
    }
    for (size_t i = 0; i < entries.size(); ++i)
        if (group[i] >= 0)
            out[group[i]].regions.append(std::move(entries[i].region));
    std::sort(out.begin(), out.end(),
        [](const ControlResult &a, const ControlResult &b) { return a.name < b.name; });
    return out;
}

} // namespace

QList<ControlResult> parseResults(
    const QJsonArray &result, const QJsonObject &taskData, const QHash<QString, ControlHint> &hints)
{
    return buildResults(json::QtJson {}, result, taskData, hints);
}

QList<ControlResult> parseResultsJson(const json::SimdJson::Arr &result, const json::SimdJson::Obj &taskData,
    const QHash<QString, ControlHint> &hints, json::Interner *interner)
{
    json::SimdJson j;
    j.interner = interner;
    return buildResults(j, result, j.obj(taskData), hints);
}

} // namespace lsdesk::agreement
