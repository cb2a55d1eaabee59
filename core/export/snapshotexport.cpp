#include "snapshotexport.h"

#include "api/client.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace lsdesk {

ExportSnapshot ExportSnapshot::fromJson(const QJsonObject &o)
{
    ExportSnapshot s;
    s.raw = o;
    s.id = intOf(o.value(QLatin1String("id")));
    s.title = o.value(QLatin1String("title")).toString();
    s.status = o.value(QLatin1String("status")).toString();
    s.createdAt = parseServerTime(o.value(QLatin1String("created_at")));
    for (const QJsonValue &v : o.value(QLatin1String("converted_formats")).toArray()) {
        const QJsonObject c = v.toObject();
        s.converted.append({ c.value(QLatin1String("export_type")).toString(),
            c.value(QLatin1String("status")).toString(), c.value(QLatin1String("traceback")).toString() });
    }
    return s;
}

const ExportSnapshot::Converted *ExportSnapshot::convertedTo(const QString &format) const
{
    for (const Converted &c : converted) {
        if (c.exportType == format)
            return &c;
    }
    return nullptr;
}

SnapshotExportJob::SnapshotExportJob(Client *client, ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SnapshotExportJob::poll);
}

SnapshotExportJob::~SnapshotExportJob()
{
    if (m_call)
        m_call->cancel();
    if (m_download)
        m_download->cancel();
}

void SnapshotExportJob::setPolling(int intervalMs, int timeoutMs)
{
    m_intervalMs = std::max(10, intervalMs);
    m_timeoutMs = timeoutMs;
}

QJsonObject SnapshotExportJob::createBody(const ExportRequest &request, const QString &title)
{
    const SnapshotOptions &o = request.snapshot;
    QJsonObject tasks { { QStringLiteral("only_with_annotations"), !request.allTasks } };
    // An absent filter is the server's null ("any"): only the ones the user narrowed are sent.
    const auto filter = [&tasks](const char *key, SnapshotOptions::TaskFilter f) {
        if (f != SnapshotOptions::TaskFilter::Any)
            tasks.insert(QLatin1String(key),
                f == SnapshotOptions::TaskFilter::Only ? QStringLiteral("only") : QStringLiteral("exclude"));
    };
    filter("finished", o.finished);
    filter("skipped", o.skipped);
    filter("annotated", o.annotated);
    if (o.view > 0)
        tasks.insert(QStringLiteral("view"), o.view);
    // The server keeps the union of these kinds; "usual" means neither skipped nor ground truth, so ground
    // truth is listed explicitly to stay in an ordinary export.
    const QJsonObject annotations { { QStringLiteral("usual"), !o.groundTruthOnly },
        { QStringLiteral("ground_truth"), true }, { QStringLiteral("skipped"), o.skippedAnnotations } };
    const auto onlyId = [](bool full) { return QJsonObject { { QStringLiteral("only_id"), !full } }; };
    QJsonObject serialization { { QStringLiteral("drafts"), onlyId(o.drafts) },
        { QStringLiteral("predictions"), onlyId(o.predictions) },
        { QStringLiteral("annotations__completed_by"), onlyId(o.completedBy) },
        { QStringLiteral("include_annotation_history"), o.annotationHistory } };
    if (o.interpolateKeyFrames)
        serialization.insert(QStringLiteral("interpolate_key_frames"), *o.interpolateKeyFrames);
    return QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("task_filter_options"), tasks },
        { QStringLiteral("annotation_filter_options"), annotations },
        { QStringLiteral("serialization_options"), serialization } };
}

ApiJob *SnapshotExportJob::list(
    Client *client, int project, QObject *context, Callback<QList<ExportSnapshot>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/exports/").arg(project);
    return client->call<QList<ExportSnapshot>>(s, context, std::move(cb), parseArray<ExportSnapshot>);
}

