// The whole window against the real server (issue #4, point 4): a project of 5,000 tasks annotated by
// three users - open it, scroll the task table to the end, filter, open a task, see its annotations.
// Also: connecting and its failures in the banner, the layout restored from QSettings, the shortcuts,
// and `lsdesk --screenshot --pane`.

#include "../integration/testserver.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationspane.h"
#include "api/datamanagerapi.h"
#include "auth/credentialstore.h"
#include "mainwindow.h"
#include "projects/projectsmodel.h"
#include "projects/projectspane.h"
#include "settings/appsettings.h"
#include "tasks/tasksmodel.h"
#include "tasks/taskspane.h"
#include "widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kTitle = QStringLiteral("Widget test: 5,000 tasks");
constexpr int kTasks = 5000;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    int m_project = 0;

    struct Window
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<AppSettings> prefs;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Window> makeWindow(const QString &ini)
    {
        auto w = std::make_unique<Window>();
        w->settings = std::make_unique<QSettings>(m_dir.filePath(ini), QSettings::IniFormat);
        w->prefs = std::make_unique<AppSettings>(w->settings.get());
        w->window = std::make_unique<MainWindow>(&w->nam, nullptr, w->settings.get(), w->prefs.get());
        w->window->show();
        return w;
    }

    bool connectWindow(MainWindow *w)
    {
        QSignalSpy done(w, &MainWindow::connectionFinished);
        w->connectTo(m_server.url, m_server.pat);
        return (done.count() == 1 || done.wait(60000)) && done.first().first().toBool();
    }

    static QString visibleText(QWidget *w)
    {
        QStringList texts;
        for (QLabel *l : w->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_BROWSE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        // The demo data at 5,000 tasks: three annotators on a fifth of the tasks, two on the next fifth,
        // one on the next 13 %, predictions on every sixth task (tests/fixtures/seed_demo.py).
        QProcess seed;
        seed.start(qEnvironmentVariable("LSDESK_TEST_VENV_PYTHON"),
            { QStringLiteral(LSDESK_SEED_SCRIPT), QStringLiteral("--server-json"),
                qEnvironmentVariable("LSDESK_TEST_SERVER_LS_BROWSE"), QStringLiteral("--title"), kTitle,
                QStringLiteral("--tasks"), QString::number(kTasks) });
        QVERIFY(seed.waitForFinished(600000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());
        m_project = seed.readAllStandardOutput().trimmed().split('\n').last().toInt();
        QVERIFY(m_project > 0);
    }

    void connectsAndShowsTheServer()
    {
        auto w = makeWindow(QStringLiteral("connect.ini"));
        QVERIFY(connectWindow(w->window.get()));
        const QString text = w->window->connectionText();
        QVERIFY2(text.contains(QLatin1String("Label Studio 1.23.2")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Community")));
        // Community servers have no comments: the window makes no comments panel (nothing asks for them).
        QVERIFY(w->window->annotationsPane());
        QVERIFY(!w->window->annotationsPane()->commentsPanel());
        QVERIFY(!visibleText(w->window.get()).contains(m_server.pat));
        QVERIFY(!w->window->banner()->isVisible());
    }

    void failuresGoToTheBannerWithRetry_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("retry");
        QTest::newRow("not a url") << QStringLiteral("labelstudio") << QStringLiteral("x")
                                   << QStringLiteral("is not a server URL") << false;
        QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:9")
                                 << QStringLiteral("0000000000000000000000000000000000000000")
                                 << QStringLiteral("connection refused") << true;
        QTest::newRow("wrong key") << QString() << QStringLiteral("0000000000000000000000000000000000000000")
                                   << QStringLiteral("Invalid token") << true;
    }

    void failuresGoToTheBannerWithRetry()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(bool, retry);
        auto w = makeWindow(QStringLiteral("fail.ini"));
        QSignalSpy done(w->window.get(), &MainWindow::connectionFinished);
        w->window->connectTo(url.isEmpty() ? m_server.url : url, key);
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        ErrorBanner *banner = w->window->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(expected, Qt::CaseInsensitive), qPrintable(banner->message()));
        QVERIFY(!banner->message().contains(key) || key.size() < 8);
        QCOMPARE(banner->canRetry(), retry);
        if (retry) {
            banner->retry(); // tries again, fails again, shows the banner again
            QVERIFY(done.wait(60000));
            QVERIFY(banner->isVisible());
        }
    }

    // Start-up: the last profile used reconnects by itself, its key read from the keychain.
    void lastProfileReconnects()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: run under dbus-run-session -- bash .ci/with-keyring.sh");
        QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        CredentialStore store(
            &settings, QStringLiteral("lsdesk-test-%1").arg(QCoreApplication::applicationPid()));
        bool stored = false;
        QEventLoop loop;
        store.saveProfile({ QStringLiteral("work"), m_server.url }, m_server.pat, this,
            [&](const CredentialStore::Outcome &o) {
                stored = o.ok();
                loop.quit();
            });
        loop.exec();
        QVERIFY(stored);
        settings.setValue(QStringLiteral("mainwindow/lastProfile"), QStringLiteral("work"));
        QNetworkAccessManager nam;
        AppSettings prefs(&settings);
        MainWindow w(&nam, &store, &settings, &prefs);
        w.show();
        QSignalSpy done(&w, &MainWindow::connectionFinished);
        w.restoreLastProfile();
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(w.connectionText().contains(QLatin1String("1.23.2")));
        // The key never reaches the settings file.
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_server.pat.toUtf8()));
        QEventLoop removed;
        store.removeProfile(
            QStringLiteral("work"), this, [&](const CredentialStore::Outcome &) { removed.quit(); });
        removed.exec();
    }

    // A connection attempt to a server that never answers can be cancelled from the status bar.
    void connectingCanBeCancelled()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto w = makeWindow(QStringLiteral("cancel.ini"));
        QSignalSpy done(w->window.get(), &MainWindow::connectionFinished);
        w->window->connectTo(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), m_server.pat);
        QVERIFY(w->window->isConnecting());
        QTest::qWait(200);
        QCOMPARE(done.count(), 0);
        w->window->cancelConnect();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!w->window->isConnecting());
        QVERIFY(w->window->connectionText().contains(QLatin1String("Not connected")));
        QTest::qWait(100); // the cancelled client is gone without a late callback
        QCOMPARE(done.count(), 1);
    }

    // The acceptance path of issue #4: open the project, scroll to the end, filter, open a task.
    void browseFiveThousandTasks()
    {
        auto w = makeWindow(QStringLiteral("browse.ini"));
        QVERIFY(connectWindow(w->window.get()));
        ProjectsPane *projects = w->window->projectsPane();
        QVERIFY(projects);
        // The project appears in the list (the cheap list first, counters after).
        QTRY_VERIFY_WITH_TIMEOUT(projects->selectProject(m_project), 60000);
        projects->openCurrent();
        TasksPane *tasks = w->window->tasksPane();
        TasksModel *model = tasks->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), kTasks, 60000);
        QCOMPARE(model->rowCount(), kTasks);
        // Every row exists at once; only the pages in view are here.
        QVERIFY(model->cachedPageCount() <= model->maxCachedPages());

        // Scroll to the end: the last row loads (its page alone), and it is the newest task.
        tasks->view()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowState(kTasks - 1), TasksModel::RowState::Loaded, 60000);
        const int lastId = model->taskId(kTasks - 1);
        tasks->view()->scrollToTop();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowState(0), TasksModel::RowState::Loaded, 60000);
        QCOMPARE(lastId - model->taskId(0), kTasks - 1); // ids are consecutive in one import
        QVERIFY(model->cachedPageCount() <= model->maxCachedPages());

        // Filter: the first 25 tasks by id (a Data Manager filter built like the filter bar does).
        const QJsonObject query
            = dmQuery({ DmFilter { QStringLiteral("tasks:id"), QStringLiteral("less_or_equal"),
                          QStringLiteral("Number"), QJsonValue(model->taskId(0) + 24) } },
                QStringLiteral("and"), {});
        model->setQuery(query);
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 25, 60000);
        QCOMPARE(model->rowCount(), 25);

        // Open the first task: three annotators and one prediction (task 0 of the demo data).
        QTRY_COMPARE_WITH_TIMEOUT(model->rowState(0), TasksModel::RowState::Loaded, 60000);
        tasks->view()->setFocus();
        tasks->view()->setCurrentIndex(model->index(0, 0));
        AnnotationsPane *annotations = w->window->annotationsPane();
        QVERIFY(annotations);
        QSignalSpy loaded(annotations, &AnnotationsPane::taskLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(60000));
        AnnotationsModel *tree = annotations->model();
        int annotationRows = 0;
        int predictionRows = 0;
        for (int r = 0; r < tree->rowCount(); ++r) {
            const auto kind = tree->kindOf(tree->index(r, 0));
            annotationRows += kind == AnnotationsModel::Kind::Annotation;
            predictionRows += kind == AnnotationsModel::Kind::Prediction;
        }
        QCOMPARE(annotationRows, 3);
        QCOMPARE(predictionRows, 1);
        // Results are a tree: annotation → control → label → value.
        QVERIFY(tree->rowCount(tree->index(0, 0)) > 0);

        // Next task by keyboard (Go › Next task) moves the selection and the annotations follow.
        QSignalSpy next(annotations, &AnnotationsPane::taskLoaded);
        QTest::keyClick(w->window.get(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(next.count() > 0 || next.wait(60000));
        QCOMPARE(next.last().first().toInt(), model->taskId(1));
    }

    void layoutIsRestored()
    {
        {
            auto w = makeWindow(QStringLiteral("layout.ini"));
            auto *dock = w->window->findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
            QVERIFY(dock);
            dock->hide();
            w->window->resize(1000, 700);
            w->window->close(); // saves geometry and dock state
        }
        auto w = makeWindow(QStringLiteral("layout.ini"));
        QVERIFY(!w->window->findChild<QDockWidget *>(QStringLiteral("annotationsDock"))->isVisible());
        QCOMPARE(w->window->size(), QSize(1000, 700));
    }

    void shortcutsExist()
    {
        auto w = makeWindow(QStringLiteral("keys.ini"));
        QStringList found;
        for (QAction *a : w->window->findChildren<QAction *>()) {
            if (!a->shortcut().isEmpty())
                found << a->shortcut().toString(QKeySequence::PortableText);
        }
        for (const char *key :
            { "F5", "Ctrl+F", "Alt+1", "Alt+2", "Alt+3", "Ctrl+Down", "Ctrl+Up", "Ctrl+O" })
            QVERIFY2(found.contains(QLatin1String(key)), key);
        // Each key means one thing wherever the focus is: no two actions share one in the same scope.
        QVERIFY2(found.count(QStringLiteral("F5")) == 1, qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY2(found.count(QStringLiteral("Ctrl+F")) == 1, qPrintable(found.join(QLatin1Char(' '))));
        // Ctrl+F in the projects pane goes to its filter; Alt+1 gets there by keyboard.
        QVERIFY(QTest::qWaitForWindowActive(w->window.get()));
        QTest::keyClick(w->window.get(), Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w->window->projectsPane()->filterEdit());
    }

    void screenshotOfEachPane_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::newRow("projects") << QStringLiteral("projects");
        QTest::newRow("annotations") << QStringLiteral("annotations");
    }

    void screenshotOfEachPane()
    {
        QFETCH(QString, pane);
        const QString file = m_dir.filePath(pane + QStringLiteral(".png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
        env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-") + pane));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-") + pane));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LSDESK_APP),
            { QStringLiteral("--screenshot"), file, QStringLiteral("--pane"), pane });
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QImage shot(file);
        QVERIFY2(!shot.isNull(), qPrintable(file));
        QVERIFY(shot.width() >= 800 && shot.height() >= 500);
        const QProcess::ExitStatus status = app.exitStatus();
        QCOMPARE(status, QProcess::NormalExit);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
