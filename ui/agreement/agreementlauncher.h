#pragma once

#include "agreement/agreementsource.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;

namespace lsdesk {

class ApiJob;
class AgreementPane;
class Client;
class TasksPane;

// Where agreement meets the main window: the Agreement dock and its pane, Compute for the open project
// (AgreementSource::fromProject, with the server's own matrix beside ours on Enterprise), File › Open
// export… (AgreementSource::fromExportFile, no server needed), the CSV files, and the local per-task
// agreement handed to the tasks pane. The pane shows and asks; this owns the source and opens dialogs.
class AgreementLauncher : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dock and the dialogs; not owned.
    explicit AgreementLauncher(QMainWindow *window);
    ~AgreementLauncher() override;

    QDockWidget *dock() const { return m_dock; }
    AgreementPane *pane() const { return m_pane; }
    // File › Open export… (Ctrl+Shift+O).
    QAction *openExportAction() const { return m_openExport; }

    // The connection of the moment (null: none) and whether it is Enterprise; `tasks` gets the local
    // per-task agreement of its project. detach() goes before the client does: a computation from it
    // stops, a report from a file stays.
    void attach(Client *client, bool enterprise, TasksPane *tasks);
    void detach();
    // The project of the tasks pane: what Compute computes (0: none).
    void setOpenProject(int projectId, const QString &title);

    // Starts computing; the running computation, if any, is cancelled first.
    void computeProject();
    void computeFile(const QString &path, const QString &labelConfigXml = {});
    void cancel();
    bool isRunning() const;
    agreement::AgreementSource *source() const { return m_source; }

    // Writes the CSV without asking (the buttons ask for the file first); false and errorOccurred()
    // on failure.
    bool writeMatrixCsv(const QString &path);
    bool writeTasksCsv(const QString &path);

public Q_SLOTS:
    // Asks for an export file (and optionally its label config) and computes from it.
    void openExportFile();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The computation finished (or failed or was cancelled), for tests and the status bar.
    void computationFinished(bool ok);

private:
    void start(agreement::AgreementSource *source, bool fromProject);
    void showReport();
    void fetchServerAgreement(int projectId);
    void applyTasksColumn();
    void saveCsv(bool matrix);
    QStringList participantNames() const;

    QMainWindow *m_window;
    QDockWidget *m_dock;
    AgreementPane *m_pane;
    QAction *m_openExport;
    Client *m_client = nullptr;
    bool m_enterprise = false;
    QPointer<TasksPane> m_tasks;
    int m_projectId = 0;
    QString m_projectTitle;
    QPointer<agreement::AgreementSource> m_source;
    bool m_sourceIsProject = false;
    int m_sourceProject = 0;
    QString m_heading;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace lsdesk
