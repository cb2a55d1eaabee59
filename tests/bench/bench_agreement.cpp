// The agreement engine on synthetic tasks (issue #6 §7): N tasks × A annotations, each with B
// rectanglelabels boxes and one choices result, jittered per annotator so that IoUs vary. Prints one
// JSON object. Not a test; tests/bench/bench_agreement.py runs the series in docs/benchmarks.md.
//
//   bench_agreement [--tasks N] [--annotators A] [--boxes B] [--rotated F] [--report-every K]
//                   [--from-text | --from-bytes] [--no-per-label]
//
// Each task is built as a QJsonObject just before it is fed and dropped after, as a source streaming a
// project or an export does, so the input never dominates memory: json_ms is the time spent building
// the QJsonObjects (not the engine's), add_ms the time in addTask (this includes parsing each result's
// QJsonObject into regions - parseResults - which is part of the engine's work), report_ms one final
// report(). --from-text first serialises every task to compact JSON text and then times
// QJsonDocument::fromJson per task (json_ms: what a source reading an export pays) + addTask: objects
// parsed from text are laid out compactly, as the engine meets them in the app.
// --from-bytes serialises every task to compact JSON text first as well (not timed) and then times
// AgreementEngine::addTaskJson per task: add_ms then includes parsing each task's bytes (RapidJSON,
// straight into regions), which is what reading an export file costs; json_ms is 0.
// --no-per-label turns AgreementOptions::perLabel off (no per-label matrices).
// --report-every K also calls report() after every K tasks, as the pane does while a project streams
// (report_calls, report_total_ms).
//
// Memory: rss_before_kb after start-up (and, with --from-text, after the text is built), engine_kb =
// VmRSS after the feed - rss_before_kb (what the engine keeps), report_kb = what the report adds,
// peak_kb = VmHWM at the end.
//
// --rotated F gives a fraction F of the boxes a rotation (polygon intersection instead of the axis-
// aligned fast path). The generator is deterministic (fixed seed).

#include "agreement/agreement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <random>
#include <vector>

using namespace lsdesk::agreement;
using namespace Qt::StringLiterals;

namespace {

struct Params
{
    int tasks = 100000;
    int annotators = 3;
    int boxes = 5;
    double rotated = 0;
    int reportEvery = 0;
    bool fromText = false;
    bool fromBytes = false;
    bool perLabel = true;
};

// /proc/self/status fields in kB (VmRSS, VmHWM).
long statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    return -1;
}

class Generator
{
public:
    explicit Generator(const Params &p)
        : m_p(p)
    { }

    // One task shaped like GET /api/tasks?fields=all or a JSON export: the fields the engine reads and
    // the usual others, so that looking keys up costs what it costs on real data.
    QJsonObject task(int id)
    {
        std::uniform_real_distribution<double> pos(0, 80), size(5, 20), jitter(-1.5, 1.5), unit(0, 1);
        struct Box
        {
            double x, y, w, h, r;
            int label;
        };
        std::vector<Box> truth(size_t(m_p.boxes));
        for (Box &b : truth)
            b = { pos(m_rng), pos(m_rng), size(m_rng), size(m_rng),
                unit(m_rng) < m_p.rotated ? 30 * unit(m_rng) : 0, int(m_rng() % 3) };
        const int choice = int(m_rng() % 3);
        static const QString labels[] = { u"Car"_s, u"Person"_s, u"Bike"_s };
        static const QString choices[] = { u"Day"_s, u"Night"_s, u"Dusk"_s };

        QJsonArray annotations;
        for (int a = 0; a < m_p.annotators; ++a) {
            QJsonArray result;
            for (int k = 0; k < m_p.boxes; ++k) {
                const Box &b = truth[size_t(k)];
                // 1 in 10 boxes gets another label, so label matching matters.
                const int label = unit(m_rng) < 0.1 ? (b.label + 1) % 3 : b.label;
                result.append(QJsonObject {
                    { u"id"_s, QString::number(m_regionId++, 36) },
                    { u"from_name"_s, u"label"_s },
                    { u"to_name"_s, u"image"_s },
                    { u"type"_s, u"rectanglelabels"_s },
                    { u"origin"_s, u"manual"_s },
                    { u"original_width"_s, 1920 },
                    { u"original_height"_s, 1080 },
                    { u"image_rotation"_s, 0 },
                    { u"value"_s,
                        QJsonObject { { u"x"_s, b.x + jitter(m_rng) }, { u"y"_s, b.y + jitter(m_rng) },
                            { u"width"_s, b.w + jitter(m_rng) }, { u"height"_s, b.h + jitter(m_rng) },
                            { u"rotation"_s, b.r },
                            { u"rectanglelabels"_s, QJsonArray { labels[label] } } } },
                });
            }
            const int c = unit(m_rng) < 0.2 ? int(m_rng() % 3) : choice;
            result.append(
                QJsonObject { { u"id"_s, QString::number(m_regionId++, 36) }, { u"from_name"_s, u"time"_s },
                    { u"to_name"_s, u"image"_s }, { u"type"_s, u"choices"_s }, { u"origin"_s, u"manual"_s },
                    { u"value"_s, QJsonObject { { u"choices"_s, QJsonArray { choices[c] } } } } });
            annotations.append(QJsonObject { { u"id"_s, m_annotationId++ }, { u"completed_by"_s, 1 + a },
                { u"result"_s, result }, { u"was_cancelled"_s, false }, { u"ground_truth"_s, false },
                { u"created_at"_s, u"2024-05-01T10:00:00.000000Z"_s },
                { u"updated_at"_s, u"2024-05-01T10:00:00.000000Z"_s }, { u"lead_time"_s, 12.5 },
                { u"task"_s, id }, { u"project"_s, 1 } });
        }
        return QJsonObject { { u"id"_s, id },
            { u"data"_s, QJsonObject { { u"image"_s, u"/data/upload/1/img.jpg"_s } } },
            { u"annotations"_s, annotations }, { u"predictions"_s, QJsonArray {} },
            { u"meta"_s, QJsonObject {} }, { u"created_at"_s, u"2024-05-01T10:00:00.000000Z"_s },
            { u"inner_id"_s, id }, { u"project"_s, 1 } };
    }

private:
    Params m_p;
    std::mt19937 m_rng { 20240501 };
    int m_annotationId = 1;
    qint64 m_regionId = 1;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Params p;
    for (int i = 1; i < args.size(); ++i) {
        const QString &k = args.at(i);
        const QString v = args.value(i + 1);
        if (k == u"--from-text"_s) {
            p.fromText = true;
            continue;
        }
        if (k == u"--from-bytes"_s) {
            p.fromBytes = true;
            continue;
        }
        if (k == u"--no-per-label"_s) {
            p.perLabel = false;
            continue;
        }
        ++i;
        if (k == u"--tasks"_s)
            p.tasks = v.toInt();
        else if (k == u"--annotators"_s)
            p.annotators = v.toInt();
        else if (k == u"--boxes"_s)
            p.boxes = v.toInt();
        else if (k == u"--rotated"_s)
            p.rotated = v.toDouble();
        else if (k == u"--report-every"_s)
            p.reportEvery = v.toInt();
        else {
            std::fprintf(stderr,
                "usage: bench_agreement [--tasks N] [--annotators A] [--boxes B] [--rotated F] "
                "[--report-every K] [--from-text | --from-bytes] [--no-per-label]\n");
            return 2;
        }
    }

