#include "storagesapi.h"

#include "dto/dto.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lsdesk {

namespace {
using K = StorageField::Kind;

StorageField text(const char *key, const char *label, bool required = false)
{
    StorageField f;
    f.key = QLatin1String(key);
    f.label = QLatin1String(label);
    f.required = required;
    return f;
}

StorageField secret(const char *key, const char *label)
{
    StorageField f = text(key, label);
    f.kind = K::Secret;
    return f;
}

StorageField flag(const char *key, const char *label, bool def, bool importOnly = true)
{
    StorageField f = text(key, label);
    f.kind = K::Bool;
    f.defaultValue = def;
    f.importOnly = importOnly;
    return f;
}

StorageField number(const char *key, const char *label, int def)
{
    StorageField f = text(key, label);
    f.kind = K::Number;
    f.defaultValue = def;
    return f;
}

StorageField importOnly(StorageField f)
{
    f.importOnly = true;
    return f;
}

StorageField exportOnly(StorageField f)
{
    f.exportOnly = true;
    return f;
}

// The import-side fields every bucket-like type shares (the mixins of s3, gcs and azure_blob).
QList<StorageField> bucketImportFields()
{
    StorageField ttl
        = number("presign_ttl", QT_TRANSLATE_NOOP("StorageField", "Presigned URL TTL (minutes)"), 1);
    ttl.importOnly = true;
    return { importOnly(text("regex_filter", QT_TRANSLATE_NOOP("StorageField", "File filter regex"))),
        flag("use_blob_urls",
            QT_TRANSLATE_NOOP("StorageField", "Treat every file as a media file (one task per file)"), false),
        flag("presign", QT_TRANSLATE_NOOP("StorageField", "Use presigned URLs"), true), ttl,
        flag("recursive_scan", QT_TRANSLATE_NOOP("StorageField", "Scan subfolders recursively"), false) };
}

QList<StorageType> makeTypes()
{
    const StorageField canDelete = [] {
        StorageField f = flag("can_delete_objects",
            QT_TRANSLATE_NOOP("StorageField", "Delete exported files when annotations are deleted"), false);
        f.importOnly = false;
        f.exportOnly = true;
        return f;
    }();
    QList<StorageType> types;
    types.append({ QStringLiteral("localfiles"),
        QLatin1String(QT_TRANSLATE_NOOP("StorageType", "Local files")),
        { text("path", QT_TRANSLATE_NOOP("StorageField", "Absolute local path"), true),
            importOnly(text("regex_filter", QT_TRANSLATE_NOOP("StorageField", "File filter regex"))),
            flag("use_blob_urls",
                QT_TRANSLATE_NOOP("StorageField", "Treat every file as a media file (one task per file)"),
                false),
            flag("recursive_scan", QT_TRANSLATE_NOOP("StorageField", "Scan subfolders recursively"), false),
            canDelete } });
    types.append({ QStringLiteral("s3"), QLatin1String(QT_TRANSLATE_NOOP("StorageType", "AWS S3")),
        QList<StorageField> { text("bucket", QT_TRANSLATE_NOOP("StorageField", "Bucket"), true),
            text("prefix", QT_TRANSLATE_NOOP("StorageField", "Prefix")) }
            + bucketImportFields()
            + QList<StorageField> { text("region_name", QT_TRANSLATE_NOOP("StorageField", "Region")),
                text("s3_endpoint", QT_TRANSLATE_NOOP("StorageField", "S3 endpoint")),
                secret("aws_access_key_id", QT_TRANSLATE_NOOP("StorageField", "Access key ID")),
                secret("aws_secret_access_key", QT_TRANSLATE_NOOP("StorageField", "Secret access key")),
                secret("aws_session_token", QT_TRANSLATE_NOOP("StorageField", "Session token")),
                text("aws_sse_kms_key_id", QT_TRANSLATE_NOOP("StorageField", "SSE KMS key ID")),
                canDelete } });
    types.append(
        { QStringLiteral("gcs"), QLatin1String(QT_TRANSLATE_NOOP("StorageType", "Google Cloud Storage")),
            QList<StorageField> { text("bucket", QT_TRANSLATE_NOOP("StorageField", "Bucket"), true),
                text("prefix", QT_TRANSLATE_NOOP("StorageField", "Prefix")) }
                + bucketImportFields()
                + QList<StorageField> {
                    text("google_project_id", QT_TRANSLATE_NOOP("StorageField", "Google project ID")),
                    secret("google_application_credentials",
                        QT_TRANSLATE_NOOP("StorageField", "Application credentials (JSON)")),
                    canDelete } });
    types.append({ QStringLiteral("azure"),
        QLatin1String(QT_TRANSLATE_NOOP("StorageType", "Microsoft Azure")),
        QList<StorageField> { text("container", QT_TRANSLATE_NOOP("StorageField", "Container"), true),
            text("prefix", QT_TRANSLATE_NOOP("StorageField", "Prefix")) }
            + bucketImportFields()
            + QList<StorageField> { secret("account_name", QT_TRANSLATE_NOOP("StorageField", "Account name")),
                secret("account_key", QT_TRANSLATE_NOOP("StorageField", "Account key")), canDelete } });
    types.append({ QStringLiteral("redis"), QLatin1String(QT_TRANSLATE_NOOP("StorageType", "Redis")),
        { text("path", QT_TRANSLATE_NOOP("StorageField", "Key prefix")),
            text("host", QT_TRANSLATE_NOOP("StorageField", "Host")),
            text("port", QT_TRANSLATE_NOOP("StorageField", "Port")),
            // The server's defaults differ by direction (redis/models.py): 1 to import from, 2 to export to.
            importOnly(number("db", QT_TRANSLATE_NOOP("StorageField", "Database number"), 1)),
            exportOnly(number("db", QT_TRANSLATE_NOOP("StorageField", "Database number"), 2)),
            importOnly(text("regex_filter", QT_TRANSLATE_NOOP("StorageField", "Key filter regex"))),
            flag("use_blob_urls",
                QT_TRANSLATE_NOOP("StorageField", "Treat every value as a media URL (one task per key)"),
                false),
            secret("password", QT_TRANSLATE_NOOP("StorageField", "Password")), canDelete } });
    return types;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

RequestSpec spec(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    if (verb != "GET" && verb != "DELETE") {
        s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        s.sensitive = !body.isEmpty(); // a storage form: credentials the reply may quote
    }
    return s;
}

// The fields every storage has, which are not the type's settings.
bool isCommonField(const QString &key)
{
    static const QStringList common { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("project"),
        QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("status"),
        QStringLiteral("last_sync"), QStringLiteral("last_sync_count"), QStringLiteral("last_sync_job"),
        QStringLiteral("traceback"), QStringLiteral("meta"), QStringLiteral("created_at"),
        QStringLiteral("synchronizable") };
    return common.contains(key);
}
} // namespace

QList<StorageField> StorageType::fieldsFor(StorageDirection d) const
{
    QList<StorageField> out;
    for (const StorageField &f : fields)
        if (f.appliesTo(d))
            out.append(f);
    return out;
}

const StorageField *StorageType::field(const QString &key) const
{
    for (const StorageField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString StorageType::redact(QString text, const QJsonObject &fields) const
{
    for (const StorageField &f : this->fields) {
        const QString value = f.isSecret() ? fields.value(f.key).toString() : QString();
        // Very short values would mask ordinary words; no real key is that short.
        if (value.size() >= 4)
            text.replace(value, QStringLiteral("••••"));
    }
    return text;
}

const QList<StorageType> &storageTypes()
{
    static const QList<StorageType> types = makeTypes();
    return types;
}

const StorageType *storageType(const QString &name)
{
    for (const StorageType &t : storageTypes())
        if (t.name == name)
            return &t;
    return nullptr;
}

Storage::Status Storage::parseStatus(const QString &s)
{
    if (s == QLatin1String("initialized"))
        return Status::Initialized;
    if (s == QLatin1String("queued"))
        return Status::Queued;
    if (s == QLatin1String("in_progress"))
        return Status::InProgress;
    if (s == QLatin1String("failed"))
        return Status::Failed;
    if (s == QLatin1String("completed"))
        return Status::Completed;
    if (s == QLatin1String("completed_with_errors"))
        return Status::CompletedWithErrors;
    return Status::Unknown;
}

Storage Storage::fromJson(const QJsonObject &obj)
{
    Storage s;
    s.id = obj.value(QLatin1String("id")).toInt();
    s.project = obj.value(QLatin1String("project")).toInt();
    s.type = str(obj, "type");
    // Only export storages have can_delete_objects (ExportStorage); the caller knows the direction
    // anyway and overrides this guess.
    s.direction = obj.contains(QLatin1String("can_delete_objects")) ? StorageDirection::Export
                                                                    : StorageDirection::Import;
    s.title = str(obj, "title");
    s.description = str(obj, "description");
    s.statusName = str(obj, "status");
    s.status = parseStatus(s.statusName);
    s.lastSync = parseServerTime(obj.value(QLatin1String("last_sync")));
    const QJsonValue count = obj.value(QLatin1String("last_sync_count"));
    s.lastSyncCount = count.isDouble() ? count.toInt() : -1;
    s.lastSyncJob = str(obj, "last_sync_job");
    s.traceback = str(obj, "traceback");
    s.meta = obj.value(QLatin1String("meta")).toObject();
    s.createdAt = parseServerTime(obj.value(QLatin1String("created_at")));
    s.synchronizable = obj.value(QLatin1String("synchronizable")).toBool(true);
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!isCommonField(it.key()))
            s.settings.insert(it.key(), it.value());
    s.raw = obj;
    return s;
}

QString Storage::location() const
{
    const auto v = [this](const char *key) { return settings.value(QLatin1String(key)).toString(); };
    const auto joined = [](const QString &scheme, const QString &bucket, const QString &prefix) {
        QString out = scheme + QStringLiteral("://") + bucket;
        if (!prefix.isEmpty())
            out += QLatin1Char('/') + prefix;
        return out;
    };
    if (type == QLatin1String("s3"))
        return joined(QStringLiteral("s3"), v("bucket"), v("prefix"));
    if (type == QLatin1String("gcs"))
        return joined(QStringLiteral("gs"), v("bucket"), v("prefix"));
    if (type == QLatin1String("azure"))
        return joined(QStringLiteral("azure-blob"), v("container"), v("prefix"));
    if (type == QLatin1String("redis")) {
        const QString host = v("host").isEmpty() ? QStringLiteral("localhost") : v("host");
        QString out = QStringLiteral("redis://%1").arg(host);
        if (!v("port").isEmpty())
            out += QLatin1Char(':') + v("port");
        const QJsonValue db = settings.value(QLatin1String("db"));
        if (db.isDouble())
            out += QLatin1Char('/') + QString::number(db.toInt());
        return out;
    }
    return v("path");
}

QString StoragesApi::listPath(StorageDirection d)
{
    return d == StorageDirection::Import ? QStringLiteral("api/storages/")
                                         : QStringLiteral("api/storages/export");
}

QString StoragesApi::typePath(const QString &type, StorageDirection d)
{
    return d == StorageDirection::Import ? QStringLiteral("api/storages/%1").arg(type)
                                         : QStringLiteral("api/storages/export/%1").arg(type);
}

ApiJob *StoragesApi::list(int project, StorageDirection d, QObject *context, Callback<QList<Storage>> cb)
{
    RequestSpec s = spec("GET", listPath(d));
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<Storage>>(s, context, std::move(cb),
        [d](const QByteArray &body, QString *error) -> std::optional<QList<Storage>> {
            auto list = parseArray<Storage>(body, error);
            if (list)
                for (Storage &st : *list)
                    st.direction = d;
            return list;
        });
}

namespace {
auto parseStorage(StorageDirection d)
{
    return [d](const QByteArray &body, QString *error) -> std::optional<Storage> {
        auto st = parseObject<Storage>(body, error);
        if (st)
            st->direction = d;
        return st;
    };
}
} // namespace

ApiJob *StoragesApi::get(
    const QString &type, StorageDirection d, int id, QObject *context, Callback<Storage> cb)
{
    return m_client->call<Storage>(spec("GET", typePath(type, d) + QLatin1Char('/') + QString::number(id)),
        context, std::move(cb), parseStorage(d));
}

ApiJob *StoragesApi::listOfType(
    int project, const QString &type, StorageDirection d, QObject *context, Callback<QList<Storage>> cb)
{
    // The import list route is "<type>/", the export one "export/<type>" (io_storages/urls.py).
    RequestSpec s
        = spec("GET", typePath(type, d) + (d == StorageDirection::Import ? QStringLiteral("/") : QString()));
    s.query.addQueryItem(QStringLiteral("project"), QString::number(project));
    return m_client->call<QList<Storage>>(s, context, std::move(cb),
        [d](const QByteArray &body, QString *error) -> std::optional<QList<Storage>> {
            auto list = parseArray<Storage>(body, error);
            if (list)
                for (Storage &st : *list)
                    st.direction = d;
            return list;
        });
}

ApiJob *StoragesApi::create(const QString &type, StorageDirection d, const QJsonObject &fields,
    QObject *context, Callback<Storage> cb)
{
    // The import list route is "<type>/", the export one "export/<type>" (io_storages/urls.py).
    const QString path
        = typePath(type, d) + (d == StorageDirection::Import ? QStringLiteral("/") : QString());
    RequestSpec s = spec("POST", path, fields);
    s.timeoutMs = 120000; // the server connects to the storage before it answers
    return m_client->call<Storage>(s, context, std::move(cb), parseStorage(d));
}

ApiJob *StoragesApi::update(const QString &type, StorageDirection d, int id, const QJsonObject &fields,
    QObject *context, Callback<Storage> cb)
{
    RequestSpec s = spec("PATCH", typePath(type, d) + QLatin1Char('/') + QString::number(id), fields);
    s.timeoutMs = 120000;
    return m_client->call<Storage>(s, context, std::move(cb), parseStorage(d));
}

ApiJob *StoragesApi::validate(const QString &type, StorageDirection d, const QJsonObject &fields, int id,
    QObject *context, Callback<Empty> cb)
{
    QJsonObject body = fields;
    if (id > 0)
        body.insert(QStringLiteral("id"), id);
    RequestSpec s = spec("POST", typePath(type, d) + QStringLiteral("/validate"), body);
    s.timeoutMs = 120000;
    // Nothing is created: safe to send again after a dropped connection.
    s.replayable = true;
    return m_client->call<Empty>(s, context, std::move(cb), parseEmpty);
}

ApiJob *StoragesApi::sync(
    const QString &type, StorageDirection d, int id, QObject *context, Callback<Storage> cb)
{
    RequestSpec s = spec("POST", typePath(type, d) + QStringLiteral("/%1/sync").arg(id));
    // Community syncs inside the request: a large directory or bucket takes a while.
    s.timeoutMs = 600000;
    return m_client->call<Storage>(s, context, std::move(cb), parseStorage(d));
}

ApiJob *StoragesApi::remove(
    const QString &type, StorageDirection d, int id, QObject *context, Callback<Empty> cb)
{
    return m_client->call<Empty>(spec("DELETE", typePath(type, d) + QLatin1Char('/') + QString::number(id)),
        context, std::move(cb), parseEmpty);
}

StorageSync::StorageSync(Client *client, Storage storage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(std::move(storage))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StorageSync::poll);
    // The connection going away ends the follow (its jobs die without calling back).
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            if (m_running)
                finish(ApiError::make(ApiError::Kind::Cancelled,
                    tr("Stopped following the sync: the connection was closed; the server goes on with "
                       "it.")));
        });
}

