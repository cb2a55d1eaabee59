#pragma once

#include "import/importsource.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <atomic>

namespace lsdesk::import {

// How much one import request may carry. The server's own limits are 100 files and
// DATA_UPLOAD_MAX_MEMORY_SIZE (250 MB by default) per request; proxies in front of it often allow far less,
// which a 413 reveals (the job then halves the request). The defaults stay well below the server's.
struct ImportLimits
{
    qint64 maxRequestBytes = 100LL * 1024 * 1024;
    int maxTasksPerRequest = 50000;
    int maxFilesPerRequest = 50;
};

// Records [first, first + count) of one source; for an asset or a URL, the whole of it (count 1).
struct ImportPart
{
    int source = 0;
    int first = 0;
    int count = 0;
};

// One request: file parts (multipart/form-data), or one URL for the server to download.
struct ImportBatch
{
    QList<ImportPart> parts;
    qint64 bytes = 0; // the payload, before multipart framing
    int tasks = 0; // -1 when unknown (a URL download)
    bool isUrlDownload = false;
};

// Cuts the sources into requests within `limits`: small files share a request, large ones are split at
// task boundaries. A single task or asset larger than the limit goes alone (the server decides).
QList<ImportBatch> planBatches(const QList<ImportSource> &sources, const ImportLimits &limits);

// The payload bytes of a part, as the file the server receives: JSON lines become a JSON array, CSV/TSV
// parts start with the header, text parts are lines.
qint64 partBytes(const ImportSource &source, int first, int count);

// Writes a batch as a multipart/form-data body with `boundary`. Returns false with `error` set when a
// source file cannot be read (it changed since it was scanned, say).
// `stop`, when given, is checked between chunks: a cancelled import stops writing at once.
bool writeMultipart(const QList<ImportSource> &sources, const ImportBatch &batch, const QByteArray &boundary,
    QIODevice *out, QString *error, const std::atomic_bool *stop = nullptr);

// Halves a batch that the server or a proxy refused as too large: by parts, else by records of its one
// part. Returns false when it holds a single task (it cannot get smaller).
bool splitBatch(const QList<ImportSource> &sources, const ImportBatch &batch, ImportBatch *a, ImportBatch *b);

} // namespace lsdesk::import
