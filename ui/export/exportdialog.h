#pragma once

#include "dto/dto.h"
#include "export/batchedexport.h"
#include "export/exportjob.h"
#include "export/snapshotexport.h"
#include "widgets/desktopnotifier.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lsdesk {

class Client;
class ExportOptions;

// Export a project (or the selected tasks) in one of the server's formats: the formats with their
// descriptions (a disabled one says what the label config lacks), the options (ExportOptions: all or
// only annotated tasks, media files, only the selection, a snapshot with its options, batches); a
// destination with a sensible default name, checked to be writable and confirmed before it is replaced;
// progress with bytes, rate and ETA (or batch n of m); Cancel; on success Open folder and - when the user
// is in another window - a desktop notification, on failure the server's message and Retry. The file
// appears at the destination only when complete.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` outlives the dialog. `selectedTaskIds` may be empty (no "only selected" option then).
    // Without the project's label config (a project from the list), the dialog fetches the project.
    ExportDialog(
        Client *client, const Project &project, const QList<int> &selectedTaskIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the label config lacks for `format`, empty when nothing (or the format is not known to us).
    static QString missingFor(const QString &format, const QString &labelConfig);
    // "<project-title>-<yyyy-MM-dd>.<ext>", with characters unsafe in file names replaced.
    static QString defaultFileName(const QString &projectTitle, const QString &format, const QDate &date);

    QString selectedFormat() const;
    bool selectFormat(const QString &name);
    QString destination() const;
    void setDestination(const QString &path);
    bool isExporting() const { return !m_job.isNull() || !m_snapshotJob.isNull() || !m_batchJob.isNull(); }
    // Enterprise servers have no direct export: then every export goes through a snapshot.
    void setUseSnapshots(bool on);
    // Where "Export finished" goes when the user is in another window (not owned; may be null).
    void setNotifier(DesktopNotifier *notifier) { m_notifier = notifier; }
    ExportOptions *options() const { return m_options; }
    QString statusText() const;

    // Replaces the overwrite question (a message box) - for tests. Answers whether to replace `path`.
    void setOverwriteConfirmer(std::function<bool(const QString &path)> confirmer)
    {
        m_confirmOverwrite = std::move(confirmer);
    }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void formatsLoaded();
    // One per export attempt.
    void exportFinished(bool ok);

private:
    void loadFormats();
    void loadProject();
    void startJob(const ExportRequest &request);
    void updateFormatInfo();
    void onProgress(qint64 received, qint64 total);
    void onFinished(const ApiError &error);
    void setBusy(bool busy);

    Client *m_client;
    Project m_project;
    QList<int> m_selected;
    QList<ExportFormat> m_formats;
    QPointer<ExportJob> m_job;
    QPointer<SnapshotExportJob> m_snapshotJob;
    QPointer<BatchedExportJob> m_batchJob;
    QPointer<DesktopNotifier> m_notifier;
    QElapsedTimer m_clock;
    QString m_lastTarget;
    std::function<bool(const QString &)> m_confirmOverwrite;

    QListWidget *m_formatList;
    QLabel *m_formatInfo;
    ExportOptions *m_options;
    QLineEdit *m_destination;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolder;
    QPushButton *m_closeButton;
};

} // namespace lsdesk
