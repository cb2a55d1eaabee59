#pragma once

// The worker thread side of AgreementSource: it owns the AgreementEngine (which is not thread-safe, so
// only this thread touches it), reads export files, and hands copies of the report back to the source's
// thread through `publish`.

#include "agreement/agreement.h"
#include "net/apierror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace lsdesk::agreement {

// What the source thread and the worker share.
struct SourceShared
{
    std::atomic<bool> cancelled { false };
    // Export files: where each task's JSON lies, for fetchTask() (filled while streaming).
    struct Span
    {
        qint64 offset = 0;
        qint64 length = 0;
    };
    mutable QMutex mutex;
    QHash<int, Span> spans;
};

// One message from the worker to the source's thread.
struct SourceUpdate
{
    AgreementReport report;
    QHash<int, QString> names; // learnt from completed_by objects (replaces nothing the source knows)
    int tasks = 0; // tasks fed to the engine so far
    bool final = false; // the last update: `error` says how it ended
    ApiError error;
};

class SourceWorker : public QObject
{
    Q_OBJECT
public:
    using Publish = std::function<void(SourceUpdate)>;
    SourceWorker(AgreementOptions options, std::shared_ptr<SourceShared> shared, Publish publish);
    ~SourceWorker() override;

    // Each runs on the worker thread (invoked queued).
    void configure(const QString &labelConfigXml, const QJsonObject &controlWeights);
    void addTasks(const QList<QJsonObject> &tasks);
    // The last update, with how the source ended (`error.ok()` when complete).
    void finish(const ApiError &error);
    // Reads a whole export file: configure first (optional), then this, which publishes the final update.
    void readFile(const QString &path);

private:
    void addTask(const QJsonObject &task);
    void noteUser(const QJsonObject &completedBy);
    void publishIfDue();
    void publishNow(bool final, const ApiError &error = {});

    std::unique_ptr<AgreementEngine> m_engine;
    std::shared_ptr<SourceShared> m_shared;
    Publish m_publish;
    QElapsedTimer m_sincePublish;
    QHash<int, QString> m_newNames;
    int m_tasks = 0;
};

} // namespace lsdesk::agreement
