#include "configeditor/configeditorlauncher.h"

#include "api/client.h"
#include "configeditor/configdocument.h"
#include "configeditor/configeditorwindow.h"
#include "configeditor/newprojectdialog.h"

#include <QWidget>

namespace lsdesk {

ConfigEditorLauncher::ConfigEditorLauncher(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

ConfigEditorLauncher::~ConfigEditorLauncher() = default;

void ConfigEditorLauncher::attach(Client *client)
{
    m_client = client;
}

QList<ConfigEditorWindow *> ConfigEditorLauncher::windows() const
{
    QList<ConfigEditorWindow *> out;
    for (const auto &w : m_windows)
        if (w)
            out.append(w);
    return out;
}

bool ConfigEditorLauncher::hasUnsavedChanges() const
{
    for (ConfigEditorWindow *w : windows()) {
        w->commitPendingEdits(); // a value still in a property field counts
        if (w->document()->isModified())
            return true;
    }
    return false;
}

void ConfigEditorLauncher::closeWindows()
{
    // deleteLater, not delete: a window may be inside a nested loop (a colour or message dialog) whose
    // exec() still runs on its stack.
    if (m_newProject) {
        m_newProject->hide();
        m_newProject->deleteLater();
    }
    for (ConfigEditorWindow *w : windows()) {
        w->document()->markSaved();
        w->hide();
        w->deleteLater();
    }
    m_windows.clear();
}

ConfigEditorWindow *ConfigEditorLauncher::openProject(const Project &project)
{
    if (!m_client) // none, or a connection being replaced
        return nullptr;
    for (ConfigEditorWindow *w : windows()) {
        if (w->projectId() == project.id) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    // A top-level window of its own (parented for lifetime and the task bar), beside the main window.
    auto *w = new ConfigEditorWindow(m_client, project, m_window);
    w->setWindowFlag(Qt::Window);
    connect(w, &ConfigEditorWindow::errorOccurred, this, &ConfigEditorLauncher::errorOccurred);
    connect(w, &ConfigEditorWindow::saved, this, [this, id = project.id] { Q_EMIT configSaved(id); });
    m_windows.append(w);
    w->show();
    return w;
}

NewProjectDialog *ConfigEditorLauncher::newProject()
{
    if (!m_client)
        return nullptr;
    if (m_newProject) {
        m_newProject->raise();
        m_newProject->activateWindow();
        return m_newProject;
    }
    auto *dialog = new NewProjectDialog(m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newProject = dialog;
    connect(dialog, &NewProjectDialog::projectCreated, this, &ConfigEditorLauncher::projectCreated);
    // "Edit visually…": the full editor on the dialog's config; "Use this config" hands it back.
    connect(dialog, &NewProjectDialog::editConfigRequested, this, [this, dialog](const QString &xml) {
        auto *w = new ConfigEditorWindow(m_client, xml, dialog);
        w->setWindowFlag(Qt::Window);
        w->setWindowModality(Qt::WindowModal);
        connect(w, &ConfigEditorWindow::configAccepted, dialog, &NewProjectDialog::setLabelConfig);
        m_windows.append(w);
        w->show();
    });
    dialog->show();
    return dialog;
}

void ConfigEditorLauncher::closeAll(std::function<void(bool ok)> then)
{
    closeNext(m_windows, std::move(then));
}

void ConfigEditorLauncher::closeNext(QList<QPointer<ConfigEditorWindow>> left, std::function<void(bool)> then)
{
    while (!left.isEmpty() && !left.first())
        left.removeFirst();
    if (left.isEmpty()) {
        m_windows.clear();
        then(true);
        return;
    }
    QPointer<ConfigEditorWindow> w = left.takeFirst();
    w->maybeClose([this, w, left, then](bool ok) {
        if (!ok) {
            if (w) {
                w->show();
                w->raise();
            }
            then(false);
            return;
        }
        if (w) {
            w->document()->markSaved(); // saved or discarded: closing asks nothing more
            w->close();
        }
        closeNext(left, then);
    });
}

} // namespace lsdesk
