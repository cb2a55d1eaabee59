#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace lsdesk {
class LabelInterface;
}

namespace lsdesk::import {

// What a file holds, decided by its extension like the server does (data_import/models.py::read_tasks).
enum class SourceKind {
    Json, // an array of tasks, or one task
    JsonLines, // one task per line (.jsonl, .ndjson); sent to the server as JSON arrays
    Csv,
    Tsv,
    Text, // one task per line; the server puts each line under the config's only variable
    Asset, // anything else (an image, audio, HTML): one task, the server stores the file
    UrlDownload, // URLs the server downloads, each as if it were a file given here
};

// A record (one task) as a byte range of its file.
struct ByteRange
{
    qint64 offset = 0;
    qint64 length = 0;
};

// One input to an import, scanned once so that it can be split at task boundaries into requests of any
// size without reading it into memory: the file keeps its bytes, this keeps 16 bytes per task.
struct ImportSource
{
    QString path; // the file; empty for URL lists
    QString name; // the file name the server records (file_upload)
    SourceKind kind = SourceKind::Json;
    qint64 size = 0;
    ByteRange header; // CSV/TSV: the header record, repeated at the top of every part
    QList<ByteRange> records; // JSON: the array's elements; JSONL/Text: lines; CSV/TSV: data records
    QStringList urls; // UrlDownload
    // The data keys of the first task ("$undefined$" for text lines and assets). The server refuses a
    // request whose files' first tasks share no key, so the plan keeps such files apart.
    QStringList firstKeys;
    // Read by the scan (off the UI thread) so that a dialog never reads the file: the first tasks as the
    // server will build them, and the data keys of the first 200.
    QList<QJsonObject> preview;
    QStringList sampleKeys;
    // Why the source cannot be imported, with where ("line 12, column 5: ..."); empty when it can.
    QString error;

    bool ok() const { return error.isEmpty(); }
    // Tasks the server will create from it (for Asset 1, for UrlDownload unknown until downloaded: -1).
    int taskCount() const;
    // Whether it can be cut at task boundaries into several requests.
    bool splittable() const { return kind != SourceKind::Asset && kind != SourceKind::UrlDownload; }
    QString kindName() const;
};

SourceKind kindForPath(const QString &path);

// Scans a file: checks that it parses (JSON and JSON lines with RapidJSON's streaming reader, CSV/TSV
// quoting) and records each task's bytes. `progress` gets (bytes read, size) and may return false to stop
// (then error says so). Never throws; a problem is reported in `error`.
ImportSource scanFile(const QString &path, const std::function<bool(qint64, qint64)> &progress = {});

// A list of URLs as tasks that reference them, one per URL (a text file of URLs, made here): the server
// puts each under the config's only variable and does not download anything.
ImportSource urlTasksSource(const QStringList &urls, const QString &name = QStringLiteral("urls.txt"));
// URLs the server downloads and imports like files (the web UI's "Add URL").
ImportSource urlDownloadSource(const QStringList &urls);

// The first `max` tasks as the server will build them: {"data": {...}} plus "annotations", "predictions",
// "meta" where the file gives them. CSV/TSV values are the text of the cells (the server may read numbers
// as numbers). Text lines and assets are under "$undefined$", which the server maps to the config's only
// variable. Returns an empty list and sets `error` when the bytes cannot be read.
QList<QJsonObject> previewTasks(const ImportSource &source, int max, QString *error = nullptr);

// The data keys of the first `sample` tasks (CSV/TSV: the header's columns).
QStringList dataKeys(const ImportSource &source, int sample = 200);

// How the data keys found in the files meet the variables the config reads ($image, $text ...).
struct KeyCheck
{
    QStringList variables; // what the config reads, in document order
    QStringList missing; // variables no task provides: those tasks would show nothing
    QStringList unused; // keys no tag reads (harmless; shown as a hint)
    // Text lines, URL tasks and assets go under the config's only variable: with several, the server
    // refuses them. Empty when fine.
    QString problem;

    bool ok() const { return missing.isEmpty() && problem.isEmpty(); }
};
KeyCheck checkKeys(const LabelInterface &config, const QList<ImportSource> &sources);

// The variables a config reads from task data: object tags' value="$x" and dynamic controls' value="$x".
QStringList configVariables(const LabelInterface &config);

} // namespace lsdesk::import
