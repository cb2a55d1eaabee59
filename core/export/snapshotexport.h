#pragma once

#include "api/result.h"
#include "export/exportjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lsdesk {

// A snapshot (api/projects/{id}/exports/): its id, status and the formats converted from it.
struct ExportSnapshot
{
    int id = 0;
    QString title;
    QString status; // created | in_progress | failed | completed
    QDateTime createdAt;
    struct Converted
    {
        QString exportType;
        QString status;
        QString traceback;
    };
    QList<Converted> converted;
    QJsonObject raw;

    static ExportSnapshot fromJson(const QJsonObject &o);
    const Converted *convertedTo(const QString &format) const;
};

// Snapshot exports, the only export path of Label Studio Enterprise (and the second one of Community,
// where the snapshot is built inside the create request): create a snapshot → wait until it is completed
// → for other formats than JSON, convert and wait for that conversion → download (streamed, resumed with
// Range after a dropped connection, checked and renamed into place like ExportJob). The snapshot is left
// on the server, as the web UI leaves it; list() and remove() manage them. finished() once.
class SnapshotExportJob : public QObject
{
    Q_OBJECT
public:
    SnapshotExportJob(Client *client, ExportRequest request, QObject *parent = nullptr);
    ~SnapshotExportJob() override;

    // How often the snapshot's state is read, and for how long at most (a big project takes minutes).
    void setPolling(int intervalMs, int timeoutMs);
    void start();
    void cancel();
    int snapshotId() const { return m_snapshot; }

    // The create body: the title and the request's task, annotation and serialization options, each
    // option spelt out (so the result does not depend on which defaults a server version has).
    static QJsonObject createBody(const ExportRequest &request, const QString &title);

    static ApiJob *list(Client *client, int project, QObject *context, Callback<QList<ExportSnapshot>> cb);
    static ApiJob *remove(Client *client, int project, int snapshot, QObject *context, Callback<Empty> cb);

Q_SIGNALS:
    // "creating", "converting", "downloading"
    void stage(const QString &what);
    void progress(qint64 received, qint64 total);
    void finished(const lsdesk::ApiError &error);

private:
    void poll();
    void onSnapshot(const ExportSnapshot &s);
    void download();
    void finish(const ApiError &error);

    Client *m_client;
    ExportRequest m_request;
    int m_snapshot = 0;
    bool m_converting = false;
    int m_intervalMs = 1000;
    int m_timeoutMs = 30 * 60 * 1000;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QPointer<ApiJob> m_call;
    QPointer<ExportJob> m_download;
    bool m_done = false;
};

} // namespace lsdesk
