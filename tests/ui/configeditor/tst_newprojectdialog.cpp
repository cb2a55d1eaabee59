// The New project dialog on a scripted server: the title is required, Create posts title, description
// and the chosen template's config, the request runs in the background with a progress bar and can be
// stopped, a refused config shows the server's validation text verbatim, the editor hook replaces the
// config, and the server's template gallery joins the built-ins.

#include "api/client.h"
#include "configeditor/newprojectdialog.h"
#include "configeditor/templatecatalog.h"
#include "configeditor/templatechooser.h"
#include "fakenam.h"
#include "testutil.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lsdesk;
using namespace lsdesk::test;

namespace {
const QByteArray kGallery = QJsonDocument(
    QJsonObject {
        { QStringLiteral("templates"),
            QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Gallery Boxes") },
                { QStringLiteral("type"), QStringLiteral("community") },
                { QStringLiteral("group"), QStringLiteral("Computer Vision") },
                { QStringLiteral("order"), 1 }, { QStringLiteral("details"), QStringLiteral("<p>boxes</p>") },
                { QStringLiteral("config"),
                    QStringLiteral("<View><Image name=\"i\" value=\"$i\"/></View>") } } } },
        { QStringLiteral("groups"), QJsonArray { QStringLiteral("Computer Vision") } } })
                                .toJson();

struct Fixture
{
    FakeNam nam;
    Client client { ServerUrl::parse(QStringLiteral("https://ls.example.com")), ApiKey::classify(legacyKey()),
        &nam, fastOptions(3000, 0) };
};

QPushButton *cancelButton(NewProjectDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
}
} // namespace

class TestNewProjectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleIsRequired()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/templates/"), ReplyScript::json(200, kGallery));
        NewProjectDialog d(&f.client);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.createButton()->isEnabled());
        QTest::keyClicks(d.findChild<QLineEdit *>(), QStringLiteral("   "));
        QVERIFY(!d.createButton()->isEnabled()); // blanks are no title
        d.create();
        QCOMPARE(f.nam.count("POST", QStringLiteral("/api/projects/")), 0);
        QTest::keyClicks(d.findChild<QLineEdit *>(), QStringLiteral("Boxes"));
        QVERIFY(d.createButton()->isEnabled());
        // Without a client nothing can be created.
        NewProjectDialog offline(nullptr);
        offline.setProjectTitle(QStringLiteral("x"));
        QVERIFY(!offline.createButton()->isEnabled());
        QCOMPARE(offline.labelConfig(), TemplateCatalog::blankXml());
    }

    void createsFromTheChosenTemplate()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/templates/"), ReplyScript::json(200, kGallery));
        f.nam.once("POST", QStringLiteral("/api/projects/"),
            ReplyScript::json(201,
                QJsonObject {
                    { QStringLiteral("id"), 42 }, { QStringLiteral("title"), QStringLiteral("Boxes") } })
                .withDelay(50));
        NewProjectDialog d(&f.client);
        QSignalSpy created(&d, &NewProjectDialog::projectCreated);
        QSignalSpy loaded(&d, &NewProjectDialog::serverTemplatesLoaded);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.findChild<QLineEdit *>(), QStringLiteral("Boxes"));
        d.setDescription(QStringLiteral("Cars and people"));
        // The template by keyboard: the chooser's filter (Alt+M), a few letters, Enter goes to Create.
        TemplateChooser *chooser = d.templateChooser();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_M, Qt::AltModifier);
        QVERIFY(chooser->filterEdit()->hasFocus());
        QTest::keyClicks(chooser->filterEdit(), QStringLiteral("bounding"));
        QCOMPARE(chooser->currentId(), QStringLiteral("builtin/image-bounding-boxes"));
        const QString xml = chooser->currentXml();
        QCOMPARE(d.labelConfig(), xml);
        QVERIFY(d.configNote().contains(QStringLiteral("Object detection with bounding boxes")));
        QTest::keyClick(chooser->filterEdit(), Qt::Key_Return);
        QVERIFY(d.createButton()->hasFocus());
        QTest::keyClick(d.createButton(), Qt::Key_Space);

        QVERIFY(d.isCreating());
        QVERIFY(d.findChild<QProgressBar *>()->isVisible());
        QVERIFY(!d.createButton()->isEnabled());
        QVERIFY(!d.findChild<QLineEdit *>()->isEnabled());
        QVERIFY(created.wait(3000));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(created.first().at(0).value<Project>().id, 42);
        QCOMPARE(d.createdProject()->id, 42);

        const auto posts = f.nam.requests("POST", QStringLiteral("/api/projects/"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = posts.first().json().object();
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("Boxes"));
        QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("Cars and people"));
        QCOMPARE(body.value(QStringLiteral("label_config")).toString(), xml);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 1);
    }

    void refusedConfigShowsTheServersText()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/templates/"), ReplyScript::html(404, "<h1>Not Found</h1>"));
        const QString message = QStringLiteral("Validation failed on : 'Choice' is a required property");
        f.nam.once("POST", QStringLiteral("/api/projects/"),
            ReplyScript::json(400,
                QJsonObject { { QStringLiteral("id"), QStringLiteral("x") },
                    { QStringLiteral("status_code"), 400 },
                    { QStringLiteral("detail"), QStringLiteral("Validation error") },
                    { QStringLiteral("validation_errors"),
                        QJsonObject { { QStringLiteral("label_config"), QJsonArray { message } } } } }));
        NewProjectDialog d(&f.client);
        QSignalSpy created(&d, &NewProjectDialog::projectCreated);
        QSignalSpy loaded(&d, &NewProjectDialog::serverTemplatesLoaded);
        d.show();
        d.setProjectTitle(QStringLiteral("Refused"));
        const QString bad
            = QStringLiteral("<View><Image name=\"image\" value=\"$image\"/><Choices name=\"c\" "
                             "toName=\"image\"/></View>");
        d.setLabelConfig(bad);
        QVERIFY(d.configNote().contains(QStringLiteral("edited in the config editor")));
        d.createButton()->click();
        QTRY_VERIFY(!d.isCreating());
        QCOMPARE(d.errorText(), QStringLiteral("label_config: ") + message);
        QVERIFY(d.isVisible()); // still open, everything as typed
        QCOMPARE(d.projectTitle(), QStringLiteral("Refused"));
        QCOMPARE(d.labelConfig(), bad);
        QCOMPARE(created.size(), 0);
        QVERIFY(d.createButton()->isEnabled());
        // No gallery on this server: said, not an error.
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), -1);
        QVERIFY(d.configNote().contains(QStringLiteral("no template gallery")));
    }

    void stopWhileRunning()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/templates/"), ReplyScript::json(200, kGallery));
        f.nam.always("POST", QStringLiteral("/api/projects/"), ReplyScript::hang());
        NewProjectDialog d(&f.client);
        QSignalSpy created(&d, &NewProjectDialog::projectCreated);
        d.show();
        d.setProjectTitle(QStringLiteral("Slow"));
        d.createButton()->click();
        QVERIFY(d.isCreating());
        QCOMPARE(cancelButton(d)->text(), QStringLiteral("&Stop"));
        // Escape (reject) stops the request and keeps the dialog open.
        QTest::keyClick(&d, Qt::Key_Escape);
        QVERIFY(!d.isCreating());
        QVERIFY(d.isVisible());
        QCOMPARE(f.nam.aborted(), 1);
        QVERIFY(!d.findChild<QProgressBar *>()->isVisible());
        QVERIFY(d.createButton()->isEnabled());
        QVERIFY(cancelButton(d)->text() != QStringLiteral("&Stop"));
        QTest::qWait(50);
        QCOMPARE(created.size(), 0);
        QVERIFY(d.errorText().isEmpty()); // a stop is no server error
        // A second Escape closes.
        QTest::keyClick(&d, Qt::Key_Escape);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    void editorHookReplacesTheConfig()
    {
        Fixture f;
        f.nam.always("GET", QStringLiteral("/api/templates/"), ReplyScript::json(200, kGallery));
        NewProjectDialog d(&f.client);
        QString requested;
        connect(&d, &NewProjectDialog::editConfigRequested, this, [&](const QString &xml) {
            requested = xml;
            d.setLabelConfig(QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>"));
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.templateChooser()->selectTemplate(QStringLiteral("builtin/text-classification"));
        auto *edit = d.findChild<QPushButton *>(QString());
        for (QPushButton *b : d.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("config editor")))
                edit = b;
        }
        QVERIFY(edit->isVisible()); // shown because the signal is connected
        edit->click();
        QCOMPARE(requested, TemplateCatalog().find(QStringLiteral("builtin/text-classification"))->xml);
        QCOMPARE(d.labelConfig(), QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>"));

        // The server's gallery arrived meanwhile without touching the edited config.
        QTRY_VERIFY(d.templateChooser()->catalog().serverCount() == 1);
        QCOMPARE(d.labelConfig(), QStringLiteral("<View><Text name=\"t\" value=\"$t\"/></View>"));
        // Without a listener there is no button.
        NewProjectDialog plain(&f.client);
        plain.show();
        for (QPushButton *b : plain.findChildren<QPushButton *>())
            QVERIFY(!(b->text().contains(QStringLiteral("config editor")) && b->isVisible()));
    }
};

QTEST_MAIN(TestNewProjectDialog)
#include "tst_newprojectdialog.moc"