    Generator gen(p);
    std::vector<QByteArray> texts;
    if (p.fromText || p.fromBytes) {
        texts.reserve(size_t(p.tasks));
        for (int i = 1; i <= p.tasks; ++i)
            texts.push_back(QJsonDocument(gen.task(i)).toJson(QJsonDocument::Compact));
    }
    AgreementOptions options;
    options.perLabel = p.perLabel;
    AgreementEngine engine(options);
    const long rssBefore = statusKb("VmRSS");
    double jsonMs = 0, addMs = 0, reportTotalMs = 0;
    int reportCalls = 0;
    for (int i = 1; i <= p.tasks; ++i) {
        QElapsedTimer t;
        if (p.fromBytes) {
            t.start();
            if (!engine.addTaskJson(QByteArrayView(texts[size_t(i - 1)])))
                std::abort();
            addMs += ms(t);
        } else {
            t.start();
            const QJsonObject task
                = p.fromText ? QJsonDocument::fromJson(texts[size_t(i - 1)]).object() : gen.task(i);
            jsonMs += ms(t);
            t.restart();
            engine.addTask(task);
            addMs += ms(t);
        }
        if (p.reportEvery > 0 && i % p.reportEvery == 0) {
            t.restart();
            const AgreementReport r = engine.report();
            reportTotalMs += ms(t);
            ++reportCalls;
            if (r.tasksSeen != i)
                std::abort();
        }
    }
    const long rssAfterFeed = statusKb("VmRSS");

    QElapsedTimer t;
    t.start();
    const AgreementReport r = engine.report();
    const double reportMs = ms(t);
    const long peak = statusKb("VmHWM");
    const long rssAfterReport = statusKb("VmRSS");

    const QJsonObject out {
        { u"from_text"_s, p.fromText },
        { u"from_bytes"_s, p.fromBytes },
        { u"per_label"_s, p.perLabel },
        { u"per_label_matrices"_s, int(r.perLabel.size()) },
        { u"tasks"_s, p.tasks },
        { u"annotators"_s, p.annotators },
        { u"boxes"_s, p.boxes },
        { u"rotated"_s, p.rotated },
        { u"json_ms"_s, jsonMs },
        { u"add_ms"_s, addMs },
        { u"report_ms"_s, reportMs },
        { u"engine_ms"_s, addMs + reportMs },
        { u"report_every"_s, p.reportEvery },
        { u"report_calls"_s, reportCalls },
        { u"report_total_ms"_s, reportTotalMs },
        { u"rss_before_kb"_s, qint64(rssBefore) },
        { u"engine_kb"_s, qint64(rssAfterFeed - rssBefore) },
        { u"report_kb"_s, qint64(rssAfterReport - rssAfterFeed) },
        { u"peak_kb"_s, qint64(peak) },
        { u"mean"_s, r.mean },
        { u"pairs_per_task"_s, r.tasks.isEmpty() ? 0 : int(r.tasks.first().pairs.size()) },
        { u"annotations_counted"_s, r.annotationsCounted },
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
