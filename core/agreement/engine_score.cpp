// AgreementEngine::addTask: a task's annotations (and predictions) become compact records - who, which
// annotation, and per pair the parts of its score that do not depend on the final control set - plus
// the per-label accumulators. No JSON and no parsed region is kept past the call.

#include "agreement/engine_private.h"
#include "agreement/json_simd.h"
#include "agreement/metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>
#include <limits>

namespace lsdesk::agreement {

using engine::ItemRec;
using engine::PairRec;
using engine::TaskRec;

namespace {

// One annotation's (or prediction's) results, parsed, with its controls sorted by name and the labels
// each control uses (sorted, unique) so that a pair is one merge walk.
struct ParsedItem
{
    QList<ControlResult> controls;
    std::vector<const ControlResult *> sorted;
    std::vector<QStringList> labels; // parallel to `sorted`
};

// Whether the per-label part of the pair scores is needed at all: the per-label matrices, or label
// weights (which score their controls from per-label scores).
bool needLabels(const AgreementOptions &o, const QHash<QString, QHash<QString, double>> &labelWeights)
{
    return o.perLabel || !labelWeights.isEmpty();
}

ParsedItem parseItem(QList<ControlResult> controls, bool withLabels)
{
    ParsedItem item;
    item.controls = std::move(controls);
    item.sorted.reserve(size_t(item.controls.size()));
    for (const ControlResult &c : std::as_const(item.controls))
        item.sorted.push_back(&c);
    // parseResults sorts by name already; kept for hand-made lists (cheap when sorted).
    std::sort(item.sorted.begin(), item.sorted.end(),
        [](const ControlResult *a, const ControlResult *b) { return a->name < b->name; });
    item.labels.resize(item.sorted.size());
    if (withLabels) {
        for (size_t k = 0; k < item.sorted.size(); ++k)
            item.labels[k] = labelsOf(*item.sorted[k]); // sorted and unique
    }
    return item;
}

QList<ControlResult> parseWith(const json::QtJson &, const QJsonArray &result, const QJsonObject &data,
    const QHash<QString, ControlHint> &hints, json::Interner &)
{
    return parseResults(result, data, hints);
}

QList<ControlResult> parseWith(const json::SimdJson &, const json::SimdJson::Arr &result,
    const json::SimdJson::Obj &data, const QHash<QString, ControlHint> &hints, json::Interner &interner)
{
    return parseResultsJson(result, data, hints, &interner);
}

// completed_by is an id in exports and in fields=all listings, a user object when expanded.
template <class J> int userIdOf(const J &j, const typename J::Val &v)
{
    if (j.isObject(v))
        return j.toInt(j.get(j.obj(v), QLatin1String("id")));
    return j.toInt(v);
}

// model_version is a string; older exports may hold null or a number (QVariant's conversion, as ever).
template <class J> QString modelVersionOf(const J &j, const typename J::Val &v)
{
    return j.isString(v) ? j.toString(v) : j.qt(v).toVariant().toString();
}

// Calls f for every string in the union of two sorted, unique lists, once each, in order.
template <typename F> void forEachInUnion(const QStringList *a, const QStringList *b, F &&f)
{
    static const QStringList none;
    const QStringList &x = a ? *a : none;
    const QStringList &y = b ? *b : none;
    qsizetype i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        if (j >= y.size() || (i < x.size() && x.at(i) < y.at(j))) {
            f(x.at(i++));
        } else if (i >= x.size() || y.at(j) < x.at(i)) {
            f(y.at(j++));
        } else {
            f(x.at(i));
            ++i;
            ++j;
        }
    }
}

// A label's partial score in one pair: the weighted sum over the controls where either side used it.
struct LabelPartial
{
    int label;
    double weightedSum;
    double weight;
};

// One per-task contribution to a grid cell (p < q, internal ids), before the mean over cross pairs.
struct CellEntry
{
    int label;
    int p, q;
    double score;
    bool operator<(const CellEntry &o) const
    {
        return label != o.label ? label < o.label : (p != o.p ? p < o.p : q < o.q);
    }
};

} // namespace