ApiJob *SnapshotExportJob::remove(
    Client *client, int project, int snapshot, QObject *context, Callback<Empty> cb)
{
    RequestSpec s;
    s.verb = QByteArrayLiteral("DELETE");
    s.path = QStringLiteral("api/projects/%1/exports/%2").arg(project).arg(snapshot);
    return client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

void SnapshotExportJob::start()
{
    if (m_done || m_call)
        return;
    if (const QString why = ExportJob::checkTarget(m_request.target); !why.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidInput, why));
        return;
    }
    m_clock.start();
    Q_EMIT stage(QStringLiteral("creating"));
    RequestSpec s;
    s.verb = QByteArrayLiteral("POST");
    s.path = QStringLiteral("api/projects/%1/exports/").arg(m_request.project);
    s.body = QJsonDocument(
        createBody(m_request, QStringLiteral("lsdesk %1").arg(QDate::currentDate().toString(Qt::ISODate))))
                 .toJson(QJsonDocument::Compact);
    m_call = m_client->call<ExportSnapshot>(
        s, this,
        [this](const Result<ExportSnapshot> &r) {
            if (!r.ok())
                return finish(r.error);
            m_snapshot = r->id;
            onSnapshot(*r);
        },
        parseObject<ExportSnapshot>);
}

void SnapshotExportJob::poll()
{
    if (m_done)
        return;
    if (m_clock.elapsed() > m_timeoutMs) {
        finish(ApiError::make(ApiError::Kind::Timeout,
            tr("The server has been preparing snapshot %1 for %2 minutes; it is still there - try again "
               "later.")
                .arg(m_snapshot)
                .arg(m_clock.elapsed() / 60000)));
        return;
    }
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/exports/%2").arg(m_request.project).arg(m_snapshot);
    m_call = m_client->call<ExportSnapshot>(
        s, this,
        [this](const Result<ExportSnapshot> &r) {
            if (!r.ok())
                return finish(r.error);
            onSnapshot(*r);
        },
        parseObject<ExportSnapshot>);
}

void SnapshotExportJob::onSnapshot(const ExportSnapshot &s)
{
    if (s.status == QLatin1String("failed")) {
        finish(ApiError::make(
            ApiError::Kind::Http, tr("The server could not build snapshot %1.").arg(m_snapshot)));
        return;
    }
    if (s.status != QLatin1String("completed")) {
        m_pollTimer.start(m_intervalMs);
        return;
    }
    if (m_request.format == QLatin1String("JSON")) {
        download();
        return;
    }
    const ExportSnapshot::Converted *c = s.convertedTo(m_request.format);
    if (c && c->status == QLatin1String("completed")) {
        download();
        return;
    }
    if (c && c->status == QLatin1String("failed")) {
        finish(ApiError::make(ApiError::Kind::Http,
            tr("The server could not convert the snapshot to %1: %2")
                .arg(m_request.format, c->traceback.trimmed().section(QLatin1Char('\n'), -1))));
        return;
    }
    if (!c && !m_converting) {
        m_converting = true;
        Q_EMIT stage(QStringLiteral("converting"));
        RequestSpec conv;
        conv.verb = QByteArrayLiteral("POST");
        conv.path
            = QStringLiteral("api/projects/%1/exports/%2/convert").arg(m_request.project).arg(m_snapshot);
        conv.body = QJsonDocument(QJsonObject { { QStringLiteral("export_type"), m_request.format },
                                      { QStringLiteral("download_resources"), m_request.downloadResources } })
                        .toJson(QJsonDocument::Compact);
        m_call = m_client->call<Empty>(
            conv, this,
            [this](const Result<Empty> &r) {
                if (!r.ok())
                    return finish(r.error);
                poll();
            },
            parseEmpty);
        return;
    }
    m_pollTimer.start(m_intervalMs); // converting
}

void SnapshotExportJob::download()
{
    Q_EMIT stage(QStringLiteral("downloading"));
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/exports/%2/download").arg(m_request.project).arg(m_snapshot);
    s.query.addQueryItem(QStringLiteral("exportType"), m_request.format);
    s.accept = QByteArrayLiteral("*/*");
    m_download = new ExportJob(m_client, m_request, this);
    m_download->setRequestSpec(s);
    connect(m_download, &ExportJob::progress, this, &SnapshotExportJob::progress);
    connect(m_download, &ExportJob::finished, this, [this](const ApiError &error) { finish(error); });
    m_download->start();
}

void SnapshotExportJob::cancel()
{
    if (m_download)
        m_download->cancel();
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void SnapshotExportJob::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (m_call)
        m_call->cancel();
    Q_EMIT finished(error);
}

} // namespace lsdesk
