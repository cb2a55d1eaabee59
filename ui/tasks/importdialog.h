#pragma once

#include "import/importjob.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lsdesk {

class Client;
class ImportPreviewModel;
class ImportSourcesModel;
class LabelInterface;

// Import tasks into a project: files (JSON, JSON lines, CSV, TSV, text, single media files; several at
// once) and URL lists, each read off the UI thread and checked before anything is sent; a preview of the
// first tasks with the config's variables first and a warning for a variable no task provides; the upload
// in requests within the limits shown, with progress and Cancel; the result or the server's error
// verbatim, with what the completed requests created.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Client *client, int project, QWidget *parent = nullptr);
    ~ImportDialog() override;

    using FilePicker = std::function<QStringList(QWidget *parent)>;
    // Asks before importing tasks that lack a variable of the config; returns whether to go on.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    ImportSourcesModel *sourcesModel() const { return m_sources; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QTableView *sourcesView() const { return m_sourcesView; }
    QString keyCheckText() const;
    QString statusText() const;
    QPushButton *importButton() const { return m_import; }
    bool isImporting() const { return m_job != nullptr; }
    int project() const { return m_project; }
    bool isConfigLoaded() const { return m_configLoaded; }
    import::ImportLimits limits() const;
    QLineEdit *predictionColumnsEdit() const { return m_predictionColumns; }

public Q_SLOTS:
    void addFiles(const QStringList &paths);
    // `download`: the server fetches each URL and imports it like a file; else each URL becomes a task
    // that references it.
    void addUrls(const QStringList &urls, bool download);
    void startImport();
    void cancelImport();

Q_SIGNALS:
    // Tasks were created (also when a later request failed): the tasks table should reload.
    void imported(int tasks);

protected:
    void reject() override;

private:
    void pickFiles();
    void askUrls();
    void removeSelected();
    void loadConfig();
    void updateChecks();
    void onFinished(import::ImportJob *job);
    void setStatus(const QString &text);

    Client *m_client;
    int m_project;
    ImportSourcesModel *m_sources;
    ImportPreviewModel *m_preview;
    QTableView *m_sourcesView;
    QTableView *m_previewView;
    QLabel *m_keys;
    QLabel *m_status;
    QProgressBar *m_progress;
    QSpinBox *m_maxMiB;
    QSpinBox *m_maxTasks;
    QLineEdit *m_predictionColumns;
    QPushButton *m_import;
    QPushButton *m_close;
    QPushButton *m_remove;
    std::unique_ptr<LabelInterface> m_config;
    bool m_configLoaded = false;
    QString m_configError;
    QStringList m_variables;
    QPointer<import::ImportJob> m_job;
    FilePicker m_picker;
    Confirmer m_confirmer;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_showingResult = false; // the status shows the last import's outcome
    bool m_done = false; // an import completed: Import stays disabled (a second press would duplicate)
};

} // namespace lsdesk
