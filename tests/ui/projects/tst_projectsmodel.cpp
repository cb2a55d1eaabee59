// ProjectsModel on the fake network: the cheap list (all pages) first, then the counters filled in as they
// arrive; a failed page stops loading and retry() resumes with only what is missing; numeric columns sort
// as numbers through the proxy. The model is under QAbstractItemModelTester throughout.
#include "api/client.h"
#include "fakenam.h"
#include "projects/projectsmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <memory>

using namespace lsdesk;
using namespace lsdesk::test;
using Column = ProjectsModel::Column;

namespace {
const QString kBase = QStringLiteral("https://ls.example.com");
const QString kList = QStringLiteral("/api/projects/");
const QString kCounts = QStringLiteral("/api/projects/counts/");

QJsonObject cheap(int id, const QString &title, const QJsonObject &author = {})
{
    // What the server sends with include=id,title,created_by,created_at: only those fields.
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("created_at"), QStringLiteral("2025-01-0%1T10:00:00.000000Z").arg(id % 9 + 1) },
        { QStringLiteral("created_by"), author } };
}

QJsonObject counts(
    int id, int tasks, int finished = 0, int annotations = 0, int predictions = 0, int skipped = 0)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("task_number"), tasks },
        { QStringLiteral("finished_task_number"), finished },
        { QStringLiteral("total_annotations_number"), annotations },
        { QStringLiteral("total_predictions_number"), predictions },
        { QStringLiteral("skipped_annotations_number"), skipped },
        { QStringLiteral("num_tasks_with_annotations"), finished } };
}

ReplyScript page(int total, const QJsonArray &results)
{
    return ReplyScript::json(
        200, QJsonObject { { QStringLiteral("count"), total }, { QStringLiteral("results"), results } });
}

FakeNam::Predicate pageIs(int n)
{
    return [n](const RecordedRequest &r) {
        return r.query().queryItemValue(QStringLiteral("page")) == QString::number(n);
    };
}

FakeNam::Predicate idsAre(const QString &ids)
{
    return [ids](const RecordedRequest &r) { return r.query().queryItemValue(QStringLiteral("ids")) == ids; };
}
} // namespace

class TestProjectsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<ProjectsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString text(int row, Column c) const { return m_model->index(row, int(c)).data().toString(); }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<Client>(
            ServerUrl::parse(kBase), ApiKey::classify(legacyKey()), m_nam.get(), fastOptions(3000, 0, 10));
        m_model = std::make_unique<ProjectsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setClient(m_client.get());
        m_model->setPageSize(2);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_client.reset();
        m_nam.reset();
    }

    void cheapListFirstThenCounters()
    {
        const QJsonObject ann { { QStringLiteral("first_name"), QStringLiteral("Ann") },
            { QStringLiteral("last_name"), QStringLiteral("Lee") },
            { QStringLiteral("email"), QStringLiteral("ann@example.com") } };
        const QJsonObject bob { { QStringLiteral("email"), QStringLiteral("bob@example.com") } };
        m_nam->once("GET", kList,
            page(3, { cheap(1, QStringLiteral("Cars"), ann), cheap(2, QStringLiteral("Birds"), bob) }),
            pageIs(1));
        m_nam->once("GET", kList, page(3, { cheap(3, QStringLiteral("Trees")) }), pageIs(2));
        // The counters come late, so the list is visible (and the counters blank) before they arrive.
        m_nam->once("GET", kCounts, page(2, { counts(1, 10, 4, 5, 1, 2), counts(2, 7) }).withDelay(300),
            idsAre(QStringLiteral("1,2")));
        m_nam->once("GET", kCounts, page(1, { counts(3, 100, 100, 120, 0, 3) }).withDelay(300),
            idsAre(QStringLiteral("3")));

        QSignalSpy finished(m_model.get(), &ProjectsModel::loadFinished);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->reload();
        QVERIFY(m_model->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, 2000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(text(0, Column::Title), QStringLiteral("Cars"));
        QCOMPARE(text(0, Column::Tasks), QString()); // not counted yet: blank, not 0
        QCOMPARE(m_model->index(0, int(Column::Tasks)).data(ProjectsModel::CountsKnownRole).toBool(), false);
        QCOMPARE(text(0, Column::Author), QStringLiteral("Ann Lee"));
        QCOMPARE(text(1, Column::Author), QStringLiteral("bob@example.com"));
        QVERIFY(!text(0, Column::Created).isEmpty());

        QVERIFY(finished.wait(3000));
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->isComplete());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(text(0, Column::Tasks), QStringLiteral("10"));
        QCOMPARE(text(0, Column::Finished), QStringLiteral("4"));
        QCOMPARE(text(0, Column::Annotations), QStringLiteral("5"));
        QCOMPARE(text(0, Column::Predictions), QStringLiteral("1"));
        QCOMPARE(text(0, Column::Skipped), QStringLiteral("2"));
        QCOMPARE(text(2, Column::Tasks), QStringLiteral("100"));
        QCOMPARE(m_model->project(0).title, QStringLiteral("Cars")); // the counters did not wipe the title

        // The requests are the web UI's: the cheap fields on the list, the counters by id.
        const auto lists = m_nam->requests("GET", kList);
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists[0].query().queryItemValue(QStringLiteral("include")),
            QStringLiteral("id,title,created_by,created_at"));
        QCOMPARE(lists[0].query().queryItemValue(QStringLiteral("page_size")), QStringLiteral("2"));
        const auto countReqs = m_nam->requests("GET", kCounts);
        QCOMPARE(countReqs.size(), 2);
        const QString include = countReqs[0].query().queryItemValue(QStringLiteral("include"));
        QVERIFY2(include.split(QLatin1Char(',')).contains(QLatin1String("id"))
                && include.contains(QLatin1String("task_number"))
                && include.contains(QLatin1String("skipped_annotations_number")),
            qPrintable(include));
        QCOMPARE(countReqs[0].query().queryItemValue(QStringLiteral("ids")), QStringLiteral("1,2"));
        QCOMPARE(m_nam->unmatched(), 0);
    }

    void failedPageThenRetry()
    {
        m_nam->once("GET", kList, page(3, { cheap(1, QStringLiteral("A")), cheap(2, QStringLiteral("B")) }),
            pageIs(1));
        m_nam->once("GET", kList, ReplyScript::json(500, QByteArray(R"({"detail": "boom"})")), pageIs(2));
        m_nam->once("GET", kCounts, ReplyScript::json(503, QByteArray(R"({"detail": "busy"})")),
            idsAre(QStringLiteral("1,2")));
        QSignalSpy failed(m_model.get(), &ProjectsModel::loadFailed);
        QSignalSpy loading(m_model.get(), &ProjectsModel::loadingChanged);
        m_model->reload();
        QVERIFY(failed.wait(3000));
        QTest::qWait(50); // nothing else arrives after the failure
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_model->isLoading());
        QCOMPARE(loading.last().first().toBool(), false);
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(m_model->rowCount(), 2); // what arrived stays

        m_nam->once("GET", kList, page(3, { cheap(3, QStringLiteral("C")) }), pageIs(2));
        m_nam->always("GET", kCounts, page(3, { counts(1, 1), counts(2, 2), counts(3, 3) }));
        QSignalSpy finished(m_model.get(), &ProjectsModel::loadFinished);
        m_model->retry();
        QVERIFY(finished.wait(3000));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->isComplete());
        QVERIFY(m_model->lastError().isEmpty());
        QCOMPARE(text(1, Column::Tasks), QStringLiteral("2"));
        QCOMPARE(text(2, Column::Tasks), QStringLiteral("3"));
        // Page 1 was not fetched again.
        QCOMPARE(m_nam->count("GET", kList), 3);
        int firstPages = 0;
        for (const auto &r : m_nam->requests("GET", kList))
            firstPages += r.query().queryItemValue(QStringLiteral("page")) == QLatin1String("1");
        QCOMPARE(firstPages, 1);
    }

    void numericColumnsSortAsNumbers()
    {
        m_model->setPageSize(100);
        m_nam->once("GET", kList,
            page(3,
                { cheap(1, QStringLiteral("b")), cheap(2, QStringLiteral("a")),
                    cheap(3, QStringLiteral("C")) }));
        m_nam->once("GET", kCounts,
            page(3, { counts(1, 10, 0, 0, 0, 9), counts(2, 9, 0, 0, 0, 100), counts(3, 100, 0, 0, 0, 10) }));
        QSignalSpy finished(m_model.get(), &ProjectsModel::loadFinished);
        m_model->reload();
        QVERIFY(finished.wait(3000));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(ProjectsModel::SortRole);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        const auto column = [&](Column c) {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, int(c)).data().toString();
            return out;
        };
        proxy.sort(int(Column::Tasks), Qt::AscendingOrder);
        QCOMPARE(column(Column::Tasks),
            (QStringList { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100") }));
        proxy.sort(int(Column::Skipped), Qt::DescendingOrder);
        QCOMPARE(column(Column::Skipped),
            (QStringList { QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("9") }));
        proxy.sort(int(Column::Title), Qt::AscendingOrder);
        QCOMPARE(column(Column::Title),
            (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C") }));
        // The instant local filter: title, case-insensitive.
        proxy.setFilterKeyColumn(int(Column::Title));
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("c"));
        QCOMPARE(column(Column::Title), QStringList { QStringLiteral("C") });
    }

    void localUpdatesAndSwitchingServers()
    {
        m_nam->once("GET", kList, page(1, { cheap(1, QStringLiteral("Old")) }));
        m_nam->once("GET", kCounts, page(1, { counts(1, 25) }));
        QSignalSpy finished(m_model.get(), &ProjectsModel::loadFinished);
        m_model->reload();
        QVERIFY(finished.wait(3000));
        // A rename reply without counters keeps the counted ones.
        Project renamed = Project::fromJson(cheap(1, QStringLiteral("New")));
        m_model->upsertProject(renamed, false);
        QCOMPARE(text(0, Column::Title), QStringLiteral("New"));
        QCOMPARE(text(0, Column::Tasks), QStringLiteral("25"));
        m_model->upsertProject(Project::fromJson(counts(7, 0)), true);
        QCOMPARE(m_model->rowCount(), 2);
        m_model->removeProject(1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOfId(7), 0);

        // Switching servers while a page hangs: the rows go, the request is aborted, no late callback.
        m_nam->once("GET", kList, ReplyScript::hang());
        m_model->reload();
        QVERIFY(m_model->isLoading());
        m_model->setClient(nullptr);
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_nam->aborted(), 1);
    }
};

QTEST_MAIN(TestProjectsModel)
#include "tst_projectsmodel.moc"
