// Agreement against the real server (issue #6, point 6): three real members of the server's organization
// (they joined through its invite link, tests/fixtures/lsserver.py) each post their own annotations with
// their own key on a project with Choices, Labels (text spans), RectangleLabels, TextArea and Number, with
// designed disagreements. The live project (AgreementSource::fromProject) and its JSON export
// (fromExportFile) give the same report; the matrix is symmetric, the common-task counts are the designed
// ones, the skipped annotation is left out, and a Choices-only cell is exact. lsdesk-cli agrees on both.

#include "../common/agreementtestutil.h"
#include "agreement/agreementsource.h"
#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "export/exportjob.h"
#include "testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lsdesk;
using namespace lsdesk::agreement;
using namespace lsdesk::test;

namespace {
const char *kConfig = R"(<View>
  <Text name="text" value="$text"/>
  <Image name="image" value="$image"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/>
  </Choices>
  <Labels name="ner" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels>
  <TextArea name="comment" toName="text"/>
  <Number name="count" toName="text" min="0" max="10"/>
</View>)";
constexpr int kTasks = 12;
// Five control tags: a pair that differs only in its choice scores 4/5 (a control neither annotation
// used counts as agreement, docs/agreement.md).
constexpr double kOneChoiceOff = 0.8;

QJsonObject choice(const char *value)
{
    return { { QStringLiteral("from_name"), QStringLiteral("sentiment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("choices"), QJsonArray { QString::fromLatin1(value) } } } } };
}

QJsonObject span(const char *id, int start, int end, const char *label)
{
    return { { QStringLiteral("id"), QString::fromLatin1(id) },
        { QStringLiteral("from_name"), QStringLiteral("ner") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("labels") },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                { QStringLiteral("labels"), QJsonArray { QString::fromLatin1(label) } } } } };
}

QJsonObject box(const char *id, double x, double y, double w, double h, const char *label)
{
    return { { QStringLiteral("id"), QString::fromLatin1(id) },
        { QStringLiteral("from_name"), QStringLiteral("box") },
        { QStringLiteral("to_name"), QStringLiteral("image") },
        { QStringLiteral("type"), QStringLiteral("rectanglelabels") },
        { QStringLiteral("original_width"), 200 }, { QStringLiteral("original_height"), 200 },
        { QStringLiteral("image_rotation"), 0 },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("x"), x }, { QStringLiteral("y"), y },
                { QStringLiteral("width"), w }, { QStringLiteral("height"), h },
                { QStringLiteral("rotation"), 0 },
                { QStringLiteral("rectanglelabels"), QJsonArray { QString::fromLatin1(label) } } } } };
}

QJsonObject text(const char *value)
{
    return { { QStringLiteral("from_name"), QStringLiteral("comment") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("textarea") },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("text"), QJsonArray { QString::fromLatin1(value) } } } } };
}

QJsonObject number(double n)
{
    return { { QStringLiteral("from_name"), QStringLiteral("count") },
        { QStringLiteral("to_name"), QStringLiteral("text") },
        { QStringLiteral("type"), QStringLiteral("number") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("number"), n } } } };
}

// One annotation to post: task index (0-based), annotator (0..2), result, skipped.
struct Planned
{
    int task;
    int annotator;
    QJsonArray result;
    bool cancelled = false;
};

// The design. Tasks 1-4, 9 and 10 are Choices-only for every annotator; annotator 3 annotates task 4
// twice; annotator 2 skips task 8; annotator 1 does not do task 10.
QList<Planned> plan()
{
    return {
        { 0, 0, { choice("Positive") } },
        { 0, 1, { choice("Positive") } },
        { 0, 2, { choice("Positive") } },
        { 1, 0, { choice("Positive") } },
        { 1, 1, { choice("Negative") } },
        { 1, 2, { choice("Positive") } },
        { 2, 0, { choice("Neutral") } },
        { 2, 1, { choice("Neutral") } },
        { 2, 2, { choice("Negative") } },
        { 3, 0, { choice("Positive") } },
        { 3, 1, { choice("Positive") } },
        { 3, 2, { choice("Positive") } },
        { 3, 2, { choice("Negative") } },
        // Spans: one identical, one partially overlapping.
        { 4, 0, { span("a", 0, 5, "PER"), span("b", 15, 19, "ORG") } },
        { 4, 1, { span("c", 0, 5, "PER"), span("d", 13, 19, "ORG") } },
        // Boxes: partially overlapping, same label.
        { 5, 0, { box("e", 10, 10, 20, 20, "Car") } },
        { 5, 1, { box("f", 15, 10, 20, 20, "Car") } },
        // Text and numbers.
        { 6, 0, { text("hello world"), number(3) } },
        { 6, 1, { text("hello word"), number(5) } },
        // Several controls against a skipped annotation (left out).
        { 7, 0, { choice("Positive"), box("g", 30, 30, 10, 10, "Person"), span("h", 0, 5, "PER") } },
        { 7, 1, {}, true },
        { 8, 0, { choice("Negative") } },
        { 8, 1, { choice("Negative") } },
        { 8, 2, { choice("Neutral") } },
        { 9, 1, { choice("Positive") } },
        { 9, 2, { choice("Positive") } },
        // A matched box plus one with another label that matches nothing.
        { 10, 0, { box("i", 20, 20, 30, 30, "Person") } },
        { 10, 2, { box("j", 25, 25, 30, 30, "Person"), box("k", 60, 60, 10, 10, "Car") } },
        { 11, 0, { span("l", 0, 5, "PER"), text("note") } },
        { 11, 2, { span("m", 0, 8, "PER"), text("notes") } },
    };
}

