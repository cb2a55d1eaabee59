// The AgreementEngine's report: pair scores finished under the final control set, task agreement
// (pairwise or consensus), the matrix and its per-label views. addTask lives in engine_score.cpp.

#include "agreement/agreement.h"

#include "agreement/engine_private.h"
#include "agreement/metrics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace lsdesk::agreement {

using engine::Acc;
using engine::CellGrid;
using engine::PairRec;
using engine::TaskRec;

QString Participant::key() const
{
    switch (kind) {
    case Kind::Annotator:
        return QStringLiteral("user:%1").arg(userId);
    case Kind::GroundTruth:
        return QStringLiteral("gt");
    case Kind::Prediction:
        return QStringLiteral("model:") + modelVersion;
    }
    return {};
}

QString Participant::defaultName() const
{
    switch (kind) {
    case Kind::Annotator:
        return QCoreApplication::translate("Agreement", "User #%1").arg(userId);
    case Kind::GroundTruth:
        return QCoreApplication::translate("Agreement", "Ground truth");
    case Kind::Prediction:
        return modelVersion.isEmpty()
            ? QCoreApplication::translate("Agreement", "Model (no version)")
            : QCoreApplication::translate("Agreement", "Model %1").arg(modelVersion);
    }
    return {};
}

QVector<int> AgreementReport::histogram(int bins) const
{
    QVector<int> out(std::max(1, bins), 0);
    for (const TaskAgreement &t : tasks) {
        if (std::isnan(t.agreement))
            continue;
        const int b = std::clamp(int(t.agreement * out.size()), 0, int(out.size()) - 1);
        ++out[b];
    }
    return out;
}

QList<int> AgreementReport::commonTaskIds(int i, int j) const
{
    QList<int> out;
    if (i < 0 || j < 0 || i >= participants.size() || j >= participants.size())
        return out;
    for (const TaskAgreement &t : tasks) {
        // The same rule as the matrix: i and j on two different annotations (a ground-truth annotation is
        // also its author's, so "author vs Ground truth" needs a second annotation).
        bool found = false;
        for (const TaskAgreement::Pair &p : t.pairs) {
            const int a = t.members.at(p.a).participant;
            const int b = t.members.at(p.b).participant;
            if ((a == i && b == j) || (a == j && b == i)) {
                found = true;
                break;
            }
        }
        if (found)
            out.append(t.taskId);
    }
    return out;
}

int AgreementReport::participantIndex(const QString &key) const
{
    for (int i = 0; i < participants.size(); ++i)
        if (participants.at(i).key() == key)
            return i;
    return -1;
}

AgreementEngine::AgreementEngine(AgreementOptions options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

AgreementEngine::~AgreementEngine() = default;

const AgreementOptions &AgreementEngine::options() const
{
    return d->options;
}

void AgreementEngine::setLabelConfig(const QString &xml)
{
    d->hints = hintsFromConfig(xml);
    // perRegion controls never stand alone (their results ride on their regions), so they are not part
    // of the control set: counting them "unused by both = 1" would lift every pair score.
    for (auto it = d->hints.constBegin(); it != d->hints.constEnd(); ++it)
        if (!it->perRegion)
            d->addControl(it.key());
}

void AgreementEngine::setControlWeights(const QJsonObject &weights)
{
    d->overallWeight.clear();
    d->labelWeights.clear();
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const QJsonObject w = it.value().toObject();
        const QJsonValue overall = w.value(QLatin1String("overall"));
        if (overall.isDouble())
            d->overallWeight.insert(it.key(), std::max(0.0, overall.toDouble()));
        const QJsonObject labels = w.value(QLatin1String("labels")).toObject();
        QHash<QString, double> lw;
        bool allOne = true;
        for (auto l = labels.constBegin(); l != labels.constEnd(); ++l) {
            const double v = std::max(0.0, l.value().toDouble(1.0));
            lw.insert(l.key(), v);
            allOne = allOne && v == 1.0;
        }
        // Label Studio fills every label with 1.0; only weights that say something change the score.
        if (!allOne)
            d->labelWeights.insert(it.key(), lw);
    }
    d->totalWeight = 0;
    for (const QString &c : std::as_const(d->controls))
        d->totalWeight += d->weightOf(c);
    ++d->controlsVersion;
}

