// The New project dialog against the real server (Label Studio Community, fixture ls_main): the server's
// template gallery (GET api/templates/) joins the built-ins; a project created through the dialog from a
// built-in template, and one from a server template, have exactly that label_config on the server; a
// config the server refuses shows its message verbatim and creates nothing.

#include "../../integration/testserver.h"
#include "api/projectsapi.h"
#include "api/templatesapi.h"
#include "configeditor/newprojectdialog.h"
#include "configeditor/templatecatalog.h"
#include "configeditor/templatechooser.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

class TestNewProjectDialogServer : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Client> m_client;
    QList<int> m_created;

    QString uniqueTitle(const QString &what) const
    {
        return QStringLiteral("New project dialog %1 %2").arg(what).arg(QCoreApplication::applicationPid());
    }

    // Creates through the dialog as a user would: the title typed, the template picked in the chooser,
    // Create clicked; returns the project the dialog announced.
    std::optional<Project> createThroughDialog(const QString &title, const QString &templateId, QString *xml)
    {
        NewProjectDialog d(m_client.get());
        QSignalSpy loaded(&d, &NewProjectDialog::serverTemplatesLoaded);
        QSignalSpy created(&d, &NewProjectDialog::projectCreated);
        d.show();
        if (!QTest::qWaitForWindowExposed(&d) || !loaded.wait(60000) || loaded.first().at(0).toInt() <= 0)
            return std::nullopt;
        QTest::keyClicks(d.findChild<QLineEdit *>(), title);
        if (!d.templateChooser()->selectTemplate(templateId))
            return std::nullopt;
        *xml = d.labelConfig();
        QTest::mouseClick(d.createButton(), Qt::LeftButton);
        if (!d.isCreating() || !created.wait(60000))
            return std::nullopt;
        m_created.append(d.createdProject()->id);
        return d.createdProject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_MAIN");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_client = std::make_unique<Client>(
            ServerUrl::parse(m_server.url), ApiKey::classify(m_server.pat), &m_nam);
    }

    void cleanupTestCase()
    {
        for (int id : std::as_const(m_created))
            await<Empty>([&](auto cb) { ProjectsApi(m_client.get()).remove(id, this, cb); });
    }

    void serverGalleryIsRead()
    {
        const auto gallery
            = await<ServerTemplates>([&](auto cb) { TemplatesApi(m_client.get()).list(this, cb); });
        QVERIFY2(gallery.ok(), qPrintable(gallery.error.message));
        QVERIFY(gallery->templates.size() > 20);
        QVERIFY(gallery->groups.contains(QStringLiteral("Computer Vision")));
        TemplateCatalog catalog;
        QCOMPARE(catalog.mergeServer(*gallery), int(gallery->templates.size()));
        QVERIFY(catalog.find(QStringLiteral("server/Computer Vision/Object Detection with Bounding Boxes")));
    }

    void createFromBuiltInTemplate()
    {
        QString xml;
        const QString title = uniqueTitle(QStringLiteral("NER"));
        const auto project
            = createThroughDialog(title, QStringLiteral("builtin/named-entity-recognition"), &xml);
        QVERIFY(project);
        QCOMPARE(xml, TemplateCatalog().find(QStringLiteral("builtin/named-entity-recognition"))->xml);
        const auto stored
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(project->id, this, cb); });
        QVERIFY2(stored.ok(), qPrintable(stored.error.message));
        QCOMPARE(stored->title, title);
        // What was sent, as the server keeps it: its serializer's CharField trims surrounding whitespace
        // (Django REST framework's trim_whitespace), so the template's final newline is not stored.
        QVERIFY(xml.endsWith(QLatin1Char('\n')));
        QCOMPARE(stored->labelConfig, xml.trimmed());
        QCOMPARE(project->labelConfig, stored->labelConfig);
    }

    void createBlank()
    {
        // The blank template (the builder's "<View/>") is a config the server takes.
        QString xml;
        const auto project = createThroughDialog(
            uniqueTitle(QStringLiteral("blank")), QStringLiteral("builtin/blank"), &xml);
        QVERIFY(project);
        QCOMPARE(xml, TemplateCatalog::blankXml());
        QCOMPARE(project->labelConfig, QStringLiteral("<View/>"));
    }

    void createFromServerTemplate()
    {
        QString xml;
        const auto project = createThroughDialog(uniqueTitle(QStringLiteral("server template")),
            QStringLiteral("server/Computer Vision/Object Detection with Bounding Boxes"), &xml);
        QVERIFY(project);
        QVERIFY(xml.contains(QStringLiteral("RectangleLabels")));
        const auto stored
            = await<Project>([&](auto cb) { ProjectsApi(m_client.get()).get(project->id, this, cb); });
        QVERIFY2(stored.ok(), qPrintable(stored.error.message));
        QCOMPARE(stored->labelConfig, xml.trimmed());
    }

    void refusedConfigShowsTheServersMessage()
    {
        // Choices without a Choice: the server's schema refuses it.
        const QString bad
            = QStringLiteral("<View><Image name=\"image\" value=\"$image\"/><Choices name=\"c\" "
                             "toName=\"image\"/></View>");
        const QString title = uniqueTitle(QStringLiteral("refused"));
        // The server's own reply, asked directly, for comparison.
        const auto direct = await<Project>([&](auto cb) {
            ProjectsApi(m_client.get())
                .create(QJsonObject { { QStringLiteral("title"), title },
                            { QStringLiteral("label_config"), bad } },
                    this, cb);
        });
        QVERIFY(!direct.ok());
        const QJsonArray messages
            = direct.error.validationErrors.value(QStringLiteral("label_config")).toArray();
        QVERIFY2(!messages.isEmpty(), qPrintable(direct.error.message));
        const QString serverText = messages.first().toString();
        QVERIFY2(
            serverText.contains(QStringLiteral("'Choice' is a required property")), qPrintable(serverText));

        NewProjectDialog d(m_client.get());
        QSignalSpy created(&d, &NewProjectDialog::projectCreated);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.findChild<QLineEdit *>(), title);
        d.setLabelConfig(bad);
        QTest::mouseClick(d.createButton(), Qt::LeftButton);
        QVERIFY(d.isCreating());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isCreating(), 60000);
        QCOMPARE(d.errorText(), QStringLiteral("label_config: ") + serverText);
        QCOMPARE(created.size(), 0);
        QVERIFY(d.isVisible());

        // Nothing was created under that title.
        ProjectQuery q;
        q.title = title;
        const auto page
            = await<Page<Project>>([&](auto cb) { ProjectsApi(m_client.get()).list(q, this, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page->items.size(), 0);
    }
};

QTEST_MAIN(TestNewProjectDialogServer)
#include "tst_newprojectdialog_server.moc"
