// Scanning import files: one streaming pass that checks the file parses and records where each task's bytes
// are, so that a file of any size can be cut into requests at task boundaries with flat memory.
#include "import/importsource.h"

#include "labelconfig/labelinterface.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>
#include <cstring>
#include <memory>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

namespace lsdesk::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::import::ImportSource", text);
}

// Python's truthiness of a JSON value: the server treats a task whose "data" is falsy (missing, null, false,
// 0, "", [] or {}) as all data (data_import/models.py, read_tasks_list_from_json).
bool isFalsy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return !v.toBool();
    case QJsonValue::Double:
        return v.toDouble() == 0;
    case QJsonValue::String:
        return v.toString().isEmpty();
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    case QJsonValue::Object:
        return v.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return true;
}

constexpr qint64 kChunk = 1 << 20;
constexpr int kPreviewTasks = 20;

// The media types the server imports as single files (settings.SUPPORTED_EXTENSIONS, less the task lists).
const QStringList &assetExtensions()
{
    static const QStringList exts { QStringLiteral("bmp"), QStringLiteral("flac"), QStringLiteral("gif"),
        QStringLiteral("htm"), QStringLiteral("html"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("m4a"), QStringLiteral("mp3"), QStringLiteral("ogg"), QStringLiteral("png"),
        QStringLiteral("svg"), QStringLiteral("wav"), QStringLiteral("xml"), QStringLiteral("mp4"),
        QStringLiteral("webm"), QStringLiteral("webp"), QStringLiteral("pdf") };
    return exts;
}

// Where a byte offset is, for people: "line 3, column 14".
QString lineColumn(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("byte %1").arg(offset);
    qint64 line = 1, column = 1, pos = 0;
    while (pos < offset && !f.atEnd()) {
        const QByteArray chunk = f.read(qMin(kChunk, offset - pos));
        if (chunk.isEmpty())
            break;
        for (char c : chunk) {
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((uchar(c) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        pos += chunk.size();
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

// RapidJSON SAX events: the byte range of every value at depth 1 of a top-level array (or the top-level
// object itself). Offsets come from the stream: when StartObject fires the '{' was just taken.
struct RangeHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RangeHandler>
{
    rapidjson::FileReadStream *stream = nullptr;
    qint64 base = 0; // bytes skipped before the stream (a BOM)
    int depth = 0;
    bool topArray = false;
    qint64 start = 0;
    QList<ByteRange> *out = nullptr;
    QString problem;
    qint64 problemAt = -1;
    std::function<bool(qint64)> progress;
    qint64 nextReport = 0;

    // The server's rule for a task's "data" (models.py::read_tasks_list_from_json): a falsy one makes the
    // whole object the data; any other value that is not an object is refused ("Task item should be dict").
    // Checked here so that such a file stops before anything is sent.
    bool dataNext = false; // the last key at a task's top level was "data"
    int dataArrayDepth = -1; // "data" is a list: its depth, to see at its end whether it was empty
    int taskDepth() const { return topArray ? 2 : 1; }
    bool badData()
    {
        problem = tr("task %1: \"data\" must be a JSON object with the task's data").arg(out->size() + 1);
        problemAt = pos();
        return false;
    }

    qint64 pos() const { return base + qint64(stream->Tell()); }
    bool scalar(bool truthy)
    {
        if (depth == 0 || (depth == 1 && topArray)) {
            problem = depth == 0 ? tr("the file holds a single value, not tasks: a task is a JSON object")
                                 : tr("task %1 is not a JSON object").arg(out->size() + 1);
            problemAt = pos();
            return false;
        }
        if (dataNext) {
            dataNext = false;
            if (truthy)
                return badData();
        }
        return true;
    }
    bool Null() { return scalar(false); }
    bool Bool(bool b) { return scalar(b); }
    bool Int(int i) { return scalar(i != 0); }
    bool Uint(unsigned u) { return scalar(u != 0); }
    bool Int64(int64_t i) { return scalar(i != 0); }
    bool Uint64(uint64_t u) { return scalar(u != 0); }
    bool Double(double d) { return scalar(d != 0); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return scalar(true); }
    bool String(const char *, rapidjson::SizeType len, bool) { return scalar(len > 0); }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        dataNext = depth == taskDepth() && len == 4 && std::memcmp(str, "data", 4) == 0;
        return true;
    }
    bool open(bool array)
    {
        if (dataNext) {
            dataNext = false;
            if (array)
                dataArrayDepth = depth + 1;
        }
        if (depth == 0) {
            topArray = array;
            if (!array)
                start = pos() - 1;
        } else if (depth == 1 && topArray) {
            if (array) {
                problem = tr("task %1 is a list, not a JSON object").arg(out->size() + 1);
                problemAt = pos() - 1;
                return false;
            }
            start = pos() - 1;
        }
        ++depth;
        return true;
    }
    bool close()
    {
        --depth;
        if ((depth == 1 && topArray) || (depth == 0 && !topArray)) {
            out->append({ start, pos() - start });
            if (progress && pos() >= nextReport) {
                nextReport = pos() + kChunk;
                if (!progress(pos())) {
                    problem = tr("stopped");
                    return false;
                }
            }
        }
        return true;
    }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType count)
    {
        if (depth == dataArrayDepth) {
            dataArrayDepth = -1;
            if (count > 0)
                return badData();
        }
        return close();
    }
};

bool hasBom(QFile &f)
{
    const QByteArray head = f.peek(3);
    return head == QByteArray("\xEF\xBB\xBF", 3);
}

void scanJson(ImportSource &s, const std::function<bool(qint64, qint64)> &progress)
{
    std::FILE *fp = std::fopen(QFile::encodeName(s.path).constData(), "rb");
    if (!fp) {
        s.error = tr("Could not open the file.");
        return;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> guard(fp, &std::fclose);
    qint64 base = 0;
    unsigned char bom[3] = {};
    if (std::fread(bom, 1, 3, fp) == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        base = 3;
    std::fseek(fp, long(base), SEEK_SET);
    std::vector<char> buffer(64 * 1024);
    rapidjson::FileReadStream stream(fp, buffer.data(), buffer.size());
    RangeHandler h;
    h.stream = &stream;
    h.base = base;
    h.out = &s.records;
    if (progress)
        h.progress = [&](qint64 at) { return progress(at, s.size); };
    rapidjson::Reader reader;
    const rapidjson::ParseResult r = reader.Parse<rapidjson::kParseStopWhenDoneFlag>(stream, h);
    if (!h.problem.isEmpty()) {
        s.error = h.problemAt >= 0 ? tr("%1: %2").arg(lineColumn(s.path, h.problemAt), h.problem) : h.problem;
        return;
    }
    if (r.IsError()) {
        s.error = tr("not valid JSON at %1: %2")
                      .arg(lineColumn(s.path, base + qint64(r.Offset())),
                          QString::fromUtf8(rapidjson::GetParseError_En(r.Code())));
        return;
    }
    // Anything but whitespace after the value is an error for the server's json.loads too.
    if (std::fseek(fp, long(base + qint64(stream.Tell())), SEEK_SET) == 0) {
        int c;
        while ((c = std::fgetc(fp)) != EOF) {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                s.error = tr("not valid JSON at %1: more text after the end of the JSON value")
                              .arg(lineColumn(s.path, std::ftell(fp) - 1));
                return;
            }
        }
    }
}

// Lines as byte ranges without their '\n'. `keepEmpty`: Python's splitlines() keeps empty lines in the
// middle (the server makes tasks of them) but there is no line after a final newline.
template <class OnLine> bool forEachLine(QFile &f, qint64 start, OnLine onLine)
{
    f.seek(start);
    qint64 lineStart = start, pos = start;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        qsizetype from = 0;
        for (;;) {
            const qsizetype nl = chunk.indexOf('\n', from);
            if (nl < 0)
                break;
            if (!onLine(ByteRange { lineStart, pos + nl - lineStart }))
                return false;
            lineStart = pos + nl + 1;
            from = nl + 1;
        }
        pos += chunk.size();
    }
    if (pos > lineStart)
        return onLine(ByteRange { lineStart, pos - lineStart });
    return true;
}

QByteArray readRange(QFile &f, ByteRange r)
{
    f.seek(r.offset);
    return f.read(r.length);
}

void scanJsonLines(ImportSource &s, QFile &f, const std::function<bool(qint64, qint64)> &progress)
{
    qint64 lineNo = 0;
    qint64 nextReport = 0;
    QFile reader(s.path);
    if (!reader.open(QIODevice::ReadOnly)) {
        s.error = reader.errorString();
        return;
    }
    forEachLine(f, hasBom(f) ? 3 : 0, [&](ByteRange r) {
        ++lineNo;
        const QByteArray line = readRange(reader, r).trimmed();
        if (line.isEmpty())
            return true; // blank lines separate nothing
        rapidjson::Reader rj;
        rapidjson::StringStream ss(line.constData());
        rapidjson::BaseReaderHandler<> null;
        const rapidjson::ParseResult pr = rj.Parse(ss, null);
        if (pr.IsError()) {
            s.error = tr("line %1: not valid JSON at column %2: %3")
                          .arg(lineNo)
                          .arg(qint64(pr.Offset()) + 1)
                          .arg(QString::fromUtf8(rapidjson::GetParseError_En(pr.Code())));
            return false;
        }
        if (!line.startsWith('{')) {
            s.error = tr("line %1: a task is a JSON object, this line holds another JSON value").arg(lineNo);
            return false;
        }
        // The server's rule for "data" (see RangeHandler); parsed only when the line may have one.
        if (line.contains("\"data\"")) {
            const QJsonValue data = QJsonDocument::fromJson(line).object().value(QLatin1String("data"));
            if (!isFalsy(data) && !data.isObject()) {
                s.error = tr("line %1: \"data\" must be a JSON object with the task's data").arg(lineNo);
                return false;
            }
        }
        s.records.append(r);
        if (progress && r.offset >= nextReport) {
            nextReport = r.offset + kChunk;
            if (!progress(r.offset, s.size)) {
                s.error = tr("stopped");
                return false;
            }
        }
        return true;
    });
}

// The server reads CSV with pandas after guessing the separator from the first line: ';' when it has
// more semicolons than commas (data_import/models.py::_detect_csv_separator).
char csvSeparator(QFile &f, qint64 start)
{
    f.seek(start);
    const QByteArray first = f.readLine(64 * 1024);
    return first.count(';') > first.count(',') ? ';' : ',';
}

// CSV records, which may span lines inside quotes ("a ""quoted"" field\nwith a newline"). A quote opens
// a quoted field only at the start of a field, as in pandas; "" inside one is an escaped quote.
void scanDelimited(ImportSource &s, QFile &f, char sep, const std::function<bool(qint64, qint64)> &progress)
{
    const qint64 start = hasBom(f) ? 3 : 0;
    f.seek(start);
    bool inQuotes = false, fieldStart = true, pendingQuote = false;
    qint64 recordStart = start, pos = start, quoteLine = 0, line = 1;
    bool haveHeader = false;
    qint64 nextReport = 0;
    auto endRecord = [&](qint64 end) {
        qint64 len = end - recordStart;
        const ByteRange r { recordStart, len };
        recordStart = end + 1;
        if (len == 0)
            return; // pandas skips blank lines
        if (!haveHeader) {
            s.header = r;
            haveHeader = true;
        } else {
            s.records.append(r);
        }
    };
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const char c = chunk[i];
            if (inQuotes) {
                if (pendingQuote) {
                    pendingQuote = false;
                    if (c == '"')
                        continue; // "" = one quote inside the field
                    inQuotes = false; // the quote closed the field: handle c below
                } else if (c == '"') {
                    pendingQuote = true;
                    continue;
                } else {
                    if (c == '\n')
                        ++line;
                    continue;
                }
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                quoteLine = line;
                fieldStart = false;
            } else if (c == sep) {
                fieldStart = true;
            } else if (c == '\n') {
                qint64 end = pos + i;
                // A CRLF file: the '\r' is the record's, like the server's reader sees it.
                endRecord(end);
                fieldStart = true;
                ++line;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        pos += chunk.size();
        if (progress && pos >= nextReport) {
            nextReport = pos + kChunk;
            if (!progress(pos, s.size)) {
                s.error = tr("stopped");
                return;
            }
        }
    }
    if (inQuotes && !pendingQuote) {
        s.error = tr("line %1: a quoted field is never closed (a missing \")").arg(quoteLine);
        return;
    }
    if (pos > recordStart)
        endRecord(pos);
    // A lone '\r' left of a CRLF blank line is not a record either.
    s.records.removeIf([&f](const ByteRange &r) { return r.length == 1 && readRange(f, r) == "\r"; });
    if (!haveHeader)
        s.error = tr("the file is empty: a CSV or TSV file starts with a header row naming the data keys");
}

void scanText(ImportSource &s, QFile &f)
{
    forEachLine(f, hasBom(f) ? 3 : 0, [&](ByteRange r) {
        s.records.append(r);
        return true;
    });
}

QJsonObject wrapTask(const QJsonObject &item)
{
    if (!isFalsy(item.value(QLatin1String("data"))))
        return item;
    return QJsonObject { { QStringLiteral("data"), item } };
}

QStringList splitDelimited(const QByteArray &record, char sep)
{
    QStringList out;
    QByteArray field;
    bool inQuotes = false, fieldStart = true;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const char c = record[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < record.size() && record[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
        } else if (c == sep) {
            out << QString::fromUtf8(field);
            field.clear();
            fieldStart = true;
        } else if (c != '\r' || i + 1 != record.size()) {
            field += c;
            fieldStart = false;
        }
    }
    out << QString::fromUtf8(field);
    return out;
}

} // namespace

int ImportSource::taskCount() const
{
    switch (kind) {
    case SourceKind::Asset:
        return 1;
    case SourceKind::UrlDownload:
        return -1;
    default:
        return int(records.size());
    }
}

QString ImportSource::kindName() const
{
    switch (kind) {
    case SourceKind::Json:
        return tr("JSON");
    case SourceKind::JsonLines:
        return tr("JSON lines");
    case SourceKind::Csv:
        return tr("CSV");
    case SourceKind::Tsv:
        return tr("TSV");
    case SourceKind::Text:
        return tr("Text lines");
    case SourceKind::Asset:
        return tr("File (one task)");
    case SourceKind::UrlDownload:
        return tr("URLs (downloaded by the server)");
    }
    return {};
}

SourceKind kindForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return SourceKind::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return SourceKind::JsonLines;
    if (suffix == QLatin1String("csv"))
        return SourceKind::Csv;
    if (suffix == QLatin1String("tsv"))
        return SourceKind::Tsv;
    if (suffix == QLatin1String("txt"))
        return SourceKind::Text;
    return SourceKind::Asset;
}

ImportSource scanFile(const QString &path, const std::function<bool(qint64, qint64)> &progress)
{
    ImportSource s;
    s.path = path;
    s.name = QFileInfo(path).fileName();
    s.kind = kindForPath(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = tr("Could not open the file: %1").arg(f.errorString());
        return s;
    }
    s.size = f.size();
    switch (s.kind) {
    case SourceKind::Json:
        scanJson(s, progress);
        break;
    case SourceKind::JsonLines:
        scanJsonLines(s, f, progress);
        break;
    case SourceKind::Csv:
        scanDelimited(s, f, csvSeparator(f, hasBom(f) ? 3 : 0), progress);
        break;
    case SourceKind::Tsv:
        scanDelimited(s, f, '\t', progress);
        break;
    case SourceKind::Text:
        scanText(s, f);
        break;
    case SourceKind::Asset: {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!assetExtensions().contains(suffix))
            s.error
                = tr("the server does not import .%1 files. It takes task lists (.json, .jsonl, .csv, .tsv, "
                     ".txt) and single files of these types: %2.")
                      .arg(suffix.isEmpty() ? tr("(no extension)") : suffix,
                          assetExtensions().join(QStringLiteral(", ")));
        break;
    }
    case SourceKind::UrlDownload:
        break;
    }
    if (s.ok() && s.splittable() && s.records.isEmpty())
        s.error = tr("the file holds no tasks");
    if (s.ok()) {
        s.firstKeys = dataKeys(s, 1);
        s.sampleKeys = dataKeys(s, 200);
        s.preview = previewTasks(s, kPreviewTasks);
    }
    if (!s.ok() && s.error != tr("stopped"))
        s.error = tr("%1: %2").arg(s.name, s.error);
    if (!s.ok())
        s.records.clear();
    return s;
}

ImportSource urlTasksSource(const QStringList &urls, const QString &name)
{
    ImportSource s;
    s.name = name;
    s.kind = SourceKind::Text;
    for (const QString &u : urls)
        if (!u.trimmed().isEmpty())
            s.urls << u.trimmed();
    // The lines live in `urls`; records index them (offset = line number, length = bytes).
    for (qsizetype i = 0; i < s.urls.size(); ++i) {
        const qint64 len = s.urls[i].toUtf8().size();
        s.records.append({ qint64(i), len });
        s.size += len + 1;
    }
    if (s.records.isEmpty())
        s.error = tr("no URLs given");
    s.firstKeys = QStringList { QStringLiteral("$undefined$") };
    s.sampleKeys = s.firstKeys;
    s.preview = previewTasks(s, kPreviewTasks);
    return s;
}

ImportSource urlDownloadSource(const QStringList &urls)
{
    ImportSource s;
    s.name = tr("URLs");
    s.kind = SourceKind::UrlDownload;
    for (const QString &u : urls)
        if (!u.trimmed().isEmpty())
            s.urls << u.trimmed();
    if (s.urls.isEmpty())
        s.error = tr("no URLs given");
    s.firstKeys = QStringList { QStringLiteral("$undefined$") };
    s.sampleKeys = s.firstKeys;
    s.preview = previewTasks(s, kPreviewTasks);
    return s;
}

static QByteArray recordBytes(const ImportSource &s, QFile *file, qsizetype index)
{
    const ByteRange r = s.records.at(index);
    if (s.path.isEmpty())
        return s.urls.value(qsizetype(r.offset)).toUtf8();
    return readRange(*file, r);
}

QList<QJsonObject> previewTasks(const ImportSource &s, int max, QString *error)
{
    QList<QJsonObject> out;
    if (!s.ok())
        return out;
    const QString undefined = QStringLiteral("$undefined$");
    if (s.kind == SourceKind::UrlDownload) {
        for (const QString &u : s.urls.mid(0, max))
            out << QJsonObject { { QStringLiteral("url"), u } };
        return out;
    }
    if (s.kind == SourceKind::Asset) {
        out << QJsonObject { { QStringLiteral("data"), QJsonObject { { undefined, s.name } } } };
        return out;
    }
    QFile f(s.path);
    if (!s.path.isEmpty() && !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return out;
    }
    QStringList header;
    const char sep = s.kind == SourceKind::Tsv
        ? '\t'
        : (s.kind == SourceKind::Csv ? csvSeparator(f, s.header.offset) : ',');
    if (s.kind == SourceKind::Csv || s.kind == SourceKind::Tsv)
        header = splitDelimited(readRange(f, s.header), sep);
    for (qsizetype i = 0; i < s.records.size() && out.size() < max; ++i) {
        const QByteArray bytes = recordBytes(s, &f, i);
        switch (s.kind) {
        case SourceKind::Json:
        case SourceKind::JsonLines: {
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            out << wrapTask(doc.object());
            break;
        }
        case SourceKind::Csv:
        case SourceKind::Tsv: {
            const QStringList cells = splitDelimited(bytes, sep);
            QJsonObject data;
            for (qsizetype c = 0; c < header.size(); ++c)
                data.insert(header[c], cells.value(c));
            out << QJsonObject { { QStringLiteral("data"), data } };
            break;
        }
        default: {
            QByteArray line = bytes;
            if (line.endsWith('\r'))
                line.chop(1);
            out << QJsonObject { { QStringLiteral("data"),
                QJsonObject { { undefined, QString::fromUtf8(line) } } } };
            break;
        }
        }
    }
    return out;
}

QStringList dataKeys(const ImportSource &s, int sample)
{
    QStringList keys;
    if (s.kind == SourceKind::Csv || s.kind == SourceKind::Tsv) {
        QFile f(s.path);
        if (!f.open(QIODevice::ReadOnly))
            return keys;
        const char sep = s.kind == SourceKind::Tsv ? '\t' : csvSeparator(f, s.header.offset);
        for (const QString &k : splitDelimited(readRange(f, s.header), sep))
            if (!keys.contains(k))
                keys << k;
        return keys;
    }
    for (const QJsonObject &task : previewTasks(s, sample)) {
        const QJsonObject data = task.value(QStringLiteral("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    }
    return keys;
}

QStringList configVariables(const LabelInterface &config)
{
    QStringList vars;
    for (const ObjectTagInfo &o : config.objects())
        if (o.valueIsVariable() && !vars.contains(o.valueName()))
            vars << o.valueName();
    for (const ControlTagInfo &c : config.controls()) {
        const QString v = c.attribute(QStringLiteral("value"));
        if (c.dynamicValue && v.startsWith(QLatin1Char('$')) && !vars.contains(v.mid(1)))
            vars << v.mid(1);
    }
    return vars;
}

KeyCheck checkKeys(const LabelInterface &config, const QList<ImportSource> &sources)
{
    KeyCheck check;
    check.variables = configVariables(config);
    QSet<QString> found;
    bool undefinedOnly = false;
    for (const ImportSource &s : sources) {
        if (!s.ok())
            continue;
        if (s.kind == SourceKind::Text || s.kind == SourceKind::Asset || s.kind == SourceKind::UrlDownload) {
            undefinedOnly = true;
            continue;
        }
        for (const QString &k : s.sampleKeys.isEmpty() ? dataKeys(s) : s.sampleKeys)
            found.insert(k);
    }
    if (undefinedOnly) {
        if (check.variables.size() > 1)
            check.problem
                = tr("Text lines, URLs and single files go under the config's only variable, but this "
                     "config reads %1 (%2). Import a JSON or CSV file with those keys instead.")
                      .arg(check.variables.size())
                      .arg(check.variables.join(QStringLiteral(", ")));
        else if (!check.variables.isEmpty())
            found.insert(check.variables.first());
    }
    for (const QString &v : check.variables)
        if (!found.contains(v))
            check.missing << v;
    QStringList unused(found.begin(), found.end());
    unused.sort();
    for (const QString &k : unused)
        if (!check.variables.contains(k))
            check.unused << k;
    return check;
}

} // namespace lsdesk::import