int AgreementEngine::Private::participantId(const Participant &p)
{
    const QString key = p.key();
    const auto it = participantByKey.constFind(key);
    if (it != participantByKey.constEnd())
        return *it;
    const int id = int(participants.size());
    participants.append(p);
    participantByKey.insert(key, id);
    ownTasks.append(0);
    return id;
}

int AgreementEngine::Private::annotatorId(int userId)
{
    const auto it = annotatorByUser.constFind(userId);
    if (it != annotatorByUser.constEnd())
        return *it;
    Participant p;
    p.userId = userId;
    const int id = participantId(p);
    annotatorByUser.insert(userId, id);
    return id;
}

int AgreementEngine::Private::labelId(const QString &label)
{
    const auto it = labelIndex.constFind(label);
    if (it != labelIndex.constEnd())
        return *it;
    const int id = int(labels.size());
    labels.append(label);
    labelIndex.insert(label, id);
    labelGrids.emplace_back();
    labelOwnTasks.emplace_back();
    return id;
}

void AgreementEngine::addTask(const QJsonObject &task)
{
    d->addTaskFrom(json::QtJson {}, task, nullptr);
}

// The task's bytes are copied into a buffer padded as simdjson needs (it reads 64 bytes at a time, past
// the end); the parser and its tape are reused from task to task.
struct AgreementEngine::Private::JsonScratch
{
    std::vector<char> text;
    simdjson::dom::parser parser;
};

void AgreementEngine::Private::ScratchDeleter::operator()(JsonScratch *s) const
{
    delete s;
}

bool AgreementEngine::addTaskJson(QByteArrayView bytes, JsonTaskInfo *info)
{
    JsonTaskInfo local;
    JsonTaskInfo &out = info ? *info : local;
    out = JsonTaskInfo {};
    if (!d->scratch)
        d->scratch.reset(new Private::JsonScratch);
    Private::JsonScratch &s = *d->scratch;
    const size_t n = size_t(bytes.size());
    if (s.text.size() < n + simdjson::SIMDJSON_PADDING)
        s.text.resize(n + simdjson::SIMDJSON_PADDING);
    std::memcpy(s.text.data(), bytes.data(), n);
    std::memset(s.text.data() + n, 0, simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    const simdjson::error_code error = s.parser.parse(s.text.data(), n, false).get(root);
    const auto rootType = error ? simdjson::dom::element_type::NULL_VALUE : root.type();
    if (error
        || (rootType != simdjson::dom::element_type::OBJECT
            && rootType != simdjson::dom::element_type::ARRAY)) {
        // Qt decides and words the error (the two parsers disagree on a few oddities such as lone
        // surrogates in \u escapes, which Qt accepts, an integer past 64 bits, which Qt reads as a
        // double, or a bare number, which it rejects): the message is the one the export reader always
        // showed.
        QJsonParseError perr {};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &perr);
        if (perr.error != QJsonParseError::NoError) {
            out.status = JsonTaskInfo::Status::InvalidJson;
            out.jsonError = perr.errorString();
            out.jsonErrorOffset = perr.offset;
            return false;
        }
        const QJsonObject task = doc.object();
        if (!task.value(QLatin1String("annotations")).isArray()) {
            out.status = JsonTaskInfo::Status::NoAnnotationList;
            return false;
        }
        d->addTaskFrom(json::QtJson {}, task, &out);
        return true;
    }
    json::SimdJson j;
    j.interner = &d->interner;
    const json::SimdJson::Obj task = j.obj({ root, true });
    if (!j.isArray(j.get(task, QLatin1String("annotations")))) {
        out.status = JsonTaskInfo::Status::NoAnnotationList;
        return false;
    }
    d->addTaskFrom(j, task, &out);
    return true;
}

