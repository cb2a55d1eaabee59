#pragma once

// The AgreementEngine's state, shared by agreement.cpp (report building) and engine_score.cpp (addTask:
// parsing and pair scores), and the JSON readers regions.cpp and metrics.cpp share with it. Private to
// the engine: nothing outside core/agreement/ includes it (RapidJSON's include path is lsdesk_core's).

#include "agreement/agreement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QVarLengthArray>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

// Two ways to read the same JSON: QJsonObject (the live source's tasks, the public parseResults) and
// simdjson values parsed straight from an export's bytes (AgreementEngine::addTaskJson; json::SimdJson
// in json_simd.h). The result reader (regions.cpp) and the task reader (engine_score.cpp) are templates
// over these two, so both inputs go through one code path. SimdJson reproduces QJsonValue's conversions
// (toInt, toDouble, last duplicate key wins); whatever is rare and subtle (canonical JSON, key order)
// converts the value to Qt's types and reuses Qt's code, so the two cannot differ there either.
namespace lsdesk::agreement::json {

struct QtJson
{
    using Val = QJsonValue;
    using Obj = QJsonObject;
    using Arr = QJsonArray;
    using Str = QString;

    Val get(const Obj &o, QLatin1String k) const { return o.value(k); }
    // out[i] = get(o, keys[i]) for every key.
    template <size_t N> void pick(const Obj &o, const QLatin1String (&keys)[N], Val (&out)[N]) const
    {
        for (size_t i = 0; i < N; ++i)
            out[i] = o.value(keys[i]);
    }
    Val get(const Obj &o, const QString &k) const { return o.value(k); }
    Obj obj(const Val &v) const { return v.toObject(); }
    Arr arr(const Val &v) const { return v.toArray(); }
    qsizetype size(const Arr &a) const { return a.size(); }
    Val at(const Arr &a, qsizetype i) const { return a.at(i); }
    bool isString(const Val &v) const { return v.isString(); }
    bool isDouble(const Val &v) const { return v.isDouble(); }
    bool isBool(const Val &v) const { return v.isBool(); }
    bool isArray(const Val &v) const { return v.isArray(); }
    bool isObject(const Val &v) const { return v.isObject(); }
    bool isMissing(const Val &v) const { return v.isUndefined(); }
    bool isMissingOrNull(const Val &v) const { return v.isUndefined() || v.isNull(); }
    Str str(const Val &v) const { return v.toString(); }
    QString qstr(const Str &s) const { return s; }
    bool same(const Str &s, QLatin1String l) const { return s == l; }
    // A string meant to be kept (labels, control names): shared as it is.
    QString keep(const Val &v) const { return v.toString(); }
    QStringList keepList(const Val &v) const { return { v.toString() }; }
    QString toString(const Val &v) const { return v.toString(); }
    double toDouble(const Val &v) const { return v.toDouble(); }
    int toInt(const Val &v) const { return v.toInt(); }
    bool toBool(const Val &v) const { return v.toBool(); }
    QJsonValue qt(const Val &v) const { return v; }
    QJsonObject qtObject(const Obj &o) const { return o; }
};

// Strings that recur in every task (control names, types, labels, choices) are made once: a copy of
// a QString is a reference count, a new one an allocation.
class Interner
{
public:
    QString get(std::string_view s)
    {
        const Item *i = find(s);
        return i ? i->string : QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    // The one-element list [s], shared too.
    QStringList list(std::string_view s)
    {
        const Item *i = find(s);
        return i ? i->list : QStringList { QString::fromUtf8(s.data(), qsizetype(s.size())) };
    }

private:
    struct Item
    {
        std::string bytes;
        QString string;
        QStringList list;
    };
    const Item *find(std::string_view s)
    {
        for (const Item &i : m_items)
            if (i.bytes.size() == s.size() && std::memcmp(i.bytes.data(), s.data(), s.size()) == 0)
                return &i;
        // A bounded linear table: labels repeat, ids and free texts do not (they are never interned).
        if (m_items.size() >= 64 || s.size() > 64)
            return nullptr;
        const QString string = QString::fromUtf8(s.data(), qsizetype(s.size()));
        m_items.push_back({ std::string(s), string, QStringList { string } });
        return &m_items.back();
    }
    std::vector<Item> m_items;
};

} // namespace lsdesk::agreement::json

namespace lsdesk::agreement {
// One label's score in a pair (controlAgreementForLabel's result and `present`).
struct LabelScore
{
    bool present = false;
    double score = 1.0;
};
// controlAgreement(a, b) and, for each of `labels`, controlAgreementForLabel(a, b, label) - the same
// numbers from one comparison of the regions (metrics.cpp).
double controlAgreementByLabel(const ControlResult *a, const ControlResult *b, const QStringList &labels,
    const AgreementOptions &options, QVarLengthArray<LabelScore, 8> &out);
} // namespace lsdesk::agreement

namespace lsdesk::agreement::engine {

// Running mean and variance (Welford: stable for 100k values, unlike sum and sum of squares).
struct Acc
{
    int count = 0;
    double mean = 0;
    double m2 = 0;
    void add(double v)
    {
        ++count;
        const double delta = v - mean;
        mean += delta / count;
        m2 += delta * (v - mean);
    }
    // Population standard deviation (numpy's default), as the per-task scores are all there is.
    double stddev() const { return count > 0 ? std::sqrt(std::max(0.0, m2 / count)) : kNoScore; }
};

// The upper triangle of a symmetric participant × participant grid of accumulators, over the engine's
// internal participant ids (in order of appearance); grows as participants appear.
class CellGrid
{
public:
    void ensure(int n)
    {
        if (n <= m_n)
            return;
        std::vector<Acc> cells(size_t(n) * size_t(n));
        for (int i = 0; i < m_n; ++i)
            for (int j = 0; j < m_n; ++j)
                cells[size_t(i) * size_t(n) + size_t(j)] = m_cells[size_t(i) * size_t(m_n) + size_t(j)];
        m_cells.swap(cells);
        m_n = n;
    }
    Acc &at(int p, int q) { return m_cells[index(p, q)]; }
    const Acc &at(int p, int q) const { return m_cells[index(p, q)]; }
    int size() const { return m_n; }
    void clear()
    {
        m_cells.clear();
        m_n = 0;
    }

private:
    size_t index(int p, int q) const
    {
        if (p > q)
            std::swap(p, q);
        return size_t(p) * size_t(m_n) + size_t(q);
    }
    int m_n = 0;
    std::vector<Acc> m_cells;
};

// One scored unit of a task: an annotation, or a prediction. A ground-truth annotation counted as the
// "Ground truth" participant too keeps one unit with a second participant (it is never paired with
// itself).
struct ItemRec
{
    int annotationId = 0;
    int participant = -1; // internal id
    int gtParticipant = -1; // internal id of "Ground truth", or -1
};

// The parts of a pair score that do not depend on the final control set: the weighted sum of the scores
// of the controls either annotation used, and the sum of their weights. Controls neither used count as
// agreement (1) with their weight, so score = (weightedSum + totalWeight - presentWeight) / totalWeight
// once the control set is known (report time).
struct PairRec
{
    double weightedSum = 0;
    double presentWeight = 0;
};

struct TaskRec
{
    int taskId = 0;
    uint32_t firstItem = 0;
    uint32_t itemCount = 0;
    uint32_t firstPair = 0; // pairs (i < j) in the order (0,1), (0,2), ..., (1,2), ...
};

// What report() has aggregated so far; valid while neither the control set nor the participant order
// changed, so a report after every streamed page only aggregates the tasks added since the last one.
struct ReportCache
{
    uint64_t controlsVersion = ~uint64_t(0);
    QVector<int> reportIndex; // internal participant id -> index in the report's participants
    size_t tasksDone = 0;
    CellGrid grid;
    Acc taskScores;
    QList<TaskAgreement> tasks;
};

} // namespace lsdesk::agreement::engine

namespace lsdesk::agreement {

struct AgreementEngine::Private
{
    AgreementOptions options;
    QHash<QString, ControlHint> hints;

