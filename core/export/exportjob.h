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

// What to export: a project, a server format ("JSON", "CSV", "COCO", ...) and the direct export's options.
struct ExportRequest
{
    int project = 0;
    QString format = QStringLiteral("JSON");
    bool allTasks = false; // download_all_tasks: also the tasks without annotations
    bool downloadResources = false; // download_resources: media files inside the archive formats
    QList<int> ids; // only these tasks (ids[]); empty for the whole project
    QString target; // the file to write
};

// One export, streamed to disk: the body goes into a temporary file beside the target (never into
// memory), a dropped connection is retried (resumed where the server allows), and only a complete,
// checked file is renamed into place - atomically replacing an older one. Checked means: as long as the
// server said (Content-Length) and, for the JSON formats, a JSON document that parses to its end (read
// as a stream, so memory stays flat). On any failure or cancel the temporary file is removed and the
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

Q_SIGNALS:
    // `total` is -1 when the server does not say (the direct export streams without a length).
    void progress(qint64 received, qint64 total);
    void finished(const lsdesk::ApiError &error);

private:
    void onDownloaded();
    void finish(const ApiError &error);

    Client *m_client;
    ExportRequest m_request;
    std::optional<RequestSpec> m_customSpec;
    std::unique_ptr<QTemporaryFile> m_temp;
    QPointer<ApiJob> m_job;
    ApiError m_error;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace lsdesk
