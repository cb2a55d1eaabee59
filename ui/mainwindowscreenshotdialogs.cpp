// MainWindow, the --screenshot side for dialogs (--dialog) and the offline agreement (--input with
// --pane agreement): each brought into a state worth a picture for the user guide. Kept apart from
// mainwindowscreenshot.cpp, which prepares the panes of the window.
#include "agreement/agreementlauncher.h"
#include "agreement/agreementmatrixmodel.h"
#include "agreement/agreementpane.h"
#include "auth/credentialstore.h"
#include "configeditor/configeditorlauncher.h"
#include "configeditor/newprojectdialog.h"
#include "configeditor/templatechooser.h"
#include "connection/connectdialog.h"
#include "export/exportdialog.h"
#include "export/exportlauncher.h"
#include "mainwindow.h"
#include "projects/projectspane.h"
#include "settings/appsettings.h"
#include "tasks/importdialog.h"
#include "tasks/tasksediting.h"
#include "tasks/taskspane.h"

#include <QDockWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace lsdesk {

namespace {

// Calls `done` once: with the widget the step found, or (time out) with `fallback`.
struct OneShot
{
    std::shared_ptr<bool> finished = std::make_shared<bool>(false);
    std::function<void(QWidget *)> done;

    void operator()(QWidget *widget) const
    {
        if (*finished)
            return;
        *finished = true;
        done(widget);
    }
    bool isFinished() const { return *finished; }
};

} // namespace

void MainWindow::prepareDialogScreenshot(ScreenshotDialog dialog, const QString &url, const QString &key,
    const QString &file, std::function<void(QWidget *)> done, int timeoutMs)
{
    OneShot finish { std::make_shared<bool>(false), std::move(done) };
    QTimer::singleShot(timeoutMs, this, [finish] { finish(nullptr); });
    if (dialog == ScreenshotDialog::Connect) {
        if (!m_store) {
            finish(nullptr);
            return;
        }
        // A dialog of its own, not the modal one of File › Connect…: the event loop must keep running. The
        // key goes in masked (the line edit's password mode); nothing is saved, as the dialog is never
        // accepted.
        auto *connectDialog = new ConnectDialog(m_nam, m_store, this);
        connectDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_settings)
            connectDialog->setTrustSettings(m_settings);
        if (m_appSettings)
            connectDialog->setClientOptions(m_appSettings->clientOptions());
        connectDialog->setPreset(url, key);
        QObject::connect(connectDialog, &ConnectDialog::testFinished, this, [this, connectDialog, finish] {
            QTimer::singleShot(500, this, [connectDialog, finish] { finish(connectDialog); });
        });
        connectDialog->show();
        connectDialog->testConnection();
        return;
    }
    if (dialog == ScreenshotDialog::NewProject) {
        NewProjectDialog *newProject = m_configEditors->newProject();
        if (!newProject) {
            finish(nullptr);
            return;
        }
        newProject->setProjectTitle(tr("Product reviews"));
        newProject->setDescription(tr("Sentiment of customer reviews, three annotators per review."));
        newProject->templateChooser()->selectTemplate(QStringLiteral("builtin/text-classification"));
        // The server's gallery arrives in the background; the picture waits for it (or the timeout).
        QObject::connect(
            newProject, &NewProjectDialog::serverTemplatesLoaded, this, [this, newProject, finish] {
                newProject->templateChooser()->selectTemplate(QStringLiteral("builtin/text-classification"));
                QTimer::singleShot(500, this, [newProject, finish] { finish(newProject); });
            });
        return;
    }
    // Export and import work on the first project of the list.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, dialog, file, finish, step] {
        if (finish.isFinished())
            return;
        if (!m_projects || m_projects->proxyModel()->rowCount() == 0) {
            QTimer::singleShot(200, this, *step);
            return;
        }
        if (dialog == ScreenshotDialog::Export) {
            m_projects->view()->setCurrentIndex(m_projects->proxyModel()->index(0, 0));
            const std::optional<Project> project = m_projects->currentProject();
            if (!project) {
                finish(nullptr);
                return;
            }
            ExportDialog *exportDialog = m_exports->openDialog(*project, {});
            QObject::connect(exportDialog, &ExportDialog::formatsLoaded, this, [this, exportDialog, finish] {
                exportDialog->selectFormat(QStringLiteral("JSON"));
                QTimer::singleShot(500, this, [exportDialog, finish] { finish(exportDialog); });
            });
            return;
        }
        // Import: the project open in the tasks pane, its config loaded, then the file read and previewed.
        if (m_projectId == 0) {
            m_projects->view()->setCurrentIndex(m_projects->proxyModel()->index(0, 0));
            m_projects->openCurrent();
            QTimer::singleShot(200, this, *step);
            return;
        }
        if (!m_tasks) {
            finish(nullptr);
            return;
        }
        ImportDialog *importDialog = m_tasks->editing()->importDialog();
        if (!importDialog) {
            m_tasks->editing()->openImport();
            QTimer::singleShot(200, this, *step);
            return;
        }
        if (!importDialog->isConfigLoaded()) {
            QTimer::singleShot(200, this, *step);
            return;
        }
        if (!file.isEmpty())
            importDialog->addFiles({ file });
        QTimer::singleShot(1500, this, [importDialog, finish] { finish(importDialog); });
    };
    QTimer::singleShot(200, this, *step);
}

void MainWindow::prepareAgreementFileScreenshot(
    const QString &file, std::function<void(QWidget *)> done, int timeoutMs)
{
    OneShot finish { std::make_shared<bool>(false), std::move(done) };
    QDockWidget *dock = m_agreement->dock();
    QTimer::singleShot(timeoutMs, this, [finish] { finish(nullptr); });
    // The dock on its own, at a size where the matrix, the distribution and a comparison all fit.
    dock->show();
    dock->setFloating(true);
    dock->resize(1100, 820);
    QObject::connect(
        m_agreement, &AgreementLauncher::computationFinished, this, [this, dock, finish](bool ok) {
            AgreementPane *pane = m_agreement->pane();
            // The first pair of annotators, with their least agreeing task compared (showPair selects it).
            if (ok && pane->matrixModel()->rowCount() > 1) {
                pane->matrixView()->setCurrentIndex(pane->matrixModel()->index(0, 1));
                pane->matrixView()->setFocus();
                pane->showPair(0, 1);
            }
            QTimer::singleShot(1000, this, [dock, finish] { finish(dock); });
        });
    m_agreement->computeFile(file);
}

} // namespace lsdesk
