#pragma once

#include "dto/dto.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QAction;
class QToolButton;

namespace lsdesk {

class Client;
class ProjectsModel;

// The Projects pane: an instantly filtered, sortable table of the server's projects with create, rename,
// delete (after a confirmation naming the project and its task count), open, export and edit the label
// config (asked of the main window through exportRequested() and editConfigRequested(); the row's context
// menu has them all). Server errors go out through
// errorOccurred() for the main window's banner; the pane itself never blocks.
class ProjectsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsPane(Client *client, QWidget *parent = nullptr);
    ~ProjectsPane() override;

    // Switches servers (nullptr: none) and reloads.
    void setClient(Client *client);
    Client *client() const { return m_client; }

    ProjectsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The project of the current row, if any.
    std::optional<Project> currentProject() const;
    // Selects the row of project `id` (after creating it, say); false when it is not listed.
    bool selectProject(int id);

    // Replaces the delete confirmation (a message box) - for tests and scripted use. It gets the question
    // shown to the user and answers whether to delete.
    using Confirmer = std::function<bool(const QString &question)>;
    void setDeleteConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    // Replaces the title prompt of create and rename; nullopt means cancelled.
    using TitlePrompt = std::function<std::optional<QString>(const QString &label, const QString &current)>;
    void setTitlePrompt(TitlePrompt prompt) { m_prompt = std::move(prompt); }
    // Replaces "New project…"'s title prompt with a whole flow (the main window's new-project dialog:
    // title, description, label config). Without one, the pane asks for a title and creates the project.
    void setNewProjectFlow(std::function<void()> flow) { m_newProjectFlow = std::move(flow); }

    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QAction *editConfigAction() const { return m_editConfig; }
    QAction *settingsAction() const { return m_settings; }
    QAction *storagesAction() const { return m_storages; }
    QAction *refreshAction() const { return m_refresh; }

public Q_SLOTS:
    void refresh();
    void focusFilter();
    void createProject();
    void renameCurrent();
    void deleteCurrent();
    void openCurrent();
    // Asks for the export dialog of the current project (the pane opens no dialogs itself).
    void exportCurrent();
    // Asks for the label-config editor of the current project.
    void editConfigCurrent();
    // Asks for the settings dialog of the current project.
    void settingsCurrent();
    // Asks for the cloud storage dialog of the current project.
    void storagesCurrent();

Q_SIGNALS:
    void projectOpened(int id, const QString &title);
    void exportRequested(const lsdesk::Project &project);
    void editConfigRequested(const lsdesk::Project &project);
    void settingsRequested(const lsdesk::Project &project);
    void storagesRequested(const lsdesk::Project &project);
    void errorOccurred(const QString &message);
    // The server confirmed the change (for the status bar and tests).
    void projectCreated(int id);
    void projectRenamed(int id);
    void projectDeleted(int id);

private:
    void askTitle(const QString &label, const QString &current, std::function<void(const QString &)> then);
    void confirm(const QString &question, std::function<void()> then);
    void updateActions();
    void updateStatus();

    QPointer<Client> m_client;
    ProjectsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_open;
    QAction *m_export;
    QAction *m_editConfig;
    QAction *m_settings;
    QAction *m_storages;
    QAction *m_refresh;
    Confirmer m_confirmer;
    TitlePrompt m_prompt;
    std::function<void()> m_newProjectFlow;
};

} // namespace lsdesk