    // Weights: control -> "overall" (default 1); label weights only for controls whose labels are not
    // all weighted alike (equal weights change nothing, see labelWeightedScore in engine_score.cpp).
    QHash<QString, double> overallWeight;
    QHash<QString, QHash<QString, double>> labelWeights;
    double weightOf(const QString &control) const { return overallWeight.value(control, 1.0); }

    // The control set: the config's (non-perRegion) controls plus every from_name seen.
    QSet<QString> controls;
    double totalWeight = 0;
    uint64_t controlsVersion = 0;
    void addControl(const QString &name)
    {
        if (controls.contains(name))
            return;
        controls.insert(name);
        totalWeight += weightOf(name);
        ++controlsVersion;
    }

    // Participants by internal id (order of appearance).
    QVector<Participant> participants;
    QHash<QString, int> participantByKey;
    QVector<int> ownTasks; // per internal id: tasks with at least one of its annotations
    int participantId(const Participant &p);
    QHash<int, int> annotatorByUser; // the hot path: annotators by user id, without building keys
    int annotatorId(int userId);

    std::vector<engine::TaskRec> tasks;
    std::vector<engine::ItemRec> items;
    std::vector<engine::PairRec> pairs;
    int tasksSeen = 0;
    int annotationsCounted = 0;
    int cancelledSkipped = 0;

    // Per label (every label of every control, by name): the per-task cross-pair means of each
    // participant pair, accumulated as tasks arrive (they do not depend on the control set), and each
    // participant's count of tasks using the label.
    QHash<QString, int> labelIndex;
    QStringList labels;
    std::vector<engine::CellGrid> labelGrids;
    std::vector<QVector<int>> labelOwnTasks;
    int labelId(const QString &label);

    mutable engine::ReportCache cache;

    // addTask and addTaskJson: one reader over either JSON type (engine_score.cpp). `info` may be null.
    template <class J>
    void addTaskFrom(const J &j, const typename J::Obj &task, AgreementEngine::JsonTaskInfo *info);
    // addTaskJson's parser state, kept between tasks (engine_score.cpp, where simdjson is included).
    struct JsonScratch;
    struct ScratchDeleter
    {
        void operator()(JsonScratch *s) const;
    };
    std::unique_ptr<JsonScratch, ScratchDeleter> scratch;
    json::Interner interner;

    // The final score of a stored pair under the current control set and weights.
    double pairScore(const engine::PairRec &p) const;
    // The report order of the internal participant ids: annotators by user id, then ground truth, then
    // model versions.
    QVector<int> reportOrder() const;
};

} // namespace lsdesk::agreement
