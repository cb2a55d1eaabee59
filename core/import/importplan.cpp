// Cutting an import into requests and writing each as the multipart body the server's import reads.
#include "import/importplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace lsdesk::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::import::ImportPlan", text);
}

qint64 recordCost(const ImportSource &s, int i)
{
    return s.records.at(i).length + 1; // a separator (',' or '\n') per record
}

qint64 fixedCost(const ImportSource &s)
{
    switch (s.kind) {
    case SourceKind::Json:
    case SourceKind::JsonLines:
        return 2; // [ ]
    case SourceKind::Csv:
    case SourceKind::Tsv:
        return s.header.length + 1;
    default:
        return 0;
    }
}

// The name the server sees: it picks the reader by extension, so JSON lines travel as .json.
QString uploadName(const ImportSource &s)
{
    QString name = s.name;
    name.replace(QLatin1Char('"'), QLatin1Char('_'));
    name.remove(QLatin1Char('\r'));
    name.remove(QLatin1Char('\n'));
    // The server picks its reader by the extension as written (FileUpload.format keeps the case), while
    // we pick ours lower-cased: DATA.CSV must travel as DATA.csv or the server makes one media task of it.
    const QFileInfo info(name);
    switch (s.kind) {
    case SourceKind::JsonLines:
    case SourceKind::Json:
        return info.completeBaseName() + QStringLiteral(".json");
    case SourceKind::Csv:
        return info.completeBaseName() + QStringLiteral(".csv");
    case SourceKind::Tsv:
        return info.completeBaseName() + QStringLiteral(".tsv");
    case SourceKind::Text:
        return s.path.isEmpty() ? name : info.completeBaseName() + QStringLiteral(".txt");
    default:
        return info.suffix().isEmpty() ? name
                                       : info.completeBaseName() + QLatin1Char('.') + info.suffix().toLower();
    }
}

QByteArray contentType(const ImportSource &s)
{
    switch (s.kind) {
    case SourceKind::Json:
    case SourceKind::JsonLines:
        return "application/json";
    case SourceKind::Csv:
        return "text/csv";
    case SourceKind::Tsv:
        return "text/tab-separated-values";
    case SourceKind::Text:
        return "text/plain";
    default:
        return "application/octet-stream";
    }
}

bool copyRange(QFile &from, ByteRange r, QIODevice *out, const std::atomic_bool *stop)
{
    if (!from.seek(r.offset))
        return false;
    qint64 left = r.length;
    while (left > 0) {
        if (stop && stop->load())
            return false;
        const QByteArray chunk = from.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty() || out->write(chunk) != chunk.size())
            return false;
        left -= chunk.size();
    }
    return true;
}

} // namespace

qint64 partBytes(const ImportSource &s, int first, int count)
{
    if (s.kind == SourceKind::Asset)
        return s.size;
    if (s.kind == SourceKind::UrlDownload)
        return s.urls.value(first).toUtf8().size();
    qint64 bytes = fixedCost(s);
    for (int i = first; i < first + count; ++i)
        bytes += recordCost(s, i);
    return bytes;
}

QList<ImportBatch> planBatches(const QList<ImportSource> &sources, const ImportLimits &limits)
{
    QList<ImportBatch> batches;
    ImportBatch current;
    // The keys every file of the current request shares (the server's common_data_fields); empty for a
    // fresh request. A file whose first task shares none with them goes into a request of its own.
    QSet<QString> common;
    bool closed = false; // the current request ends with a file's continuation: nothing may join it
    auto flush = [&] {
        if (!current.parts.isEmpty())
            batches << current;
        current = {};
        common.clear();
        closed = false;
    };
    auto joinable = [&](const ImportSource &s) {
        if (current.parts.isEmpty())
            return true;
        if (closed)
            return false;
        const QSet<QString> keys(s.firstKeys.begin(), s.firstKeys.end());
        return common.intersects(keys);
    };
    auto joined = [&](const ImportSource &s) {
        const QSet<QString> keys(s.firstKeys.begin(), s.firstKeys.end());
        if (current.parts.size() == 1)
            common = keys;
        else
            common &= keys;
    };
    const qint64 maxBytes = qMax<qint64>(limits.maxRequestBytes, 1);
    const int maxTasks = qMax(limits.maxTasksPerRequest, 1);
    const int maxFiles = qMax(limits.maxFilesPerRequest, 1);
    for (int si = 0; si < sources.size(); ++si) {
        const ImportSource &s = sources[si];
        if (!s.ok())
            continue;
        if (s.kind == SourceKind::UrlDownload) {
            // One URL per request: the server reads the URL from a form field, one per request.
            for (int u = 0; u < s.urls.size(); ++u) {
                ImportBatch b;
                b.parts << ImportPart { si, u, 1 };
                b.bytes = partBytes(s, u, 1);
                b.tasks = -1;
                b.isUrlDownload = true;
                batches << b;
            }
            continue;
        }
        if (s.kind == SourceKind::Asset) {
            if (current.parts.size() >= maxFiles || current.tasks + 1 > maxTasks
                || (current.bytes + s.size > maxBytes && !current.parts.isEmpty()) || !joinable(s))
                flush();
            current.parts << ImportPart { si, 0, 1 };
            joined(s);
            current.bytes += s.size;
            current.tasks += 1;
            continue;
        }
        int i = 0;
        const int n = int(s.records.size());
        if (!joinable(s))
            flush();
        while (i < n) {
            if (current.parts.size() >= maxFiles)
                flush();
            qint64 bytes = fixedCost(s);
            int count = 0;
            // Take records while the request stays within both limits; at least one per request.
            while (i + count < n) {
                const qint64 cost = recordCost(s, i + count);
                const bool empty = current.parts.isEmpty() && count == 0;
                if (!empty
                    && (current.bytes + bytes + cost > maxBytes || current.tasks + count + 1 > maxTasks))
                    break;
                bytes += cost;
                ++count;
            }
            if (count == 0) {
                flush();
                continue;
            }
            current.parts << ImportPart { si, i, count };
            joined(s);
            // A continuation's first task is not the file's: what it shares with other files is unknown.
            closed = i > 0;
            current.bytes += bytes;
            current.tasks += count;
            i += count;
            if (i < n)
                flush(); // the rest of this file starts a new request
        }
    }
    flush();
    return batches;
}

