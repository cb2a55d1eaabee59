// MainWindow, the --screenshot side: bringing a pane into a state worth a picture. Kept apart from
// mainwindow.cpp, which is about the window itself.
#include "agreement/agreementlauncher.h"
#include "configeditor/configdocument.h"
#include "configeditor/configeditorlauncher.h"
#include "configeditor/configeditorwindow.h"
#include "configeditor/configpreview.h"
#include "configeditor/configtreeview.h"
#include "labelconfig/labelinterface.h"
#include "mainwindow.h"
#include "projects/projectspane.h"
#include "tasks/taskspane.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace lsdesk {

void MainWindow::prepareScreenshot(Pane pane, std::function<void()> done, int timeoutMs)
{
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done] {
        if (*finished)
            return;
        *finished = true;
        done();
    };
    QTimer::singleShot(timeoutMs, this, finish);
    if (pane == Pane::ConfigEditor) {
        prepareConfigEditorScreenshot(finish);
        return;
    }
    showPane(pane);
    if (pane == Pane::Projects || !m_projects) {
        // The project list arrives shortly after connecting; give it a moment to paint.
        QTimer::singleShot(1500, this, finish);
        return;
    }
    // Poll until the project list has rows, open the first project, then (annotations) its first task or
    // (agreement) compute its agreement.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, pane, finish, step, finished] {
        if (*finished)
            return;
        if (m_projectId == 0) {
            if (m_projects && m_projects->proxyModel()->rowCount() > 0) {
                m_projects->view()->setCurrentIndex(m_projects->proxyModel()->index(0, 0));
                m_projects->openCurrent();
            }
        } else if (m_tasks && m_tasks->model()->rowCount() > 0) {
            if (pane == Pane::Tasks) {
                QTimer::singleShot(800, this, finish);
                return;
            }
            if (pane == Pane::Agreement) {
                connect(m_agreement, &AgreementLauncher::computationFinished, this,
                    [this, finish] { QTimer::singleShot(800, this, finish); });
                m_agreement->computeProject();
                return;
            }
            if (m_taskId == 0)
                m_tasks->selectNextTask();
            else {
                QTimer::singleShot(1500, this, finish);
                return;
            }
        }
        QTimer::singleShot(200, this, *step);
    };
    QTimer::singleShot(200, this, *step);
}

QWidget *MainWindow::screenshotWindow(Pane pane)
{
    if (pane == Pane::ConfigEditor && !m_configEditors->windows().isEmpty())
        return m_configEditors->windows().first();
    return this;
}

// The editor of the first project, once its config is loaded, with its first control selected (so the
// properties and label list show something) and the preview built.
void MainWindow::prepareConfigEditorScreenshot(std::function<void()> finish)
{
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, finish, step] {
        if (!m_projects) {
            finish();
            return;
        }
        const QList<ConfigEditorWindow *> open = m_configEditors->windows();
        if (open.isEmpty()) {
            if (m_projects->proxyModel()->rowCount() > 0) {
                m_projects->view()->setCurrentIndex(m_projects->proxyModel()->index(0, 0));
                m_projects->editConfigCurrent();
            }
            QTimer::singleShot(200, this, *step);
            return;
        }
        ConfigEditorWindow *w = open.first();
        const LabelInterface *config = w->document()->config();
        if (!config) {
            QTimer::singleShot(200, this, *step);
            return;
        }
        if (!config->controls().isEmpty())
            w->tree()->setCurrentPath(ConfigDocument::pathOf(config->controls().first().node));
        w->preview()->rebuildNow();
        QTimer::singleShot(1200, this, finish); // the server check and the paint
    };
    QTimer::singleShot(200, this, *step);
}

} // namespace lsdesk
