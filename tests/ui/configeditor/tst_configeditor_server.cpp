// The config editor's window on the real server, opened the way the projects pane opens it
// (ConfigEditorLauncher): it loads the project's config, an edit made through the palette saves with
// Ctrl+S and the server then holds exactly the editor's text; removing a label that annotations use is
// blocked before anything is sent (the server's config stays); closing with unsaved changes and
// answering "Save" saves before the window goes.

#include "../../integration/testserver.h"
#include "api/annotationsapi.h"
#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "configeditor/configdocument.h"
#include "configeditor/configeditorlauncher.h"
#include "configeditor/configeditorwindow.h"
#include "configeditor/configsaver.h"
#include "configeditor/configtreeview.h"
#include "configeditor/tagpalette.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QString kConfig = QStringLiteral("<View>\n"
                                       "  <Text name=\"text\" value=\"$text\"/>\n"
                                       "  <Choices name=\"mood\" toName=\"text\">\n"
                                       "    <Choice value=\"Up\"/>\n"
                                       "    <Choice value=\"Down\"/>\n"
                                       "  </Choices>\n"
                                       "</View>");
} // namespace

class TestConfigEditorServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Client> m_client;
    Project m_project;
    QWidget m_main; // the main window's stand-in: parents the editor windows

    QString serverConfig()
    {
        const auto p
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(m_project.id, this, cb); });
        return p.ok() ? p->labelConfig : QStringLiteral("(error: %1)").arg(p.error.message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const TestServer server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        m_client = std::make_unique<Client>(ServerUrl::parse(server.url), ApiKey::classify(server.pat));
        const auto project = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create({ { QStringLiteral("title"),
                              QStringLiteral("editor-%1")
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)) },
                            { QStringLiteral("label_config"), kConfig } },
                    this, cb);
        });
        QVERIFY2(project.ok(), qPrintable(project.error.message));
        m_project = *project;
        const auto imported = await<ImportResult>([&](auto cb) {
            TasksApi(m_client.get())
                .importTasks(m_project.id,
                    QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("hello") } } }, this,
                    cb);
        });
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        const QJsonArray result { QJsonObject { { QStringLiteral("from_name"), QStringLiteral("mood") },
            { QStringLiteral("to_name"), QStringLiteral("text") },
            { QStringLiteral("type"), QStringLiteral("choices") },
            { QStringLiteral("value"),
                QJsonObject { { QStringLiteral("choices"), QJsonArray { QStringLiteral("Up") } } } } } };
        const auto a = await<Annotation>([&](auto cb) {
            AnnotationsApi(m_client.get())
                .create(imported->taskIds.first(), { { QStringLiteral("result"), result } }, this, cb);
        });
        QVERIFY2(a.ok(), qPrintable(a.error.message));
    }

    void editAndSave()
    {
        ConfigEditorLauncher launcher(&m_main);
        launcher.attach(m_client.get());
        QPointer<ConfigEditorWindow> w = launcher.openProject(m_project);
        QVERIFY(w);
        // Nothing to edit until the server's config is in: load() would replace what was typed.
        QVERIFY(!w->isLoaded());
        QVERIFY(!w->centralWidget()->isEnabled());
        QCOMPARE(launcher.openProject(m_project), w.data()); // one window per project
        QTRY_COMPARE_WITH_TIMEOUT(w->document()->text(), kConfig, 10000);
        QVERIFY(w->isLoaded());
        QVERIFY(w->centralWidget()->isEnabled());
        QVERIFY(!w->document()->isModified());

        // A TextArea from the palette (by keyboard), saved with Ctrl+S.
        w->tree()->setCurrentPath({ 0 });
        QLineEdit *filter = w->palette()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("TextArea"));
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(w->document()->isModified());
        QVERIFY(w->isWindowModified());
        QSignalSpy saved(w.data(), &ConfigEditorWindow::saved);
        QCOMPARE(w->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        w->saveAction()->trigger();
        QVERIFY(saved.wait(15000));
        QVERIFY(!w->document()->isModified());
        QCOMPARE(serverConfig(), w->document()->text().trimmed());
        QVERIFY(serverConfig().contains(QStringLiteral("<TextArea name=\"textarea\" toName=\"text\"/>")));

        // Removing "Up", which an annotation uses: blocked before the PATCH, the server keeps its config.
        const QString before = serverConfig();
        QVERIFY(w->document()->removeElement({ 1, 0 }));
        QSignalSpy errors(w.data(), &ConfigEditorWindow::errorOccurred);
        w->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->saveAction()->isEnabled(), 15000);
        QVERIFY(w->document()->isModified()); // the edit is still there
        QCOMPARE(serverConfig(), before);
        QCOMPARE(saved.size(), 1);

        // Closing with that edit: "Save" is blocked the same way, so the window stays open.
        int asked = 0;
        w->setCloseQuestion([&](const QString &) {
            ++asked;
            return ConfigEditorWindow::CloseAnswer::Save;
        });
        w->close();
        QTRY_VERIFY_WITH_TIMEOUT(w->saveAction()->isEnabled(), 15000);
        QCOMPARE(asked, 1);
        QVERIFY(w && w->isVisible());

        // Undo the removal, add a Choice instead, close and answer "Save": saved, then the window goes.
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->insertElement({ 1 }, -1,
            ElementSpec {
                QStringLiteral("Choice"), { { QStringLiteral("value"), QStringLiteral("Flat") } }, {} }));
        w->close();
        QVERIFY(saved.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!w, 5000);
        QVERIFY(serverConfig().contains(QStringLiteral("<Choice value=\"Flat\"/>")));
        QCOMPARE(asked, 2);
    }
};

QTEST_MAIN(TestConfigEditorServer)
#include "tst_configeditor_server.moc"