// Doubles within a tiny tolerance: the two sources add the tasks in their own order.
QString compareReports(const AgreementReport &a, const AgreementReport &b)
{
    return lsdesk::test::compareReports(a, b, 1e-9);
}

bool same(double a, double b)
{
    return sameScore(a, b, 1e-9);
}

// Empty when the two JSON values are equal, numbers within a tiny tolerance.
QString compareJson(const QJsonValue &a, const QJsonValue &b, const QString &where = QStringLiteral("$"))
{
    if (a.isDouble() && b.isDouble())
        return same(a.toDouble(), b.toDouble()) ? QString() : where;
    if (a.type() != b.type())
        return where;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return where;
        for (int i = 0; i < x.size(); ++i) {
            if (QString d = compareJson(x.at(i), y.at(i), where + QStringLiteral("[%1]").arg(i));
                !d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return where + QStringLiteral(" keys");
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (QString d = compareJson(it.value(), y.value(it.key()), where + u'.' + it.key()); !d.isEmpty())
                return d;
        }
        return {};
    }
    return a == b ? QString() : where;
}

// The tasks in id order (the two sources need not list them in the same order).
QJsonArray sortedTasks(const QJsonArray &tasks)
{
    QMap<int, QJsonValue> byId;
    for (const QJsonValue &t : tasks)
        byId.insert(t.toObject().value(QLatin1String("id")).toInt(), t);
    QJsonArray out;
    for (const QJsonValue &t : std::as_const(byId))
        out.append(t);
    return out;
}
} // namespace

class TestAgreementServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Client> m_admin;
    int m_project = 0;
    QList<int> m_taskIds;
    QList<int> m_userIds;
    QTemporaryDir m_dir;
    QString m_exportPath;
    QString m_configPath;

    std::unique_ptr<AgreementSource> run(AgreementSource *source)
    {
        std::unique_ptr<AgreementSource> s(source);
        QSignalSpy finished(s.get(), &AgreementSource::finished);
        s->start();
        if (!finished.wait(60000) || finished.size() != 1)
            return nullptr;
        const auto error = finished.first().first().value<ApiError>();
        if (!error.ok()) {
            qWarning("%s", qPrintable(error.message));
            return nullptr;
        }
        return s;
    }

    QJsonObject cli(const QStringList &args, QString *stderrText)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LSDESK_CLI"), QStringList { QStringLiteral("agreement") } + args);
        if (!p.waitForFinished(60000))
            return {};
        *stderrText = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        QVERIFY2(m_server.annotators.size() == 3,
            "server.json has no three annotators (tests/fixtures/lsserver.py)");
        m_admin = std::make_unique<Client>(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat));
        const auto project = await<Project>([&](auto cb) {
            ProjectsApi(m_admin.get())
                .create({ { QStringLiteral("title"), QStringLiteral("Agreement test") },
                            { QStringLiteral("label_config"), QString::fromUtf8(kConfig) } },
                    this, cb);
        });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = project->id;
        QJsonArray tasks;
        const char *texts[] = { "Alice met Bob at Acme in Paris.", "Terrible service again.",
            "The report is due.", "Great food.", "Alice works at Initech now.", "A car parked outside.",
            "Nothing to add here.", "Bob and Acme in Lyon.", "Lost luggage.", "Nice view.", "Two people.",
            "Carla said hi." };
        for (int i = 0; i < kTasks; ++i)
            tasks.append(QJsonObject { { QStringLiteral("data"),
                QJsonObject { { QStringLiteral("text"), QString::fromLatin1(texts[i]) },
                    { QStringLiteral("image"),
                        QStringLiteral("https://example.invalid/img/%1.png").arg(i) } } } });
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(m_admin.get()).importTasks(m_project, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        const auto page = await<Page<Task>>([&](auto cb) {
            TaskQuery q;
            q.project = m_project;
            TasksApi(m_admin.get()).listPage(q, 1, this, cb);
        });
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        for (const Task &t : page->items)
            m_taskIds.append(t.id);
        std::sort(m_taskIds.begin(), m_taskIds.end());
        QCOMPARE(m_taskIds.size(), kTasks);

        // Each annotator writes with their own key: the server records them as completed_by.
        std::vector<std::unique_ptr<Client>> clients;
        for (const auto &m : std::as_const(m_server.annotators)) {
            QVERIFY2(!m.legacyToken.isEmpty() || !m.pat.isEmpty(), qPrintable(m.email));
            clients.push_back(std::make_unique<Client>(ServerUrl::parse(m_server.url),
                ApiKey::classify(m.legacyToken.isEmpty() ? m.pat : m.legacyToken)));
            m_userIds.append(m.userId);
        }
        for (const Planned &p : plan()) {
            const auto a = await<Annotation>([&](auto cb) {
                AnnotationsApi(clients.at(p.annotator).get())
                    .create(m_taskIds.at(p.task),
                        { { QStringLiteral("result"), p.result },
                            { QStringLiteral("was_cancelled"), p.cancelled } },
                        this, cb);
            });
            QVERIFY2(a.ok(), qPrintable(a.error.message));
            QCOMPARE(a->completedBy, m_userIds.at(p.annotator));
        }

        ExportRequest r;
        r.project = m_project;
        r.format = QStringLiteral("JSON");
        r.allTasks = true;
        r.target = m_exportPath = m_dir.filePath(QStringLiteral("export.json"));
        ExportJob job(m_admin.get(), r);
        QSignalSpy done(&job, &ExportJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        const auto error = done.first().first().value<ApiError>();
        QVERIFY2(error.ok(), qPrintable(error.message));
        m_configPath = m_dir.filePath(QStringLiteral("config.xml"));
        QFile config(m_configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(kConfig);
    }

    void liveProjectAndExportAgree()
    {
        const auto live = run(AgreementSource::fromProject(m_admin.get(), m_project, {}));
        QVERIFY(live);
        const auto file = run(AgreementSource::fromExportFile(m_exportPath, {}, QString::fromUtf8(kConfig)));
        QVERIFY(file);
        const AgreementReport &r = live->report();
        const QString diff = compareReports(r, file->report());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The three annotators, and only them (the admin annotated nothing).
        QCOMPARE(r.participants.size(), 3);
        int idx[3];
        for (int k = 0; k < 3; ++k) {
            idx[k] = r.participantIndex(QStringLiteral("user:%1").arg(m_userIds.at(k)));
            QVERIFY(idx[k] >= 0);
            // Names from the organization's users list.
            QCOMPARE(live->participantName(r.participants.at(idx[k])), m_server.annotators.at(k).email);
        }
        const Matrix &m = r.matrix;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::isnan(m.at(i, i)));
            for (int j = 0; j < 3; ++j) {
                QVERIFY(same(m.at(i, j), m.at(j, i)));
                QCOMPARE(m.common(i, j), m.common(j, i));
            }
        }
        // Designed common tasks: annotator 2's skipped task 8 does not count; annotator 1 skipped task 10.
        QCOMPARE(m.common(idx[0], idx[1]), 8);
        QCOMPARE(m.common(idx[0], idx[2]), 7);
        QCOMPARE(m.common(idx[1], idx[2]), 6);
        QCOMPARE(m.common(idx[0], idx[0]), 11);
        QCOMPARE(m.common(idx[1], idx[1]), 9);
        QCOMPARE(m.common(idx[2], idx[2]), 8);
        QCOMPARE(r.cancelledSkipped, 1);
        QCOMPARE(r.annotationsCounted, 11 + 9 + 9);
        QCOMPARE(r.tasksSeen, kTasks);

        // Annotators 2 and 3 share only Choices-only tasks: 1 (same), 2, 3 (one choice off), 4 (same,
        // and annotator 3's second annotation one off: the mean over the cross pairs), 9 (off), 10 (same).
        const double expected
            = (1 + kOneChoiceOff + kOneChoiceOff + (1 + kOneChoiceOff) / 2 + kOneChoiceOff + 1) / 6;
        QVERIFY2(std::abs(m.at(idx[1], idx[2]) - expected) < 1e-12,
            qPrintable(QStringLiteral("%1 vs %2").arg(m.at(idx[1], idx[2])).arg(expected)));

        // Per task: task 1 all agree, task 2's pair of annotators 1 and 2 is exactly one choice off, task 8
        // has the one counted annotation.
        QMap<int, const TaskAgreement *> byId;
        for (const auto &t : r.tasks)
            byId.insert(t.taskId, &t);
        QCOMPARE(byId.value(m_taskIds.at(0))->agreement, 1.0);
        const TaskAgreement *t2 = byId.value(m_taskIds.at(1));
        QCOMPARE(t2->pairs.size(), 3);
        // Pairs 1-2 and 2-3 are off, 1-3 agree.
        QVERIFY(std::abs(t2->agreement - (kOneChoiceOff * 2 + 1) / 3) < 1e-12);
        const TaskAgreement *t8 = byId.value(m_taskIds.at(7));
        QVERIFY(t8);
        QCOMPARE(t8->members.size(), 1);
        QVERIFY(std::isnan(t8->agreement));
        // Partial overlaps score strictly between 0 and 1.
        for (int task : { 4, 5, 6, 10, 11 }) {
            const double a = byId.value(m_taskIds.at(task))->agreement;
            QVERIFY2(a > 0 && a < 1, qPrintable(QStringLiteral("task %1: %2").arg(task + 1).arg(a)));
        }
    }

    void cliOnBothSources()
    {
        QString err;
        const QJsonObject live = cli(
            { QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--per-label") }, &err);
        QVERIFY2(!live.isEmpty(), qPrintable(err));
        // Community: no server matrix, and a note that says so.
        QVERIFY2(err.contains(QLatin1String("computed locally (this server has no agreement endpoint)")),
            qPrintable(err));
        QVERIFY(!live.contains(QLatin1String("server")));
        const QJsonObject file = cli({ QStringLiteral("--file"), m_exportPath, QStringLiteral("--config"),
                                         m_configPath, QStringLiteral("--per-label") },
            &err);
        QVERIFY2(!file.isEmpty(), qPrintable(err));
        for (const char *key : { "matrix", "per_label", "mean", "std", "cancelled_skipped",
                 "annotations_counted", "controls" }) {
            const QString d = compareJson(live.value(QLatin1String(key)), file.value(QLatin1String(key)));
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(key), d)));
        }
        const QString d = compareJson(sortedTasks(live.value(QLatin1String("tasks")).toArray()),
            sortedTasks(file.value(QLatin1String("tasks")).toArray()));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QJsonArray liveKeys, fileKeys;
        for (const QJsonValue &p : live.value(QLatin1String("participants")).toArray())
            liveKeys.append(p.toObject().value(QLatin1String("key")));
        for (const QJsonValue &p : file.value(QLatin1String("participants")).toArray())
            fileKeys.append(p.toObject().value(QLatin1String("key")));
        QCOMPARE(liveKeys, fileKeys);
        QCOMPARE(liveKeys.size(), 3);
        // The live project names people; the export has only their ids.
        QCOMPARE(live.value(QLatin1String("participants"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
            m_server.annotators.at(0).email);

        // The same numbers as the in-process report.
        const auto report
            = run(AgreementSource::fromExportFile(m_exportPath, {}, QString::fromUtf8(kConfig)));
        QVERIFY(report);
        const QJsonArray rows
            = file.value(QLatin1String("matrix")).toObject().value(QLatin1String("agreement")).toArray();
        const QJsonArray counts
            = file.value(QLatin1String("matrix")).toObject().value(QLatin1String("common_tasks")).toArray();
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                const QJsonValue v = rows.at(i).toArray().at(j);
                const double cell = report->report().matrix.at(i, j);
                QVERIFY(std::isnan(cell) ? v.isNull() : same(v.toDouble(), cell));
                QCOMPARE(counts.at(i).toArray().at(j).toInt(), report->report().matrix.common(i, j));
            }
        }

        // CSV: the matrix then the counts, one row per participant.
        QProcess p;
        p.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("agreement"), QStringLiteral("--file"), m_exportPath, QStringLiteral("--format"),
                QStringLiteral("csv") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        QVERIFY(lines.first().startsWith("participant,User #"));
        QCOMPARE(lines.size(), 4 + 1 + 4 + 1);
    }

    void cliErrors()
    {
        QProcess p;
        // A cut-off export: a local file error naming the byte.
        QFile full(m_exportPath);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(QStringLiteral("cut.json"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(full.read(full.size() / 2));
        out.close();
        p.start(qEnvironmentVariable("LSDESK_CLI"),
            { QStringLiteral("agreement"), QStringLiteral("--file"), cut });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 6);
        const QByteArray cutAt = "cut off at byte " + QByteArray::number(full.size() / 2);
        QVERIFY(p.readAllStandardError().contains(cutAt));
        // Neither source: usage.
        p.start(qEnvironmentVariable("LSDESK_CLI"), { QStringLiteral("agreement") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }

    void cleanupTestCase()
    {
        if (m_project > 0)
            await<Empty>([&](auto cb) { ProjectsApi(m_admin.get()).remove(m_project, this, cb); });
    }
};

QTEST_GUILESS_MAIN(TestAgreementServer)
#include "tst_agreement_server.moc"
