#include "auth/credentialstore.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace {
QFile *g_log = nullptr;

// The app's log file. Messages come from the core's categories, which never carry keys or tokens.
void logToFile(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    static const char *levels[] = { "debug", "warning", "critical", "fatal", "info" };
    if (g_log && g_log->isOpen()) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
            + levels[type] + ' ' + (ctx.category ? ctx.category : "default") + ": " + msg.toUtf8() + '\n';
        g_log->write(line);
        g_log->flush();
    }
    if (type >= QtWarningMsg && type != QtInfoMsg)
        fprintf(stderr, "%s\n", qPrintable(msg));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("lsdesk"));
    QApplication::setApplicationName(QStringLiteral("lsdesk"));
    QApplication::setApplicationDisplayName(QObject::tr("Label Studio Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LSDESK_VERSION));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lsdesk/lsdesk.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("screenshot"), QObject::tr("Save a screenshot of the window and quit."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("pane"),
        QObject::tr(
            "With --screenshot: the pane to show (projects, tasks, annotations, agreement or config)."),
        QStringLiteral("pane"), QStringLiteral("projects") });
    parser.process(app);
    const QString shot = parser.value(QStringLiteral("screenshot"));
    const QString paneName = parser.value(QStringLiteral("pane"));
    lsdesk::MainWindow::Pane pane = lsdesk::MainWindow::Pane::Projects;
    if (paneName == QLatin1String("tasks"))
        pane = lsdesk::MainWindow::Pane::Tasks;
    else if (paneName == QLatin1String("annotations"))
        pane = lsdesk::MainWindow::Pane::Annotations;
    else if (paneName == QLatin1String("agreement"))
        pane = lsdesk::MainWindow::Pane::Agreement;
    else if (paneName == QLatin1String("config"))
        pane = lsdesk::MainWindow::Pane::ConfigEditor;
    else if (paneName != QLatin1String("projects")) {
        fprintf(stderr, "%s\n",
            qPrintable(
                QObject::tr("--pane takes projects, tasks, annotations, agreement or config, not \"%1\".")
                    .arg(paneName)));
        return 2;
    }

    // The composition root: one QSettings, one network access manager, one credential store for the
    // whole app, handed down.
    QSettings settings;
    lsdesk::AppSettings preferences(&settings);
    const QString logPath = preferences.logFilePath();
    QDir().mkpath(QFileInfo(logPath).absolutePath());
    QFile logFile(logPath);
    if (logFile.open(QIODevice::WriteOnly | QIODevice::Append)) {
        g_log = &logFile;
        qInstallMessageHandler(logToFile);
    }

    QNetworkAccessManager nam;
    preferences.applyProxy(&nam);
    lsdesk::CredentialStore credentials(&settings);
    lsdesk::MainWindow window(&nam, &credentials, &settings, &preferences);
    window.show();

    const QString url = qEnvironmentVariable("LABEL_STUDIO_URL");
    const QString key = qEnvironmentVariable("LABEL_STUDIO_API_KEY");
    if (!shot.isEmpty()) {
        auto save = [&window, shot, pane] {
            window.screenshotWindow(pane)->grab().save(shot);
            QApplication::quit();
        };
        QObject::connect(
            &window, &lsdesk::MainWindow::connectionFinished, &window, [&window, save, pane](bool ok) {
                if (ok)
                    window.prepareScreenshot(pane, save);
                else
                    QTimer::singleShot(300, &window, save);
            });
        if (url.isEmpty() || key.isEmpty()) {
            window.showPane(pane); // what works without a server (the agreement dock, for one)
            QTimer::singleShot(300, &window, save);
        }
        QTimer::singleShot(60000, &window, save); // never hang a screenshot run
    }
    if (!url.isEmpty() && !key.isEmpty()) {
        // Both given: connect straight away; if that fails, File › Connect… offers them preset.
        window.connectTo(url, key);
    } else if (shot.isEmpty()) {
        if (!url.isEmpty() || !key.isEmpty())
            QTimer::singleShot(0, &window, [&window, url, key] { window.showConnectDialog(url, key); });
        else
            QTimer::singleShot(0, &window, [&window] { window.restoreLastProfile(); });
    }
    const int rc = app.exec();
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
    return rc;
}