double AgreementEngine::Private::pairScore(const PairRec &p) const
{
    // Controls in the set that neither annotation used count as agreement (1) with their weight.
    if (totalWeight <= 0)
        return 1.0; // nothing weighs anything: nothing to disagree on
    const double s = (p.weightedSum + (totalWeight - p.presentWeight)) / totalWeight;
    return std::isfinite(s) ? std::clamp(s, 0.0, 1.0) : 0.0; // never let one bad value poison the means
}

QVector<int> AgreementEngine::Private::reportOrder() const
{
    QVector<int> byRank(participants.size());
    for (int i = 0; i < byRank.size(); ++i)
        byRank[i] = i;
    std::sort(byRank.begin(), byRank.end(), [this](int a, int b) {
        const Participant &x = participants.at(a);
        const Participant &y = participants.at(b);
        if (x.kind != y.kind)
            return int(x.kind) < int(y.kind);
        if (x.userId != y.userId)
            return x.userId < y.userId;
        return x.modelVersion < y.modelVersion;
    });
    QVector<int> order(participants.size());
    for (int r = 0; r < byRank.size(); ++r)
        order[byRank[r]] = r;
    return order;
}

namespace {

// Task agreement from the item pair scores (row-major over i < j), n >= 2.
double taskAgreement(const std::vector<double> &scores, int n, const AgreementOptions &options)
{
    if (options.methodology == AgreementOptions::Methodology::Pairwise) {
        double sum = 0;
        for (double s : scores)
            sum += s;
        return sum / double(scores.size());
    }
    // Consensus: the largest group formed by one annotation and every annotation whose pair score with it
    // reaches the threshold, over the annotation count; no pair reaching it = no consensus (0). Docs
    // example: threshold 0.4, A-B 0.5, A-C 0, B-C 0 -> {A, B} -> 2/3.
    std::vector<int> agreeing(size_t(n), 1);
    size_t k = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j, ++k)
            if (scores[k] >= options.consensusThreshold) {
                ++agreeing[size_t(i)];
                ++agreeing[size_t(j)];
            }
    const int best = *std::max_element(agreeing.begin(), agreeing.end());
    return best < 2 ? 0.0 : double(best) / double(n);
}

Matrix buildMatrix(const CellGrid &grid, const QVector<int> &own, const QVector<int> &byRank)
{
    Matrix m;
    const int n = int(byRank.size());
    m.size = n;
    m.agreement.fill(kNoScore, n * n);
    m.commonTasks.fill(0, n * n);
    m.stddev.fill(kNoScore, n * n);
    for (int i = 0; i < n; ++i) {
        const int pi = byRank[i];
        m.commonTasks[i * n + i] = own.value(pi);
        for (int j = i + 1; j < n; ++j) {
            const int pj = byRank[j];
            if (pi >= grid.size() || pj >= grid.size())
                continue;
            const Acc &a = grid.at(pi, pj);
            if (a.count == 0)
                continue;
            for (const int cell : { i * n + j, j * n + i }) {
                m.agreement[cell] = a.mean;
                m.commonTasks[cell] = a.count;
                m.stddev[cell] = a.stddev();
            }
        }
    }
    return m;
}

} // namespace

