// The user guide's screenshots of dialogs (issue #9, point 4), taken the way scripts/make-screenshots.sh
// takes them: `lsdesk --screenshot FILE --dialog connect|export|import|new-project` against the real demo
// server, and `--pane agreement --input EXPORT` with no server, from an export lsdesk-cli wrote. Each
// run must finish on its own (exit code 0: the dialog got into its state; 3 would be the window instead,
// after a timeout), and leave a picture of dialog size that is not blank. The API key must end up in no
// file the app writes (settings, log).
#include "../../integration/testserver.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using lsdesk::test::TestServer;

namespace {

const QString kTitle = QStringLiteral("Screenshots: sentiment + NER");
constexpr int kTasks = 60;

int distinctColours(const QImage &image, int enough)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x]);
            if (colours.size() >= enough)
                return enough;
        }
    }
    return int(colours.size());
}

} // namespace

class TestDialogScreenshots : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    int m_project = 0;
    QString m_export;
    QString m_csv;

    QProcessEnvironment environment(const QString &name, bool withServer) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LABEL_STUDIO_URL"));
        env.remove(QStringLiteral("LABEL_STUDIO_API_KEY"));
        if (withServer) {
            env.insert(QStringLiteral("LABEL_STUDIO_URL"), m_server.url);
            env.insert(QStringLiteral("LABEL_STUDIO_API_KEY"), m_server.pat);
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-") + name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-") + name));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = TestServer::load("LSDESK_TEST_SERVER_LS_BROWSE");
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        // A small demo project of our own (three annotators with some disagreement). ctest runs this after
        // tst_mainwindow, which seeds the same server (DEPENDS); run alone, the demo users may be signed up
        // here while another client does the same: one more try then finds them made.
        QByteArray errors;
        for (int attempt = 0; attempt < 3 && m_project <= 0; ++attempt) {
            QProcess seed;
            seed.start(qEnvironmentVariable("LSDESK_TEST_VENV_PYTHON"),
                { QStringLiteral(LSDESK_SEED_SCRIPT), QStringLiteral("--server-json"),
                    qEnvironmentVariable("LSDESK_TEST_SERVER_LS_BROWSE"), QStringLiteral("--title"), kTitle,
                    QStringLiteral("--tasks"), QString::number(kTasks) });
            QVERIFY(seed.waitForFinished(300000));
            errors = seed.readAllStandardError();
            if (seed.exitCode() == 0)
                m_project = seed.readAllStandardOutput().trimmed().split('\n').last().toInt();
        }
        QVERIFY2(m_project > 0, errors.constData());

        // The export the offline agreement reads, written by lsdesk-cli as the script does.
        m_export = m_dir.filePath(QStringLiteral("demo-export.json"));
        QProcess cli;
        QProcessEnvironment env = environment(QStringLiteral("cli"), true);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(LSDESK_CLI),
            { QStringLiteral("export"), QStringLiteral("--project"), QString::number(m_project),
                QStringLiteral("--format"), QStringLiteral("JSON"), QStringLiteral("-o"), m_export });
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(QFileInfo(m_export).size() > 1000);

        m_csv = m_dir.filePath(QStringLiteral("reviews.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("text\n\"The team in Lisbon was very helpful.\"\n\"Nobody answered my ticket.\"\n");
    }

    void dialogScreenshot_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withServer");
        QTest::addColumn<QSize>("minimum");
        QTest::newRow("connect") << QStringList { QStringLiteral("--dialog"), QStringLiteral("connect") }
                                 << true << QSize(300, 200);
        QTest::newRow("export") << QStringList { QStringLiteral("--dialog"), QStringLiteral("export") }
                                << true << QSize(300, 200);
        QTest::newRow("import") << QStringList { QStringLiteral("--dialog"), QStringLiteral("import"),
            QStringLiteral("--input"), QString() }
                                << true << QSize(300, 200);
        QTest::newRow("new-project") << QStringList { QStringLiteral("--dialog"),
            QStringLiteral("new-project") }
                                     << true << QSize(300, 200);
        QTest::newRow("agreement-offline") << QStringList { QStringLiteral("--pane"),
            QStringLiteral("agreement"), QStringLiteral("--input"), QString() }
                                           << false << QSize(800, 600);
    }

    void dialogScreenshot()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withServer);
        QFETCH(QSize, minimum);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        if (args.last().isEmpty())
            args.last() = name == QLatin1String("import") ? m_csv : m_export;
        const QString file = m_dir.filePath(name + QStringLiteral(".png"));
        QProcess app;
        app.setProcessEnvironment(environment(name, withServer));
        app.start(QStringLiteral(LSDESK_APP), QStringList { QStringLiteral("--screenshot"), file } + args);
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

        const QImage shot(file);
        QVERIFY2(!shot.isNull(), qPrintable(file));
        QVERIFY2(shot.width() >= minimum.width() && shot.height() >= minimum.height(),
            qPrintable(QStringLiteral("%1x%2").arg(shot.width()).arg(shot.height())));
        QVERIFY(shot.width() <= 2000 && shot.height() <= 1400);
        // Text, frames and buttons: far more than the handful of colours of an empty surface.
        QVERIFY2(distinctColours(shot, 64) >= 64, qPrintable(file));

        // The key went in through the environment: it must not have been written anywhere.
        QDirIterator it(
            m_dir.filePath(QStringLiteral("xdg-") + name), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_server.pat.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestDialogScreenshots)
#include "tst_dialogscreenshots.moc"
