#include "auth/credentialstore.h"
#include "i18n/translations.h"
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
#include <optional>

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
    lsdesk::installTranslations(app);
    QApplication::setOrganizationName(QStringLiteral("lsdesk"));
    QApplication::setApplicationName(QStringLiteral("lsdesk"));
    // The installed .desktop file's name: Wayland compositors and notification servers match windows and
    // notifications to the menu entry by it (X11 uses StartupWMClass=lsdesk).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lsdesk"));
    QApplication::setApplicationDisplayName(QObject::tr("Label Studio Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LSDESK_VERSION));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lsdesk/lsdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Label Studio Desktop: a native client for Label Studio servers.\n\n"
                    "Environment:\n"
                    "  LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY\n"
                    "      Both set: connect to that server at start-up. One set: the connection dialog, "
                    "preset with it.\n"
                    "      Neither: the last profile used (its key from the OS keychain).\n\n"
                    "Exit codes:\n"
                    "  0  normal end\n"
                    "  1  an unknown option or a missing option value\n"
                    "  2  an invalid --pane or --dialog value\n"
                    "  3  --screenshot: the picture was not ready in time (the window is saved instead)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("screenshot"), QObject::tr("Save a screenshot of the window and quit."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("pane"),
        QObject::tr(
            "With --screenshot: the pane to show (projects, tasks, annotations, agreement or config)."),
        QStringLiteral("pane"), QStringLiteral("projects") });
    parser.addOption({ QStringLiteral("dialog"),
        QObject::tr("With --screenshot: save a picture of this dialog instead of the window, once connected "
                    "through LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY: connect (tested, key masked), export "
                    "(the first project's formats), import (the first project, with --input added) or "
                    "new-project."),
        QStringLiteral("dialog") });
    parser.addOption({ QStringLiteral("input"),
        QObject::tr("With --screenshot: a file to open. With --pane agreement, a Label Studio JSON export to "
                    "compute agreement from, with no server (the agreement dock is saved); with --dialog "
                    "import, a file to add."),
        QStringLiteral("file") });
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
    const QString dialogName = parser.value(QStringLiteral("dialog"));
    const QString input = parser.value(QStringLiteral("input"));
    std::optional<lsdesk::MainWindow::ScreenshotDialog> dialog;
    if (dialogName == QLatin1String("connect"))
        dialog = lsdesk::MainWindow::ScreenshotDialog::Connect;
    else if (dialogName == QLatin1String("export"))
        dialog = lsdesk::MainWindow::ScreenshotDialog::Export;
    else if (dialogName == QLatin1String("import"))
        dialog = lsdesk::MainWindow::ScreenshotDialog::Import;
    else if (dialogName == QLatin1String("new-project"))
        dialog = lsdesk::MainWindow::ScreenshotDialog::NewProject;
    else if (!dialogName.isEmpty()) {
        fprintf(stderr, "%s\n",
            qPrintable(QObject::tr("--dialog takes connect, export, import or new-project, not \"%1\".")
                           .arg(dialogName)));
        return 2;
    }
    // The agreement of an export file needs no server: the window is not connected for it.
    const bool offlineAgreement = !input.isEmpty() && !dialog && pane == lsdesk::MainWindow::Pane::Agreement;

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
        // A dialog or the offline agreement dock; null when it did not get there in time: then the window
        // (which shows why, e.g. the error banner) and exit code 3, so that scripts notice.
        auto saveWidget = [&window, shot](QWidget *widget) {
            if (widget) {
                widget->grab().save(shot);
                QApplication::quit();
                return;
            }
            fprintf(
                stderr, "%s\n", qPrintable(QObject::tr("--screenshot: the picture was not ready in time.")));
            window.grab().save(shot);
            QApplication::exit(3);
        };
        QObject::connect(&window, &lsdesk::MainWindow::connectionFinished, &window,
            [&window, save, saveWidget, pane, dialog, url, key, input](bool ok) {
                if (ok && dialog)
                    window.prepareDialogScreenshot(*dialog, url, key, input, saveWidget);
                else if (ok)
                    window.prepareScreenshot(pane, save);
                else if (dialog)
                    QTimer::singleShot(300, &window, [saveWidget] { saveWidget(nullptr); });
                else
                    QTimer::singleShot(300, &window, save);
            });
        if (offlineAgreement) {
            window.prepareAgreementFileScreenshot(input, saveWidget);
        } else if (dialog && (url.isEmpty() || key.isEmpty())) {
            // The dialogs need a server.
            QTimer::singleShot(300, &window, [saveWidget] { saveWidget(nullptr); });
        } else if (url.isEmpty() || key.isEmpty()) {
            window.showPane(pane); // what works without a server (the agreement dock, for one)
            QTimer::singleShot(300, &window, save);
        }
        QTimer::singleShot(60000, &window, save); // never hang a screenshot run
    }
    if (!url.isEmpty() && !key.isEmpty() && !(offlineAgreement && !shot.isEmpty())) {
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
