#include "import/importjob.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUrlQuery>

namespace lsdesk::import {

namespace {

QByteArray newBoundary()
{
    return "lsdesk-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

ImportJob::ImportJob(
    Client *client, int project, QList<ImportSource> sources, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_project(project)
    , m_sources(std::move(sources))
    , m_options(std::move(options))
{
    m_pollTimer.setSingleShot(true);
}

ImportJob::~ImportJob()
{
    // A worker still writing a request body sees this and stops; its reply goes nowhere.
    m_stop->store(true);
    if (m_job)
        m_job->cancel();
}

void ImportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QStringList problems;
    for (const ImportSource &s : m_sources)
        if (!s.ok())
            problems << s.error;
    if (!problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                finish(ApiError::make(ApiError::Kind::InvalidInput,
                    tr("Nothing was imported: %1").arg(problems.join(QStringLiteral("; ")))));
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue = planBatches(m_sources, m_options.limits);
    m_planned = int(m_queue.size());
    for (const ImportBatch &b : m_queue)
        m_totalBytes += b.bytes;
    if (m_queue.isEmpty() || !m_tmp->isValid()) {
        const ApiError e = m_queue.isEmpty()
            ? ApiError::make(ApiError::Kind::InvalidInput, tr("There are no tasks to import."))
            : ApiError::make(ApiError::Kind::InvalidInput,
                tr("Could not create a temporary folder for the upload: %1").arg(m_tmp->errorString()));
        QMetaObject::invokeMethod(
            this, [this, e] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &ImportJob::next, Qt::QueuedConnection);
}

void ImportJob::cancel()
{
    if (m_finished)
        return;
    m_stop->store(true);
    QString message = tr("Import cancelled.");
    if (m_result.requests > 0)
        message += QLatin1Char(' ')
            + tr("The %n completed request(s) created %1 task(s); they stay in the project.", nullptr,
                m_result.requests)
                  .arg(m_result.tasks);
    if (m_job)
        message += QLatin1Char(' ')
            + tr("The request in progress may have reached the server: check the project's task count.");
    finish(ApiError::make(ApiError::Kind::Cancelled, message));
}

QString ImportJob::position() const
{
    return tr("request %1 of %2").arg(m_index).arg(m_planned + m_result.splits);
}

void ImportJob::next()
{
    if (m_finished)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT progress(m_totalBytes, m_totalBytes, m_result.requests, m_planned + m_result.splits);
        finish({});
        return;
    }
    m_current = m_queue.takeFirst();
    ++m_index;
    Q_EMIT progress(m_doneBytes, m_totalBytes, m_result.requests, m_planned + m_result.splits);
    if (m_current.isUrlDownload) {
        const ImportPart p = m_current.parts.first();
        sendUrl(m_sources.at(p.source).urls.at(p.first));
        return;
    }
    // The body is written off the UI thread: a request can be hundreds of megabytes.
    const QString path = m_tmp->filePath(QStringLiteral("request-%1.multipart").arg(m_index));
    const QByteArray boundary = newBoundary();
    auto alive = std::make_shared<bool>(true);
    connect(this, &QObject::destroyed, QCoreApplication::instance(), [alive] { *alive = false; });
    QThreadPool::globalInstance()->start(
        [this, alive, stop = m_stop, tmp = m_tmp, sources = m_sources, batch = m_current, path, boundary] {
            Q_UNUSED(tmp) // the folder stays until this body is written and removed
            QString error;
            bool ok = false;
            {
                QFile out(path);
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    error = tr("Could not write the request to %1: %2").arg(path, out.errorString());
                else if (!stop->load())
                    ok = writeMultipart(sources, batch, boundary, &out, &error, stop.get()) && out.flush();
                if (ok && out.error() != QFile::NoError) {
                    ok = false;
                    error = out.errorString();
                }
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [this, alive, stop, tmp, ok, error, path, boundary] {
                    Q_UNUSED(tmp)
                    if (!*alive || stop->load()) {
                        QFile::remove(path);
                        return;
                    }
                    if (!ok) {
                        QFile::remove(path);
                        fail(ApiError::make(ApiError::Kind::InvalidInput, error));
                        return;
                    }
                    sendFile(path, boundary);
                },
                Qt::QueuedConnection);
        });
}

void ImportJob::sendFile(const QString &bodyPath, const QByteArray &boundary)
{
    m_bodyPath = bodyPath;
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("api/projects/%1/import").arg(m_project);
    if (m_options.returnTaskIds)
        spec.query.addQueryItem(QStringLiteral("return_task_ids"), QStringLiteral("true"));
    // One item: the server reads a single value (params.get) and splits it at commas.
    if (!m_options.preannotatedFromFields.isEmpty())
        spec.query.addQueryItem(QStringLiteral("preannotated_from_fields"),
            m_options.preannotatedFromFields.join(QLatin1Char(',')));
    spec.bodyFile = bodyPath;
    spec.contentType = "multipart/form-data; boundary=" + boundary;
    spec.timeoutMs = m_options.requestTimeoutMs;
    ApiJob *job = m_client->send(spec);
    m_job = job;
    const qint64 batchBytes = m_current.bytes;
    connect(job, &ApiJob::uploadProgress, this, [this, batchBytes](qint64 sent, qint64 total) {
        if (total > 0)
            Q_EMIT progress(m_doneBytes + batchBytes * sent / total, m_totalBytes, m_result.requests,
                m_planned + m_result.splits);
    });
    connect(job, &ApiJob::finished, this, [this, job] { onReply(job); });
}

void ImportJob::sendUrl(const QString &url)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("api/projects/%1/import").arg(m_project);
    if (m_options.returnTaskIds)
        spec.query.addQueryItem(QStringLiteral("return_task_ids"), QStringLiteral("true"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("url"), url);
    spec.body = form.toString(QUrl::FullyEncoded).toUtf8();
    spec.contentType = "application/x-www-form-urlencoded";
    spec.timeoutMs = m_options.requestTimeoutMs;
    ApiJob *job = m_client->send(spec);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onReply(job); });
}

void ImportJob::onReply(ApiJob *job)
{
    if (!m_bodyPath.isEmpty()) {
        QFile::remove(m_bodyPath);
        m_bodyPath.clear();
    }
    m_job.clear();
    if (m_finished)
        return;
    if (!job->error().ok()) {
        ImportBatch a, b;
        // The server itself refuses a request over DATA_UPLOAD_MAX_MEMORY_SIZE or TASKS_MAX_NUMBER with a 400
        // that names the limit (data_import/uploader.py); a proxy answers 413. Either way nothing was
        // created.
        const QString text = job->error().message + job->error().validationText();
        const bool tooLarge = job->httpStatus() == 413
            || (job->httpStatus() == 400
                && (text.contains(QLatin1String("Maximum total size of all files"))
                    || text.contains(QLatin1String("Maximum task number is"))));
        if (tooLarge && splitBatch(m_sources, m_current, &a, &b)) {
            // Too large for the server or its proxy; nothing was created from it. Try the halves.
            qCInfo(lcApi) << "import request of" << m_current.bytes << "bytes refused with 413; halving it";
            m_queue.prepend(b);
            m_queue.prepend(a);
            ++m_result.splits;
            --m_index;
            next();
            return;
        }
        ApiError e = job->error();
        if (job->httpStatus() == 413)
            e.message
                = tr("The server (or a proxy in front of it) refuses a request of %1 bytes, and it holds a "
                     "single task that cannot be split further. Raise the server's upload limit "
                     "(DATA_UPLOAD_MAX_MEMORY_SIZE, or the proxy's) or make that task smaller.")
                      .arg(m_current.bytes);
        fail(e);
        return;
    }
    const QJsonObject obj = QJsonDocument::fromJson(job->body()).object();
    if (obj.contains(QStringLiteral("import")) && !obj.contains(QStringLiteral("task_count"))) {
        poll(obj.value(QStringLiteral("import")).toInt());
        return;
    }
    if (!obj.contains(QStringLiteral("task_count"))) {
        fail(ApiError::make(ApiError::Kind::Parse,
            tr("The server's reply to the import is not what Label Studio sends: %1")
                .arg(QString::fromUtf8(job->body().left(200)))));
        return;
    }
    addCounts(obj);
    next();
}

void ImportJob::poll(int importId)
{
    RequestSpec spec;
    spec.path = QStringLiteral("api/projects/%1/imports/%2/").arg(m_project).arg(importId);
    ApiJob *job = m_client->send(spec);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, importId] {
        m_job.clear();
        if (m_finished)
            return;
        if (!job->error().ok()) {
            fail(job->error());
            return;
        }
        const QJsonObject obj = QJsonDocument::fromJson(job->body()).object();
        const QString status = obj.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("completed")) {
            addCounts(obj);
            next();
        } else if (status == QLatin1String("failed")) {
            const QString why = obj.value(QStringLiteral("error")).toString();
            fail(ApiError::make(ApiError::Kind::Http,
                why.isEmpty() ? tr("The server reports that the import failed, without a reason.") : why));
        } else {
            m_pollTimer.disconnect();
            connect(&m_pollTimer, &QTimer::timeout, this, [this, importId] { poll(importId); });
            m_pollTimer.start(m_options.pollIntervalMs);
        }
    });
}

