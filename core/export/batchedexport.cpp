#include "batchedexport.h"

#include "api/client.h"
#include "api/taskstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lsdesk {

BatchedExportJob::BatchedExportJob(Client *client, ExportRequest request, int batchSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_batchSize(std::max(1, batchSize))
{ }

BatchedExportJob::~BatchedExportJob()
{
    if (m_stream)
        m_stream->cancel();
    if (m_batch)
        m_batch->cancel();
}

bool BatchedExportJob::supports(const QString &format)
{
    return format == QLatin1String("JSON") || format == QLatin1String("JSON_MIN")
        || format == QLatin1String("CSV") || format == QLatin1String("TSV");
}

// The server's layouts (label-studio 1.23): JSON "[{...},{...}]"; JSON_MIN "[\n{...},\n{...}\n]" and
// "[\n\n]" when empty; CSV/TSV a header line, then rows, CRLF line ends.
QString BatchedExportJob::appendBatch(
    const QString &format, const QByteArray &batch, QByteArray *header, QIODevice *out, bool *wroteRows)
{
    if (format == QLatin1String("JSON") || format == QLatin1String("JSON_MIN")) {
        const QByteArray trimmed = batch.trimmed();
        if (!trimmed.startsWith('[') || !trimmed.endsWith(']'))
            return tr("A batch of the export is not a JSON array.");
        const QByteArray inner = trimmed.mid(1, trimmed.size() - 2).trimmed();
        if (inner.isEmpty())
            return {};
        const bool min = format == QLatin1String("JSON_MIN");
        QByteArray chunk;
        if (!*wroteRows)
            chunk = min ? QByteArray("[\n") : QByteArray("[");
        else
            chunk = min ? QByteArray(",\n") : QByteArray(",");
        chunk += inner;
        *wroteRows = true;
        return out->write(chunk) == chunk.size()
            ? QString()
            : tr("Writing the export failed: %1").arg(out->errorString());
    }
    // CSV / TSV
    const qsizetype eol = batch.indexOf('\n');
    const QByteArray head = eol < 0 ? batch : batch.left(eol + 1);
    const QByteArray rows = eol < 0 ? QByteArray() : batch.mid(eol + 1);
    if (header->isEmpty())
        *header = head;
    if (rows.trimmed().isEmpty())
        return {};
    if (!*wroteRows) {
        *header = head;
        if (out->write(head) != head.size())
            return tr("Writing the export failed: %1").arg(out->errorString());
    } else if (head != *header) {
        return tr(
            "The batches of this %1 export have different columns (the server picks them from the tasks in "
            "each batch), so they cannot be joined into one table. Export without batches, or as JSON.")
            .arg(format);
    }
    *wroteRows = true;
    return out->write(rows) == rows.size() ? QString()
                                           : tr("Writing the export failed: %1").arg(out->errorString());
}

void BatchedExportJob::finishMerge(
    const QString &format, const QByteArray &header, bool wroteRows, QIODevice *out)
{
    if (format == QLatin1String("JSON"))
        out->write(wroteRows ? "]" : "[]");
    else if (format == QLatin1String("JSON_MIN"))
        out->write(wroteRows ? "\n]" : "[\n\n]");
    else if (!wroteRows)
        out->write(header);
}

void BatchedExportJob::start()
{
    if (m_done || m_merged)
        return;
    if (!supports(m_request.format)) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
            tr("Batched export joins JSON, JSON_MIN, CSV and TSV; %1 is built by the server in one piece.")
                .arg(m_request.format)));
        return;
    }
    if (const QString why = ExportJob::checkTarget(m_request.target); !why.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput, why));
        return;
    }
    const QFileInfo target(m_request.target);
    m_merged = std::make_unique<QTemporaryFile>(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!m_merged->open()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput,
            tr("Cannot create a temporary file next to %1: %2")
                .arg(m_request.target, m_merged->errorString())));
        return;
    }
    if (!m_request.ids.isEmpty()) {
        m_ids = m_request.ids;
        std::sort(m_ids.begin(), m_ids.end());
        nextBatch();
        return;
    }
    listIds();
}

void BatchedExportJob::listIds()
{
    TaskQuery q;
    q.project = m_request.project;
    q.fields = TaskQuery::Fields::TaskOnly;
    q.pageSize = 1000;
    m_stream = new TaskStream(m_client, q, 2, this);
    connect(m_stream, &TaskStream::pageReady, this, [this](const QList<Task> &tasks) {
        for (const Task &t : tasks)
            m_ids.append(t.id);
    });
    connect(m_stream, &TaskStream::finished, this, [this](const ApiError &error) {
        m_stream->deleteLater();
        m_stream = nullptr;
        if (!error.ok())
            return finish(error);
        // The server exports in id order: batches of ascending ids join into its own order.
        std::sort(m_ids.begin(), m_ids.end());
        nextBatch();
    });
    m_stream->start();
}

void BatchedExportJob::nextBatch()
{
    const int batches = int((m_ids.size() + m_batchSize - 1) / m_batchSize);
    if (m_next >= m_ids.size()) {
        finishMerge(m_request.format, m_header, m_wroteRows, m_merged.get());
        if (!m_merged->flush())
            return finish(ApiError::make(ApiError::Kind::InvalidInput,
                tr("Writing the export failed: %1").arg(m_merged->errorString())));
        if (ExportJob::isJsonFormat(m_request.format)) {
            if (const QString why = ExportJob::checkJsonFile(m_merged->fileName()); !why.isEmpty())
                return finish(ApiError::make(ApiError::Kind::Parse, why));
        }
        m_merged->close();
        if (std::rename(QFile::encodeName(m_merged->fileName()).constData(),
                QFile::encodeName(QFileInfo(m_request.target).absoluteFilePath()).constData())
            != 0)
            return finish(ApiError::make(ApiError::Kind::InvalidInput,
                tr("The export could not be moved into place at %1: %2")
                    .arg(m_request.target, QString::fromLocal8Bit(std::strerror(errno)))));
        m_merged->setAutoRemove(false);
        return finish({});
    }
    ExportRequest part = m_request;
    part.ids = m_ids.mid(m_next, m_batchSize);
    m_next += int(part.ids.size());
    // Each batch lands in a checked temporary file of its own, merged and removed as soon as it is here.
    const QFileInfo target(m_request.target);
    part.target = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".batch");
    m_batch = new ExportJob(m_client, part, this);
    connect(m_batch, &ExportJob::finished, this, [this, batches, path = part.target](const ApiError &error) {
        m_batch->deleteLater();
        m_batch = nullptr;
        if (!error.ok()) {
            QFile::remove(path);
            return finish(error);
        }
        QFile f(path);
        const QByteArray batch = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        f.close();
        QFile::remove(path);
        if (const QString why = appendBatch(m_request.format, batch, &m_header, m_merged.get(), &m_wroteRows);
            !why.isEmpty())
            return finish(ApiError::make(ApiError::Kind::Parse, why));
        Q_EMIT progress(int((m_next + m_batchSize - 1) / m_batchSize), batches);
        nextBatch();
    });
    m_batch->start();
}

void BatchedExportJob::cancel()
{
    if (m_stream)
        m_stream->cancel();
    else if (m_batch)
        m_batch->cancel();
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void BatchedExportJob::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (!error.ok() && m_merged) {
        m_merged->close();
        m_merged->remove();
    }
    m_merged.reset();
    Q_EMIT finished(error);
}

} // namespace lsdesk
