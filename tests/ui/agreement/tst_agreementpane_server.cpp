// The Agreement pane against the real server (Label Studio Community): a project whose tasks two
// members of the organization annotated with their own keys, computed through the launcher as the main
// window does; the matrix shows both with their names, the note says the server has no agreement
// endpoint, the tasks pane gets the local column, and a cell's click-through fetches a task from the
// server and compares the two annotations.

#include "../../integration/testserver.h"
#include "agreement/agreementlauncher.h"
#include "agreement/agreementmatrixmodel.h"
#include "agreement/agreementpane.h"
#include "agreement/comparisonview.h"
#include "agreement/pairtasksmodel.h"
#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "tasks/taskspane.h"

#include <QLabel>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
QJsonObject box(double x, const QString &label)
{
    return QJsonObject { { QStringLiteral("from_name"), QStringLiteral("box") },
        { QStringLiteral("to_name"), QStringLiteral("image") },
        { QStringLiteral("type"), QStringLiteral("rectanglelabels") },
        { QStringLiteral("original_width"), 100 }, { QStringLiteral("original_height"), 100 },
        { QStringLiteral("value"),
            QJsonObject { { QStringLiteral("x"), x }, { QStringLiteral("y"), 10 },
                { QStringLiteral("width"), 20 }, { QStringLiteral("height"), 20 },
                { QStringLiteral("rotation"), 0 },
                { QStringLiteral("rectanglelabels"), QJsonArray { label } } } } };
}

QJsonObject choice(const QString &value)
{
    return QJsonObject { { QStringLiteral("from_name"), QStringLiteral("quality") },
        { QStringLiteral("to_name"), QStringLiteral("image") },
        { QStringLiteral("type"), QStringLiteral("choices") },
        { QStringLiteral("value"), QJsonObject { { QStringLiteral("choices"), QJsonArray { value } } } } };
}
} // namespace

class TestAgreementPaneServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void computeProjectAndClickThrough()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        if (m_server.annotators.size() < 2)
            QSKIP("The server fixture has fewer than two organization members");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());

        Client admin(ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
        const QJsonObject fields {
            { QStringLiteral("title"),
                QStringLiteral("Agreement pane %1").arg(QCoreApplication::applicationPid()) },
            { QStringLiteral("label_config"),
                QStringLiteral(
                    "<View><Image name=\"image\" value=\"$image\"/><RectangleLabels name=\"box\" "
                    "toName=\"image\"><Label value=\"Cat\"/><Label value=\"Dog\"/></RectangleLabels>"
                    "<Choices name=\"quality\" toName=\"image\"><Choice value=\"good\"/>"
                    "<Choice value=\"bad\"/></Choices></View>") }
        };
        const auto project = await<Project>([&](auto cb) { ProjectsApi(&admin).create(fields, this, cb); });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        QJsonArray tasks;
        for (int i = 0; i < 3; ++i)
            tasks.append(QJsonObject {
                { QStringLiteral("image"), QStringLiteral("https://example.com/%1.jpg").arg(i) } });
        const auto imported = await<ImportResult>(
            [&](auto cb) { TasksApi(&admin).importTasks(project->id, tasks, this, cb); });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        TaskQuery q;
        q.project = project->id;
        q.fields = TaskQuery::Fields::TaskOnly;
        const auto page = await<Page<Task>>([&](auto cb) { TasksApi(&admin).listPage(q, 1, this, cb); });
        QVERIFY2(page.ok() && page->items.size() == 3, qPrintable(page.error.message));

        // Two members, each with their own key: the same first box everywhere, the second box only where
        // they agree on the choice (tasks 1 and 2), a different choice on the last task.
        for (int m = 0; m < 2; ++m) {
            Client member(
                ServerUrl::parse(m_server.url), ApiKey::classify(m_server.annotators.at(m).pat), &m_nam);
            for (int i = 0; i < 3; ++i) {
                QJsonArray result { box(10, QStringLiteral("Cat")) };
                if (i < 2)
                    result.append(box(50 + m * 5, QStringLiteral("Dog")));
                result.append(choice(i == 2 && m == 1 ? QStringLiteral("bad") : QStringLiteral("good")));
                const auto a = await<Annotation>([&](auto cb) {
                    AnnotationsApi(&member).create(
                        page->items.at(i).id, QJsonObject { { QStringLiteral("result"), result } }, this, cb);
                });
                QVERIFY2(a.ok(), qPrintable(a.error.message));
            }
        }

        QMainWindow window;
        AgreementLauncher launcher(&window);
        TasksPane tasksPane(&admin);
        tasksPane.setProject(project->id);
        launcher.attach(&admin, false, &tasksPane);
        launcher.setOpenProject(project->id, project->title);
        AgreementPane *pane = launcher.pane();
        window.setCentralWidget(pane);
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(pane->computeButton()->isEnabled());
        QSignalSpy finished(&launcher, &AgreementLauncher::computationFinished);
        QTest::mouseClick(pane->computeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);

        AgreementMatrixModel *model = pane->matrixModel();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex cell = model->index(0, 1);
        QVERIFY(cell.data(AgreementMatrixModel::ValueRole).isValid());
        QCOMPARE(cell.data(AgreementMatrixModel::CommonTasksRole).toInt(), 3);
        const double v = cell.data(AgreementMatrixModel::ValueRole).toDouble();
        QVERIFY2(v > 0.3 && v < 1.0, qPrintable(QString::number(v)));
        // People's names (or e-mails), not user ids.
        QVERIFY(!model->headerData(0, Qt::Vertical).toString().startsWith(QLatin1String("User #")));
        QVERIFY(pane->findChildren<QLabel *>().size() > 0);
        bool noted = false;
        for (QLabel *l : pane->findChildren<QLabel *>())
            noted = noted || (l->isVisible() && l->text().contains(QLatin1String("no agreement endpoint")));
        QVERIFY(noted);
        // The tasks pane's local column.
        QCOMPARE(tasksPane.model()->localAgreement().size(), 3);

        // Click-through: the tasks of the pair, one fetched from the server and compared.
        QTableView *view = pane->matrixView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QCOMPARE(pane->pairTasksModel()->rowCount(), 3);
        QVERIFY(QTest::qWaitFor([&] { return pane->comparisonView()->hasCanvas(); }, 20000));
        QVERIFY(pane->comparisonView()->canvasLabels().contains(QStringLiteral("Cat IoU 1.00")));
    }
};

QTEST_MAIN(TestAgreementPaneServer)
#include "tst_agreementpane_server.moc"
