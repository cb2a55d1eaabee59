#include "agreement/source_worker.h"

#include "agreement/source_jsonsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace lsdesk::agreement {

namespace {
// Reports are copied to the source's thread at most this often while tasks stream in.
constexpr int kPublishIntervalMs = 300;
constexpr qint64 kChunkSize = 1 << 20;

QString trSource(const char *text)
{
    // The source's context: people see these as AgreementSource's messages.
    return QCoreApplication::translate("lsdesk::agreement::AgreementSource", text);
}

ApiError fileError(const QString &message)
{
    // InvalidInput: the user's file is the problem (lsdesk-cli exits with its local file code).
    return ApiError::make(ApiError::Kind::InvalidInput, message);
}

QString userName(const QJsonObject &u)
{
    const QString full = QString(u.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + u.value(QLatin1String("last_name")).toString())
                             .trimmed();
    if (!full.isEmpty())
        return full;
    const QString email = u.value(QLatin1String("email")).toString();
    return email.isEmpty() ? u.value(QLatin1String("username")).toString() : email;
}
} // namespace

SourceWorker::SourceWorker(AgreementOptions options, std::shared_ptr<SourceShared> shared, Publish publish)
    : m_engine(std::make_unique<AgreementEngine>(options))
    , m_shared(std::move(shared))
    , m_publish(std::move(publish))
{
    m_sincePublish.start();
}

SourceWorker::~SourceWorker() = default;

void SourceWorker::configure(const QString &labelConfigXml, const QJsonObject &controlWeights)
{
    if (!labelConfigXml.trimmed().isEmpty())
        m_engine->setLabelConfig(labelConfigXml);
    if (!controlWeights.isEmpty())
        m_engine->setControlWeights(controlWeights);
}

void SourceWorker::noteUser(const QJsonObject &by)
{
    const int id = by.value(QLatin1String("id")).toInt();
    if (id > 0) {
        const QString name = userName(by);
        if (!name.isEmpty())
            m_newNames.insert(id, name);
    }
}

void SourceWorker::addTask(const QJsonObject &task)
{
    // Names come with the annotations when the export (or the server) expanded the users.
    for (const QJsonValue &a : task.value(QLatin1String("annotations")).toArray())
        noteUser(a.toObject().value(QLatin1String("completed_by")).toObject());
    m_engine->addTask(task);
    ++m_tasks;
}

void SourceWorker::addTasks(const QList<QJsonObject> &tasks)
{
    if (m_shared->cancelled)
        return;
    for (const QJsonObject &t : tasks) {
        // Checked per task: a new Compute or a reconnect waits for this thread, and a page of heavy
        // polygon tasks must not hold the window that long.
        if (m_shared->cancelled)
            return;
        addTask(t);
    }
    publishIfDue();
}

void SourceWorker::finish(const ApiError &error)
{
    if (m_shared->cancelled)
        return;
    publishNow(true, error);
}

void SourceWorker::publishIfDue()
{
    if (m_sincePublish.elapsed() >= kPublishIntervalMs)
        publishNow(false);
}

void SourceWorker::publishNow(bool final, const ApiError &error)
{
    SourceUpdate u;
    u.report = m_engine->report();
    u.names = std::exchange(m_newNames, {});
    u.tasks = m_tasks;
    u.final = final;
    u.error = error;
    m_publish(std::move(u));
    m_sincePublish.restart();
}

void SourceWorker::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        publishNow(true, fileError(trSource("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    const auto notAnExport = [&name](const QString &why) {
        return fileError(trSource("%1 is not a Label Studio JSON export: %2").arg(name, why));
    };
    ApiError taskError;
    JsonArraySplitter splitter([&](const QByteArray &bytes, qint64 offset) {
        if (m_shared->cancelled)
            return false;
        // Straight from the bytes into the engine (no QJsonObject on the way: most of the time that
        // reading an export takes).
        AgreementEngine::JsonTaskInfo info;
        if (!m_engine->addTaskJson(QByteArrayView(bytes), &info)) {
            if (info.status == AgreementEngine::JsonTaskInfo::Status::InvalidJson) {
                taskError = notAnExport(trSource("the task at byte %1 is not valid JSON (%2 at byte %3)")
                                            .arg(offset)
                                            .arg(info.jsonError)
                                            .arg(offset + info.jsonErrorOffset));
            } else {
                // JSON-MIN, CSV and the other formats flatten the annotations away: nothing to compare.
                taskError = notAnExport(
                    trSource("the task at byte %1 has no \"annotations\" list (export the project "
                             "in the JSON format, not JSON-MIN or CSV)")
                        .arg(offset));
            }
            return false;
        }
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->spans.insert(info.taskId, { offset, bytes.size() });
        }
        for (const QJsonObject &by : std::as_const(info.users))
            noteUser(by);
        ++m_tasks;
        publishIfDue();
        return true;
    });
    QByteArray chunk;
    bool ok = true;
    while (ok && !file.atEnd()) {
        if (m_shared->cancelled)
            return;
        chunk = file.read(kChunkSize);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            publishNow(true, fileError(trSource("Cannot read %1: %2").arg(path, file.errorString())));
            return;
        }
        ok = splitter.feed(chunk.constData(), chunk.size());
    }
    if (m_shared->cancelled)
        return;
    if (!taskError.ok()) {
        publishNow(true, taskError);
        return;
    }
    if (!ok || !splitter.finish()) {
        const QString why = splitter.error();
        publishNow(true,
            splitter.isTruncated() ? fileError(
                trSource("%1 is not a complete Label Studio JSON export: %2 (an interrupted download?)")
                    .arg(name, why))
                                   : notAnExport(why));
        return;
    }
    publishNow(true);
}

} // namespace lsdesk::agreement