template <class J>
void AgreementEngine::Private::addTaskFrom(const J &j, const typename J::Obj &task, JsonTaskInfo *info)
{
    Private *const d = this;
    const bool withLabels = needLabels(options, labelWeights);
    // The score of one pair, split into the parts PairRec keeps, and the pair's per-label partials.
    //
    // Label weights (control_weights[c]["labels"], unlisted labels 1) apply only to controls with a label
    // weight other than 1: such a control scores the weighted mean of its per-label scores
    // (controlAgreementForLabel) over the labels either side used, instead of controlAgreement. Label
    // Studio fills every label with 1.0 by default, which leaves controlAgreement untouched.
    QStringList unionLabels;
    QVarLengthArray<LabelScore, 8> labelScores;
    const auto scorePair = [d, &unionLabels, &labelScores](const ParsedItem &x, const ParsedItem &y,
                               PairRec &out, std::vector<LabelPartial> &labelOut) {
        labelOut.clear();
        size_t i = 0, j = 0;
        while (i < x.sorted.size() || j < y.sorted.size()) {
            const ControlResult *ca = nullptr;
            const ControlResult *cb = nullptr;
            const QStringList *la = nullptr;
            const QStringList *lb = nullptr;
            if (j >= y.sorted.size() || (i < x.sorted.size() && x.sorted[i]->name < y.sorted[j]->name)) {
                ca = x.sorted[i];
                la = &x.labels[i++];
            } else if (i >= x.sorted.size() || y.sorted[j]->name < x.sorted[i]->name) {
                cb = y.sorted[j];
                lb = &y.labels[j++];
            } else {
                ca = x.sorted[i];
                la = &x.labels[i++];
                cb = y.sorted[j];
                lb = &y.labels[j++];
            }
            const QString &name = ca ? ca->name : cb->name;
            const double w = d->weightOf(name);
            if (w <= 0)
                continue; // weighted out: neither the overall score nor the per-label scores see it
            const auto lw = d->labelWeights.constFind(name);
            const bool labelWeighted = lw != d->labelWeights.constEnd();
            double lwSum = 0, lwScore = 0;
            double s = 0;
            if (d->options.perLabel || labelWeighted) {
                unionLabels.clear();
                forEachInUnion(la, lb, [&](const QString &label) { unionLabels.append(label); });
                const double overall = controlAgreementByLabel(ca, cb, unionLabels, d->options, labelScores);
                for (qsizetype l = 0; l < unionLabels.size(); ++l) {
                    if (!labelScores[l].present)
                        continue;
                    const QString &label = unionLabels[l];
                    const double ls = labelScores[l].score;
                    if (d->options.perLabel) {
                        const int id = d->labelId(label);
                        auto found = std::find_if(labelOut.begin(), labelOut.end(),
                            [id](const LabelPartial &p) { return p.label == id; });
                        if (found == labelOut.end())
                            labelOut.push_back({ id, w * ls, w });
                        else {
                            found->weightedSum += w * ls;
                            found->weight += w;
                        }
                    }
                    if (labelWeighted) {
                        const double lwl = lw->value(label, 1.0);
                        lwSum += lwl;
                        lwScore += lwl * ls;
                    }
                }
                s = labelWeighted && lwSum > 0 ? lwScore / lwSum : overall;
            } else {
                s = controlAgreement(ca, cb, d->options);
            }
            out.weightedSum += w * s;
            out.presentWeight += w;
        }
    };

    ++d->tasksSeen;
    const typename J::Obj data = j.obj(j.get(task, QLatin1String("data")));

    std::vector<ParsedItem> parsed;
    std::vector<ItemRec> recs;
    const typename J::Arr annotations = j.arr(j.get(task, QLatin1String("annotations")));
    const qsizetype annotationCount = j.size(annotations);
    parsed.reserve(size_t(annotationCount));
    recs.reserve(size_t(annotationCount));
    for (qsizetype k = 0; k < annotationCount; ++k) {
        const typename J::Obj a = j.obj(j.at(annotations, k));
        const typename J::Val by = j.get(a, QLatin1String("completed_by"));
        if (info && j.isObject(by))
            info->users.append(j.qtObject(j.obj(by)));
        if (j.toBool(j.get(a, QLatin1String("was_cancelled")))) {
            ++d->cancelledSkipped;
            continue;
        }
        ItemRec r;
        r.annotationId = j.toInt(j.get(a, QLatin1String("id")));
        r.participant = d->annotatorId(userIdOf(j, by));
        if (d->options.includeGroundTruth && j.toBool(j.get(a, QLatin1String("ground_truth")))) {
            Participant gt;
            gt.kind = Participant::Kind::GroundTruth;
            r.gtParticipant = d->participantId(gt);
        }
        recs.push_back(r);
        parsed.push_back(parseItem(
            parseWith(j, j.arr(j.get(a, QLatin1String("result"))), data, d->hints, d->interner), withLabels));
    }
    if (d->options.includePredictions) {
        const typename J::Arr predictions = j.arr(j.get(task, QLatin1String("predictions")));
        for (qsizetype k = 0; k < j.size(predictions); ++k) {
            const typename J::Obj p = j.obj(j.at(predictions, k));
            Participant model;
            model.kind = Participant::Kind::Prediction;
            model.modelVersion = modelVersionOf(j, j.get(p, QLatin1String("model_version")));
            ItemRec r;
            r.annotationId = j.toInt(j.get(p, QLatin1String("id")));
            r.participant = d->participantId(model);
            recs.push_back(r);
            parsed.push_back(
                parseItem(parseWith(j, j.arr(j.get(p, QLatin1String("result"))), data, d->hints, d->interner),
                    withLabels));
        }
    }
    const int taskId = j.toInt(j.get(task, QLatin1String("id")));
    if (info)
        info->taskId = taskId;
    if (recs.empty())
        return;

    for (const ParsedItem &item : parsed)
        for (const ControlResult *c : item.sorted)
            d->addControl(c->name);

    // Each participant's own task count (once per task, however many annotations it has here), and the
    // same per label.
    std::vector<int> present;
    std::vector<std::pair<int, int>> labelPresent; // (label, participant)
    for (size_t k = 0; k < recs.size(); ++k) {
        for (int p : { recs[k].participant, recs[k].gtParticipant }) {
            if (p < 0)
                continue;
            present.push_back(p);
            if (!d->options.perLabel)
                continue;
            for (const QStringList &ls : parsed[k].labels)
                for (const QString &l : ls)
                    labelPresent.emplace_back(d->labelId(l), p);
        }
    }
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    for (int p : present)
        ++d->ownTasks[p];
    std::sort(labelPresent.begin(), labelPresent.end());
    labelPresent.erase(std::unique(labelPresent.begin(), labelPresent.end()), labelPresent.end());
    for (const auto &[label, p] : labelPresent) {
        QVector<int> &own = d->labelOwnTasks[size_t(label)];
        if (own.size() <= p)
            own.resize(d->participants.size());
        ++own[p];
    }

    TaskRec t;
    t.taskId = taskId;
    t.firstItem = uint32_t(d->items.size());
    t.itemCount = uint32_t(recs.size());
    t.firstPair = uint32_t(d->pairs.size());
    d->tasks.push_back(t);
    d->items.insert(d->items.end(), recs.begin(), recs.end());
    d->annotationsCounted += int(recs.size());

    std::vector<LabelPartial> labelPartials;
    std::vector<CellEntry> cells;
    for (size_t x = 0; x < recs.size(); ++x) {
        for (size_t y = x + 1; y < recs.size(); ++y) {
            PairRec pr;
            scorePair(parsed[x], parsed[y], pr, labelPartials);
            d->pairs.push_back(pr);
            if (labelPartials.empty())
                continue;
            // Cross pairs of the two sides' participants; one participant with itself is left out.
            for (int p : { recs[x].participant, recs[x].gtParticipant }) {
                for (int q : { recs[y].participant, recs[y].gtParticipant }) {
                    if (p < 0 || q < 0 || p == q)
                        continue;
                    for (const LabelPartial &lp : labelPartials)
                        cells.push_back(
                            { lp.label, std::min(p, q), std::max(p, q), lp.weightedSum / lp.weight });
                }
            }
        }
    }
    // A label's cell gets the task's mean over the cross pairs where either side used the label.
    std::sort(cells.begin(), cells.end());
    for (size_t k = 0; k < cells.size();) {
        size_t end = k;
        double sum = 0;
        while (end < cells.size() && !(cells[k] < cells[end]) && !(cells[end] < cells[k]))
            sum += cells[end++].score;
        engine::CellGrid &grid = d->labelGrids[size_t(cells[k].label)];
        grid.ensure(int(d->participants.size()));
        grid.at(cells[k].p, cells[k].q).add(sum / double(end - k));
        k = end;
    }
}

} // namespace lsdesk::agreement