void ImportJob::addCounts(const QJsonObject &obj)
{
    m_result.tasks += obj.value(QStringLiteral("task_count")).toInt();
    m_result.annotations += obj.value(QStringLiteral("annotation_count")).toInt();
    // The server's key; the SDK's type says predictions_count.
    m_result.predictions += obj.value(QStringLiteral("prediction_count"))
                                .toInt(obj.value(QStringLiteral("predictions_count")).toInt());
    m_result.serverSeconds += obj.value(QStringLiteral("duration")).toDouble();
    for (const QJsonValue &v : obj.value(QStringLiteral("task_ids")).toArray())
        m_result.taskIds << v.toInt();
    for (const QJsonValue &v : obj.value(QStringLiteral("file_upload_ids")).toArray())
        m_result.fileUploadIds << v.toInt();
    for (const QString &f : strings(obj.value(QStringLiteral("found_formats"))))
        if (!m_result.foundFormats.contains(f))
            m_result.foundFormats << f;
    for (const QString &c : strings(obj.value(QStringLiteral("data_columns"))))
        if (!m_result.dataColumns.contains(c))
            m_result.dataColumns << c;
    ++m_result.requests;
    m_doneBytes += m_current.bytes;
}

void ImportJob::fail(const ApiError &error)
{
    ApiError e = error;
    QString where = tr("The import stopped at %1.").arg(position());
    if (m_result.requests > 0)
        where += QLatin1Char(' ')
            + tr("The %n request(s) before it created %1 task(s); they stay in the project.", nullptr,
                m_result.requests)
                  .arg(m_result.tasks);
    else
        where += QLatin1Char(' ') + tr("Nothing was imported.");
    e.message = e.message + QLatin1Char('\n') + where;
    finish(e);
}

void ImportJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    m_error = error;
    if (m_job)
        m_job->cancel();
    m_job.clear();
    Q_EMIT finished();
}

} // namespace lsdesk::import