AgreementReport AgreementEngine::report() const
{
    engine::ReportCache &c = d->cache;
    const QVector<int> order = d->reportOrder();
    // The cache stays valid while the control set (and weights) and the rank of every participant it
    // has seen are unchanged; otherwise every stored pair is finished again (scores are never recomputed,
    // only aggregated).
    bool valid = c.controlsVersion == d->controlsVersion;
    for (int i = 0; valid && i < c.reportIndex.size(); ++i)
        valid = c.reportIndex.at(i) == order.at(i);
    if (!valid) {
        c = engine::ReportCache {};
        c.controlsVersion = d->controlsVersion;
    }
    c.reportIndex = order;
    c.grid.ensure(int(d->participants.size()));

    std::vector<double> scores;
    std::vector<int> memberStart;
    struct Cell
    {
        int p, q;
        double score;
    };
    std::vector<Cell> cells;
    for (; c.tasksDone < d->tasks.size(); ++c.tasksDone) {
        const TaskRec &t = d->tasks[c.tasksDone];
        const int n = int(t.itemCount);
        const engine::ItemRec *items = d->items.data() + t.firstItem;
        TaskAgreement ta;
        ta.taskId = t.taskId;
        memberStart.assign(size_t(n) + 1, 0);
        ta.members.reserve(n);
        for (int k = 0; k < n; ++k) {
            memberStart[size_t(k)] = int(ta.members.size());
            ta.members.append({ order.at(items[k].participant), items[k].annotationId });
            if (items[k].gtParticipant >= 0)
                ta.members.append({ order.at(items[k].gtParticipant), items[k].annotationId });
        }
        memberStart[size_t(n)] = int(ta.members.size());

        scores.clear();
        cells.clear();
        const PairRec *pr = d->pairs.data() + t.firstPair;
        for (int x = 0; x < n; ++x) {
            for (int y = x + 1; y < n; ++y) {
                const double s = d->pairScore(*pr++);
                scores.push_back(s);
                for (int mx = memberStart[size_t(x)]; mx < memberStart[size_t(x) + 1]; ++mx)
                    for (int my = memberStart[size_t(y)]; my < memberStart[size_t(y) + 1]; ++my)
                        ta.pairs.append({ mx, my, s });
                for (int p : { items[x].participant, items[x].gtParticipant })
                    for (int q : { items[y].participant, items[y].gtParticipant })
                        if (p >= 0 && q >= 0 && p != q)
                            cells.push_back({ std::min(p, q), std::max(p, q), s });
            }
        }
        if (n >= 2) {
            ta.agreement = taskAgreement(scores, n, d->options);
            c.taskScores.add(ta.agreement);
        }
        // A cell gets the task's mean over the cross pairs of its two participants.
        std::sort(cells.begin(), cells.end(),
            [](const Cell &a, const Cell &b) { return a.p != b.p ? a.p < b.p : a.q < b.q; });
        for (size_t k = 0; k < cells.size();) {
            size_t end = k;
            double sum = 0;
            while (end < cells.size() && cells[end].p == cells[k].p && cells[end].q == cells[k].q)
                sum += cells[end++].score;
            c.grid.at(cells[k].p, cells[k].q).add(sum / double(end - k));
            k = end;
        }
        c.tasks.append(std::move(ta));
    }

    AgreementReport r;
    QVector<int> byRank(order.size());
    for (int i = 0; i < order.size(); ++i)
        byRank[order[i]] = i;
    for (int i : std::as_const(byRank))
        r.participants.append(d->participants.at(i));
    r.matrix = buildMatrix(c.grid, d->ownTasks, byRank);
    for (size_t l = 0; l < d->labelGrids.size(); ++l)
        r.perLabel.insert(
            d->labels.at(qsizetype(l)), buildMatrix(d->labelGrids[l], d->labelOwnTasks[l], byRank));
    r.controls = QStringList(d->controls.cbegin(), d->controls.cend());
    r.controls.sort();
    r.tasks = c.tasks;
    if (c.taskScores.count > 0) {
        r.mean = c.taskScores.mean;
        r.stddev = c.taskScores.stddev();
    }
    r.tasksSeen = d->tasksSeen;
    r.annotationsCounted = d->annotationsCounted;
    r.cancelledSkipped = d->cancelledSkipped;
    return r;
}

} // namespace lsdesk::agreement
