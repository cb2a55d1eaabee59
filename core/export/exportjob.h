#pragma once

#include "net/apierror.h"
#include "net/requestfactory.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace lsdesk {

class ApiJob;
class Client;

// The options of a snapshot export (the create body of POST api/projects/{id}/exports/, label-studio-api.md
// §8.2) beyond ExportRequest::allTasks, which is task_filter_options.only_with_annotations. The defaults
// give what a request without options gives, and what the direct export holds: every task, every
// annotation (the skipped ones too), drafts, predictions and annotators as ids, no history.
// SnapshotExportJob::createBody() sends them.
struct SnapshotOptions
{
    // task_filter_options' "only" | "exclude" | null.
    enum class TaskFilter { Any, Only, Exclude };
    int view = 0; // a Data Manager tab whose filters apply; 0 for none
    TaskFilter finished = TaskFilter::Any; // finished tasks (is_labeled)
    TaskFilter skipped = TaskFilter::Any; // tasks with a skipped annotation
    TaskFilter annotated = TaskFilter::Any; // tasks with an annotation that is not skipped
    // annotation_filter_options: the annotations kept inside the exported tasks.
    bool skippedAnnotations = true; // also the skipped (cancelled) ones, as the direct export has them
    bool groundTruthOnly = false; // only the ground-truth ones (plus the skipped ones when asked)
    // serialization_options: full objects instead of ids.
    bool drafts = false;
    bool predictions = false;
    bool completedBy = false; // the annotators' user details instead of their ids
    bool annotationHistory = false; // include_annotation_history
    // interpolate_key_frames; unset means the server's INTERPOLATE_KEY_FRAMES setting.
    std::optional<bool> interpolateKeyFrames;

    bool operator==(const SnapshotOptions &o) const
    {
        return view == o.view && finished == o.finished && skipped == o.skipped && annotated == o.annotated
            && skippedAnnotations == o.skippedAnnotations && groundTruthOnly == o.groundTruthOnly
            && drafts == o.drafts && predictions == o.predictions && completedBy == o.completedBy
            && annotationHistory == o.annotationHistory && interpolateKeyFrames == o.interpolateKeyFrames;
    }
    bool operator!=(const SnapshotOptions &o) const { return !(*this == o); }
};

// What to export: a project, a server format ("JSON", "CSV", "COCO", ...) and the direct export's options.
struct ExportRequest
{
    int project = 0;
    QString format = QStringLiteral("JSON");
    bool allTasks = false; // download_all_tasks: also the tasks without annotations
    bool downloadResources = false; // download_resources: media files inside the archive formats
    QList<int> ids; // only these tasks (ids[]); empty for the whole project
    QString target; // the file to write
    SnapshotOptions snapshot; // used by snapshot exports only (the direct export has no such options)
};

// One export, streamed to disk: the body goes into a temporary file beside the target (never into
// memory), a dropped connection is retried (resumed where the server allows), and only a complete,
// checked file is renamed into place - atomically replacing an older one. Checked means: as long as the
// server said (Content-Length); for the JSON formats, a JSON document that parses to its end (read
// as a stream, so memory stays flat); for zip archives, a central directory that matches the entries
// (the check runs off the calling thread). On any failure or cancel the temporary file is removed and the
// target is untouched. finished() is emitted exactly once.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(Client *client, ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    // Downloads `spec` instead of the direct export (a snapshot's download URL, say). Before start().
    void setRequestSpec(const RequestSpec &spec) { m_customSpec = spec; }
    // Checks the destination first (a folder that exists and can be written), then downloads.
    void start();
    void cancel();

    const ExportRequest &request() const { return m_request; }
    const ApiError &error() const { return m_error; }
    qint64 bytesReceived() const { return m_received; }

    // GET api/projects/{id}/export with exportType, download_all_tasks, download_resources and ids[].
    static QString exportPath(int project);
    static bool isJsonFormat(const QString &format);
    // The error text when `path` cannot be written, empty when it can (checked before downloading).
    static QString checkTarget(const QString &path);
    // Streams `path` through a JSON parser; empty when it is one complete JSON document.
    static QString checkJsonFile(const QString &path);
    // The check run on every download before it is put in place: JSON formats parse; what starts like
    // a zip (or was announced as one) is a whole zip archive. Empty when fine. Reads the whole file.
    static QString checkFile(const QString &path, bool json, bool namedZip);

Q_SIGNALS:
    // `total` is -1 when the server does not say (the direct export streams without a length).
    void progress(qint64 received, qint64 total);
    // The download is complete; its content is being checked (seconds for gigabytes) before it is put
    // in place. cancel() still works.
    void verifying();
    void finished(const lsdesk::ApiError &error);

private:
    void onDownloaded();
    void moveIntoPlace();
    void finish(const ApiError &error);

    Client *m_client;
    ExportRequest m_request;
    std::optional<RequestSpec> m_customSpec;
    std::unique_ptr<QTemporaryFile> m_temp;
    QPointer<ApiJob> m_job;
    ApiError m_error;
    qint64 m_received = 0;
    bool m_checking = false; // downloaded, the content check runs on a pool thread
    bool m_done = false;
};

} // namespace lsdesk
