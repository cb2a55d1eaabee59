#include "exportjob.h"

#include "api/client.h"
#include "export/filecommit.h"
#include "export/ziparchive.h"
#include "net/apijob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QTemporaryFile>
#include <QThreadPool>
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
    // Iterative: the recursive parser takes one stack frame per nesting level, and a hostile or broken
    // body nested a million deep would overflow the pool thread's stack instead of failing cleanly.
    const rapidjson::ParseResult ok
        = reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream, handler);
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
    // The sink is set before the first request goes out, so that it already asks for a range (ApiJob).
    m_job = m_client->send(m_customSpec ? *m_customSpec : spec, m_temp.get());
    connect(m_job, &ApiJob::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_received = m_job ? m_job->sinkBytes() : received;
        Q_EMIT progress(m_received, total > 0 ? total : -1);
    });
    connect(m_job, &ApiJob::finished, this, &ExportJob::onDownloaded);
}

void ExportJob::cancel()
{
    if (m_checking) // the download is over; the check's late result is dropped
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
    else if (m_job)
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
    // The whole size: Content-Length of a 200, the total of a 206's Content-Range ("bytes 0-99/100"; a
    // resumed download's last answer only carries the rest).
    const QByteArray length = job->httpStatus() == 206
        ? job->rawHeader("Content-Range").split('/').value(1).trimmed()
        : job->rawHeader("Content-Length");
    bool known = false;
    const qint64 expected = length.toLongLong(&known);
    if (known && (job->httpStatus() == 200 || job->httpStatus() == 206) && expected != m_received) {
        finish(ApiError::make(ApiError::Kind::Parse,
            tr("The export ended early: %1 of %2 bytes arrived. Try again.").arg(m_received).arg(expected)));
        return;
    }
    if (m_received == 0) {
        finish(ApiError::make(ApiError::Kind::Parse, tr("The server sent an empty export.")));
        return;
    }
    // The content check reads the whole file (a SAX parse of a JSON export, the central directory of a
    // zip): gigabytes take seconds, so it runs on a pool thread, never on the caller's (the UI's) thread.
    const QString path = m_temp->fileName();
    const bool json = isJsonFormat(m_request.format);
    // The direct export names its file in Content-Disposition ("project-1-at-....zip").
    const bool namedZip = job->rawHeader("Content-Disposition").contains(".zip");
    m_checking = true;
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_checking = false;
        if (m_done) // cancelled while checking
            return;
        if (const QString why = watcher->result(); !why.isEmpty()) {
            finish(ApiError::make(ApiError::Kind::Parse, why + tr(" Try again.")));
            return;
        }
        moveIntoPlace();
    });
    watcher->setFuture(promise->future());
    Q_EMIT verifying();
    if (m_done) // cancelled from a slot
        return;
    QThreadPool::globalInstance()->start([promise, path, json, namedZip] {
        promise->start();
        QString why = checkFile(path, json, namedZip);
        // On disk before the rename: after a power cut the target must be the old export or the whole
        // new one, never an empty file that replaced it (ext4 orders this, XFS and btrfs need fsync).
        if (why.isEmpty()) {
            if (const QString failed = filecommit::syncToDisk(path); !failed.isEmpty())
                why = tr("The export could not be written to disk: %1").arg(failed);
        }
        promise->addResult(why);
        promise->finish();
    });
}

QString ExportJob::checkFile(const QString &path, bool json, bool namedZip)
{
    if (json)
        return checkJsonFile(path);
    if (ZipArchive::looksLikeZip(path)) {
        if (const QString why = ZipArchive::check(path); !why.isEmpty())
            return tr("The server's archive did not arrive whole: %1").arg(why);
        return {};
    }
    if (namedZip)
        return tr("The server said it sent a zip archive, but the file is not one.");
    return {};
}

void ExportJob::moveIntoPlace()
{
    m_temp->close();
    // The temporary file is private (0600) while it downloads; the export gets the mode of the file it
    // replaces, or that of any new file (as curl -o or a browser download would).
    const QFileInfo old(m_request.target);
    m_temp->setPermissions(old.exists() ? old.permissions() : filecommit::newFilePermissions());
    // Replaced in one step: readers see the old file or the new one, never a part.
    if (const QString failed = filecommit::replace(m_temp->fileName(), m_request.target); !failed.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
            tr("The export could not be moved into place at %1: %2").arg(m_request.target, failed)));
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