bool writeMultipart(const QList<ImportSource> &sources, const ImportBatch &batch, const QByteArray &boundary,
    QIODevice *out, QString *error, const std::atomic_bool *stop)
{
    int index = 0;
    for (const ImportPart &p : batch.parts) {
        const ImportSource &s = sources.at(p.source);
        QByteArray head = "--" + boundary + "\r\n";
        // Distinct field names: Django keeps one file per name (request.FILES.items()).
        head += "Content-Disposition: form-data; name=\"file" + QByteArray::number(++index)
            + "\"; filename=\"" + uploadName(s).toUtf8() + "\"\r\n";
        head += "Content-Type: " + contentType(s) + "\r\n\r\n";
        if (out->write(head) != head.size())
            return *error = out->errorString(), false;
        if (s.path.isEmpty()) {
            // A URL list made here: its lines are in memory.
            for (int i = p.first; i < p.first + p.count; ++i)
                out->write(s.urls.at(qsizetype(s.records.at(i).offset)).toUtf8() + '\n');
        } else {
            QFile f(s.path);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = tr("Could not read %1: %2").arg(s.path, f.errorString());
                return false;
            }
            bool ok = true;
            if (s.kind == SourceKind::Asset) {
                ok = copyRange(f, { 0, f.size() }, out, stop);
            } else {
                const bool json = s.kind == SourceKind::Json || s.kind == SourceKind::JsonLines;
                if (json)
                    out->write("[");
                if (s.kind == SourceKind::Csv || s.kind == SourceKind::Tsv)
                    ok = copyRange(f, s.header, out, stop) && out->write("\n") == 1;
                for (int i = p.first; ok && i < p.first + p.count; ++i) {
                    if (json && i > p.first)
                        out->write(",");
                    ok = copyRange(f, s.records.at(i), out, stop);
                    if (ok && !json)
                        ok = out->write("\n") == 1;
                }
                if (ok && json)
                    ok = out->write("]") == 1;
            }
            if (!ok && stop && stop->load()) {
                *error = tr("stopped");
                return false;
            }
            if (!ok) {
                *error = tr("Could not copy %1 into the request: %2")
                             .arg(s.name, f.error() != QFile::NoError ? f.errorString() : out->errorString());
                return false;
            }
        }
        if (out->write("\r\n") != 2)
            return *error = out->errorString(), false;
    }
    const QByteArray tail = "--" + boundary + "--\r\n";
    if (out->write(tail) != tail.size())
        return *error = out->errorString(), false;
    return true;
}

bool splitBatch(const QList<ImportSource> &sources, const ImportBatch &batch, ImportBatch *a, ImportBatch *b)
{
    *a = {};
    *b = {};
    auto add = [&sources](ImportBatch *to, const ImportPart &p) {
        to->parts << p;
        to->bytes += partBytes(sources.at(p.source), p.first, p.count);
        to->tasks += p.count;
    };
    if (batch.isUrlDownload)
        return false;
    if (batch.parts.size() > 1) {
        const qsizetype half = batch.parts.size() / 2;
        for (qsizetype i = 0; i < batch.parts.size(); ++i)
            add(i < half ? a : b, batch.parts[i]);
        return true;
    }
    const ImportPart p = batch.parts.value(0);
    const ImportSource &s = sources.at(p.source);
    if (p.count < 2 || !s.splittable())
        return false;
    const int half = p.count / 2;
    add(a, { p.source, p.first, half });
    add(b, { p.source, p.first + half, p.count - half });
    return true;
}

} // namespace lsdesk::import
