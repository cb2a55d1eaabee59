#include "exportjob.h"

#include "api/client.h"
#include "net/apijob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrlQuery>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

namespace lsdesk {

ExportJob::ExportJob(Client *client, ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{ }

ExportJob::~ExportJob()
{
    if (m_job)
        m_job->cancel();
}

QString ExportJob::exportPath(int project)
{
    return QStringLiteral("api/projects/%1/export").arg(project);
}

bool ExportJob::isJsonFormat(const QString &format)
{
    return format == QLatin1String("JSON") || format == QLatin1String("JSON_MIN");
}

QString ExportJob::checkTarget(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No file to export to was given.");
    const QFileInfo target(path);
    const QFileInfo dir(target.absolutePath());
    if (!dir.exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.absoluteFilePath()));
    if (!dir.isDir() || !dir.isWritable())
        return tr("The folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(dir.absoluteFilePath()));
    if (target.exists() && (target.isDir() || !target.isWritable()))
        return tr("%1 exists and cannot be replaced.")
            .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    return {};
}

QString ExportJob::checkJsonFile(const QString &path)
{
    // A SAX parse with a handler that keeps nothing: memory stays flat whatever the file's size.
    std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!f)
        return tr("The downloaded file cannot be read back.");
    char buffer[65536];
    rapidjson::FileReadStream stream(f, buffer, sizeof buffer);
    rapidjson::BaseReaderHandler<> handler;
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    std::fclose(f);
    if (!ok)
        return tr("The server's file is not complete JSON: %1 at byte %2.")
            .arg(QString::fromUtf8(rapidjson::GetParseError_En(ok.Code())))
            .arg(ok.Offset());
    return {};
}

void ExportJob::start()
{
    if (m_job || m_done)
        return;
    // Before anything is downloaded: a destination that cannot take the file fails now, not after an hour.
    if (const QString why = checkTarget(m_request.target); !why.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput, why));
        return;
    }
    const QFileInfo target(m_request.target);
    // Beside the target, so the final rename stays on one filesystem (atomic) and needs no copy.
    m_temp = std::make_unique<QTemporaryFile>(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!m_temp->open()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
            tr("Cannot create a temporary file next to %1: %2")
                .arg(m_request.target, m_temp->errorString())));
        return;
    }
    RequestSpec spec;
    spec.verb = QByteArrayLiteral("GET");
    spec.path = exportPath(m_request.project);
    spec.query.addQueryItem(QStringLiteral("exportType"), m_request.format);
    spec.query.addQueryItem(QStringLiteral("download_all_tasks"),
        m_request.allTasks ? QStringLiteral("true") : QStringLiteral("false"));
    spec.query.addQueryItem(QStringLiteral("download_resources"),
        m_request.downloadResources ? QStringLiteral("true") : QStringLiteral("false"));
    for (int id : m_request.ids)
        spec.query.addQueryItem(QStringLiteral("ids[]"), QString::number(id));
    spec.accept = QByteArrayLiteral("*/*");
    m_job = m_client->send(m_customSpec ? *m_customSpec : spec);
    m_job->setSink(m_temp.get());
    connect(m_job, &ApiJob::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_received = m_job ? m_job->sinkBytes() : received;
        Q_EMIT progress(m_received, total > 0 ? total : -1);
    });
    connect(m_job, &ApiJob::finished, this, &ExportJob::onDownloaded);
}

void ExportJob::cancel()
{
    if (m_job)
        m_job->cancel(); // finished() follows, with Cancelled
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ExportJob::onDownloaded()
{
    ApiJob *job = m_job;
    if (!job)
        return;
    m_received = job->sinkBytes();
    if (!job->error().ok()) {
        finish(job->error());
        return;
    }
    if (!m_temp->flush()) {
        finish(ApiError::make(
            ApiError::Kind::InvalidInput, tr("Writing the export failed: %1").arg(m_temp->errorString())));
        return;
    }
    const QByteArray length = job->rawHeader("Content-Length");
    if (!length.isEmpty() && job->httpStatus() == 200 && length.toLongLong() != m_received) {
        finish(ApiError::make(ApiError::Kind::Parse,
            tr("The export ended early: %1 of %2 bytes arrived. Try again.")
                .arg(m_received)
                .arg(length.toLongLong())));
        return;
    }
    if (m_received == 0) {
        finish(ApiError::make(ApiError::Kind::Parse, tr("The server sent an empty export.")));
        return;
    }
    if (isJsonFormat(m_request.format)) {
        if (const QString why = checkJsonFile(m_temp->fileName()); !why.isEmpty()) {
            finish(ApiError::make(ApiError::Kind::Parse, why + tr(" Try again.")));
            return;
        }
    }
    m_temp->close();
    // rename(2) replaces the target atomically: readers see the old file or the new one, never a part.
    if (std::rename(QFile::encodeName(m_temp->fileName()).constData(),
            QFile::encodeName(QFileInfo(m_request.target).absoluteFilePath()).constData())
        != 0) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
            tr("The export could not be moved into place at %1: %2")
                .arg(m_request.target, QString::fromLocal8Bit(std::strerror(errno)))));
        return;
    }
    m_temp->setAutoRemove(false); // it is the target now
    finish({});
}

void ExportJob::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_job = nullptr;
    if (!error.ok() && m_temp) {
        m_temp->close();
        m_temp->remove();
    }
    m_temp.reset();
    Q_EMIT finished(error);
}

} // namespace lsdesk
