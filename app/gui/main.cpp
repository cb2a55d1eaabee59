#include "auth/credentialstore.h"
#include "mainwindow.h"
#include "net/proxyfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
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
    parser.process(app);

    const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(logDir);
    QFile logFile(logDir + QStringLiteral("/lsdesk.log"));
    if (logFile.open(QIODevice::WriteOnly | QIODevice::Append)) {
        g_log = &logFile;
        qInstallMessageHandler(logToFile);
    }

    // The composition root: one network access manager for the whole app, handed down.
    QNetworkAccessManager nam;
    nam.setProxyFactory(new lsdesk::EnvironmentProxyFactory());

    lsdesk::CredentialStore credentials;
    lsdesk::MainWindow window(&nam, &credentials);
    const QString url = qEnvironmentVariable("LABEL_STUDIO_URL");
    const QString key = qEnvironmentVariable("LABEL_STUDIO_API_KEY");
    window.setConnection(url, key);
    window.show();

    const QString shot = parser.value(QStringLiteral("screenshot"));
    if (!shot.isEmpty()) {
        auto save = [&window, shot] {
            window.grab().save(shot);
            QApplication::quit();
        };
        if (!url.isEmpty() && !key.isEmpty())
            QObject::connect(&window, &lsdesk::MainWindow::connectionFinished, &window,
                [save] { QTimer::singleShot(200, save); });
        else
            QTimer::singleShot(300, &window, save);
        QTimer::singleShot(30000, &window, save); // never hang a screenshot run
    }
    if (!url.isEmpty() && !key.isEmpty())
        window.connectToServer();
    else if (shot.isEmpty())
        window.restoreLastProfile();
    const int rc = app.exec();
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
    return rc;
}
