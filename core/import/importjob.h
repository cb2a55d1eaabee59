#pragma once

#include "api/client.h"
#include "import/importplan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <memory>

namespace lsdesk::import {

struct ImportOptions
{
    ImportLimits limits;
    bool returnTaskIds = false;
    // CSV/JSON columns that hold predictions in the config's result format (the server's
    // preannotated_from_fields).
    QStringList preannotatedFromFields;
    int pollIntervalMs = 1000; // Enterprise imports run in the background: how often to ask
    int requestTimeoutMs = 30 * 60 * 1000; // the server parses and saves a whole request before it answers
};

// What the server reported creating, summed over the requests that completed.
struct ImportTotals
{
    int tasks = 0;
    int annotations = 0;
    int predictions = 0;
    int requests = 0; // requests that completed
    int splits = 0; // requests halved after a 413
    QList<int> taskIds; // with returnTaskIds
    QList<int> fileUploadIds;
    QStringList foundFormats;
    QStringList dataColumns;
    double serverSeconds = 0;
};

// Imports sources into a project: POST api/projects/<id>/import per request of the plan, each body a
// multipart file written to a temporary file on a worker thread (memory stays flat whatever the size).
// Community servers answer each request when its tasks exist; Enterprise servers answer {"import": id}
// and the job polls api/projects/<id>/imports/<import>/ until it completes or fails. A request refused
// with 413 (too large for the server or a proxy in front of it) is halved and sent again: the server
// created nothing from it. Requests run one after another, so a failure stops the import at a request
// boundary and result() says what the completed ones created. Emits finished() exactly once.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(Client *client, int project, QList<ImportSource> sources, ImportOptions options = {},
        QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    // Stops after aborting the request in flight. The server may already have created that request's tasks
    // (it cannot be asked); the error message says so.
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const ImportTotals &result() const { return m_result; }
    int requestCount() const { return m_planned; }
    qint64 totalBytes() const { return m_totalBytes; }

Q_SIGNALS:
    void progress(qint64 sentBytes, qint64 totalBytes, int requestsDone, int requests);
    void finished();

private:
    void next();
    void sendFile(const QString &bodyPath, const QByteArray &boundary);
    void sendUrl(const QString &url);
    void onReply(ApiJob *job);
    void poll(int importId);
    void addCounts(const QJsonObject &obj);
    void fail(const ApiError &error);
    void finish(const ApiError &error);
    QString position() const;

    Client *m_client;
    int m_project;
    QList<ImportSource> m_sources;
    ImportOptions m_options;
    QList<ImportBatch> m_queue;
    ImportBatch m_current;
    int m_planned = 0;
    int m_index = 0; // requests started
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    // Shared with the worker writing a body: the folder outlives the job until that worker is done.
    std::shared_ptr<QTemporaryDir> m_tmp = std::make_shared<QTemporaryDir>();
    QString m_bodyPath;
    QPointer<ApiJob> m_job;
    QTimer m_pollTimer;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    ImportTotals m_result;
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace lsdesk::import
