#pragma once

#include "api/client.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace lsdesk {

// Where a storage moves data: a source storage imports tasks, a target storage exports annotations.
enum class StorageDirection { Import, Export };

// One field of a storage type's form, as the server's model has it (io_storages/<type>/models.py).
struct StorageField
{
    enum class Kind {
        Text,
        Secret, // credentials: typed by the user, sent to the server only, never listed back
        Bool,
        Number,
    };
    QString key; // the JSON field name
    QString label; // for people, untranslated: QCoreApplication::translate("StorageField", label)
    Kind kind = Kind::Text;
    bool importOnly = false;
    bool exportOnly = false;
    bool required = false;
    QJsonValue defaultValue; // Undefined: none (the server's default applies)

    bool appliesTo(StorageDirection d) const
    {
        return d == StorageDirection::Import ? !exportOnly : !importOnly;
    }
    bool isSecret() const { return kind == Kind::Secret; }
};

// A storage type of Label Studio Community: s3, gcs, azure, redis, localfiles.
struct StorageType
{
    QString name; // the URL segment and the "type" the server lists
    QString title; // untranslated: QCoreApplication::translate("StorageType", title)
    QList<StorageField> fields; // the type's own fields; title and description are common

    QList<StorageField> fieldsFor(StorageDirection d) const;
    const StorageField *field(const QString &key) const;
    // `text` with every secret value of `fields` replaced by a mask: a server's error may quote what it
    // was sent (a malformed credentials JSON, say), and error texts never carry secrets.
    QString redact(QString text, const QJsonObject &fields) const;
};

const QList<StorageType> &storageTypes();
const StorageType *storageType(const QString &name);

// One storage as the server lists it (StorageInfo + Storage + the type's mixin). The server never lists
// the secret fields (its serializers pop them), so `settings` holds only the type's plain fields.
struct Storage
{
    enum class Status { Unknown, Initialized, Queued, InProgress, Failed, Completed, CompletedWithErrors };

    int id = 0;
    int project = 0;
    QString type;
    StorageDirection direction = StorageDirection::Import;
    QString title;
    QString description;
    Status status = Status::Unknown;
    QString statusName; // verbatim
    QDateTime lastSync;
    int lastSyncCount = -1; // -1: none yet
    QString lastSyncJob;
    QString traceback; // the server's message or traceback of the last failed sync
    QJsonObject meta; // attempts, duration, tasks_existed, ...
    QDateTime createdAt;
    bool synchronizable = true;
    QJsonObject settings; // the type's fields (path, bucket, prefix, regex_filter, use_blob_urls, ...)
    QJsonObject raw;

    static Storage fromJson(const QJsonObject &obj);
    static Status parseStatus(const QString &s);
    bool isExport() const { return direction == StorageDirection::Export; }
    bool isRunning() const { return status == Status::Queued || status == Status::InProgress; }
    bool isFinished() const
    {
        return status == Status::Completed || status == Status::CompletedWithErrors
            || status == Status::Failed;
    }
    // "s3://bucket/prefix", the local path, "redis://host:port/db": where it reads or writes.
    QString location() const;
    // Tasks (import) or annotations (export) the last sync handled; meta "tasks_existed" counts skipped ones.
    int existedCount() const { return meta.value(QLatin1String("tasks_existed")).toInt(-1); }
};

// api/storages/... of label_studio/io_storages/urls.py. Import routes are api/storages/<type>/...,
// export routes api/storages/export/<type>...; the list route of an import type ends with a slash,
// the others do not.
class StoragesApi
{
public:
    explicit StoragesApi(Client *client)
        : m_client(client)
    { }

    // Every storage of `project` in one direction (api/storages/?project= or api/storages/export?project=).
    ApiJob *list(int project, StorageDirection d, QObject *context, Callback<QList<Storage>> cb);
    ApiJob *get(const QString &type, StorageDirection d, int id, QObject *context, Callback<Storage> cb);
    // The project's storages of one type. Unlike get(), this route also marks a storage whose sync job
    // died as failed (ensure_storage_statuses), so a follower sees the end of a sync that crashed.
    ApiJob *listOfType(
        int project, const QString &type, StorageDirection d, QObject *context, Callback<QList<Storage>> cb);
    // `fields` carries the form (with "project"); the server checks the connection before creating.
    ApiJob *create(const QString &type, StorageDirection d, const QJsonObject &fields, QObject *context,
        Callback<Storage> cb);
    // PATCH of the given fields only: a secret left out keeps the one the server has.
    ApiJob *update(const QString &type, StorageDirection d, int id, const QJsonObject &fields,
        QObject *context, Callback<Storage> cb);
    // Checks the form without saving it; `id` > 0 checks an existing storage with these changes (the
    // server fills in the secrets it keeps).
    ApiJob *validate(const QString &type, StorageDirection d, const QJsonObject &fields, int id,
        QObject *context, Callback<Empty> cb);
    // Starts a sync. Community runs it inside the request (the reply has the final status); with a
    // job queue the reply says "queued" and the storage must be polled (StorageSync does).
    ApiJob *sync(const QString &type, StorageDirection d, int id, QObject *context, Callback<Storage> cb);
    ApiJob *remove(const QString &type, StorageDirection d, int id, QObject *context, Callback<Empty> cb);

    static QString listPath(StorageDirection d);
    static QString typePath(const QString &type, StorageDirection d);

private:
    Client *m_client;
};

// Syncs one storage and follows it to the end: POST .../sync, then GET the storage every interval while
// it is queued or in progress. progress() reports every state seen (last_sync_count grows while the
// server works); finished() comes once, with the final storage or the error. A sync that the server ran
// and that failed is not an ApiError: the storage's status is Failed and its traceback says why.
class StorageSync : public QObject
{
    Q_OBJECT
public:
    StorageSync(Client *client, Storage storage, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; }
    void start();
    // Stops following; the server's sync goes on (there is no route to stop it).
    void cancel();
    bool isRunning() const { return m_running; }
    const Storage &storage() const { return m_storage; }

Q_SIGNALS:
    void progress(const lsdesk::Storage &storage);
    void finished(const lsdesk::Storage &storage, const lsdesk::ApiError &error);

private:
    void poll();
    void handle(const Result<Storage> &r);
    void finish(const ApiError &error);
    void finishLater(const ApiError &error);

    QPointer<Client> m_client;
    Storage m_storage;
    QPointer<ApiJob> m_job;
    QTimer m_timer;
    int m_pollMs = 1000;
    int m_pollFailures = 0; // in a row: a poll that fails once is tried again
    bool m_running = false;
};

} // namespace lsdesk