void StorageSync::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_client) {
        finishLater(
            ApiError::make(ApiError::Kind::Cancelled, tr("Not connected: the sync was not started.")));
        return;
    }
    m_job = StoragesApi(m_client).sync(m_storage.type, m_storage.direction, m_storage.id, this,
        [this](const Result<Storage> &r) { handle(r); });
}

void StorageSync::cancel()
{
    if (!m_running)
        return;
    // Not running any more before the job is cancelled: its callback (which may come synchronously)
    // then reports nothing, and finished() comes once, from here.
    m_running = false;
    m_timer.stop();
    if (m_job)
        m_job->cancel();
    Q_EMIT finished(m_storage,
        ApiError::make(
            ApiError::Kind::Cancelled, tr("Stopped following the sync; the server goes on with it.")));
}

void StorageSync::poll()
{
    if (!m_running)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled,
            tr("Stopped following the sync: the connection was closed; the server goes on with it.")));
        return;
    }
    // The type's list, not the storage's own route: only the list notices a sync job that died (its
    // status would stay "in progress" for ever).
    m_job = StoragesApi(m_client).listOfType(m_storage.project, m_storage.type, m_storage.direction, this,
        [this](const Result<QList<Storage>> &r) {
            if (!r.ok()) {
                handle(Result<Storage>::failure(r.error));
                return;
            }
            for (const Storage &st : *r)
                if (st.id == m_storage.id) {
                    handle(Result<Storage>::success(st));
                    return;
                }
            handle(Result<Storage>::failure(ApiError::make(
                ApiError::Kind::Http, tr("The storage was deleted on the server while it was syncing."))));
        });
}

void StorageSync::handle(const Result<Storage> &r)
{
    m_job.clear();
    if (!m_running)
        return;
    if (!r.ok()) {
        // A status poll that fails once (a dropped connection, a busy server) is tried again: the sync
        // itself runs on the server either way.
        const bool transient
            = !r.error.isAuthError() && !r.error.isNotFound() && r.error.kind != ApiError::Kind::Http;
        if (m_storage.isRunning() && transient && ++m_pollFailures < 4) {
            m_timer.start(m_pollMs * (1 << m_pollFailures));
            return;
        }
        finish(r.error);
        return;
    }
    m_pollFailures = 0;
    m_storage = *r;
    Q_EMIT progress(m_storage);
    if (m_storage.isRunning()) {
        m_timer.start(m_pollMs);
        return;
    }
    finish({});
}

void StorageSync::finish(const ApiError &error)
{
    m_running = false;
    m_timer.stop();
    Q_EMIT finished(m_storage, error);
}

void StorageSync::finishLater(const ApiError &error)
{
    // From start(): callers see finished() after start() returned.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_running)
                finish(error);
        },
        Qt::QueuedConnection);
}

} // namespace lsdesk
