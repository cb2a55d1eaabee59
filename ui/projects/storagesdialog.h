#pragma once

#include "api/storagesapi.h"
#include "projects/storagesform.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lsdesk {

class StoragesModel;

// A project's cloud storages (import sources and export targets): list them, add or edit one (in a
// StorageFormDialog), validate, sync with the server's progress and status, delete with confirmation.
// A failed sync shows the server's message or traceback. Closing stops following a sync (the server
// goes on with it) and cancels what is in flight. Nothing is written to the settings.
class StoragesDialog : public QDialog
{
    Q_OBJECT
public:
    StoragesDialog(Client *client, int project, const QString &projectTitle, QWidget *parent = nullptr);
    ~StoragesDialog() override;

    StoragesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The form opened by Add or Edit, while it is open.
    StorageFormDialog *form() const { return m_form; }
    bool isSyncing() const { return !m_sync.isNull(); }
    QString statusText() const;
    QString detailsText() const;
    void setPollInterval(int ms) { m_pollMs = ms; }
    // Selects the row of a storage; false when it is not listed.
    bool select(StorageDirection d, int id);

public Q_SLOTS:
    void refresh();
    void addStorage();
    void editCurrent();
    void validateCurrent();
    void syncCurrent();
    void deleteCurrent();
    void reject() override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const lsdesk::ApiError &error);
    void syncFinished(const lsdesk::Storage &storage, const lsdesk::ApiError &error);
    void validated(bool ok);
    void deleted(int id);
    // The project's tasks changed (a source storage synced): the tasks pane may reload.
    void tasksChanged(int project);

private:
    void trackJob(ApiJob *job);
    const Storage *current() const;
    void openForm(StorageFormDialog *form);
    void setStatus(const QString &text, bool busy = false);
    void setDetails(const QString &text);
    void updateActions();

    QPointer<Client> m_client;
    int m_project;
    StoragesModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_validate;
    QPushButton *m_syncButton;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPointer<StorageFormDialog> m_form;
    QPointer<StorageSync> m_sync;
    QList<QPointer<ApiJob>> m_jobs;
    bool m_validating = false;
    int m_pollMs = 1000;
};

} // namespace lsdesk
