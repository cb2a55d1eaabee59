#pragma once

#include "agreement/agreement.h"
#include "net/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace lsdesk {
class Client;
}

namespace lsdesk::agreement {

// Feeds an AgreementEngine from a source, off the calling thread (the engine runs on a worker thread;
// nothing here blocks the UI): a live project (its label config and control_weights, then every task
// with fields=all, streamed page by page), or a JSON export file opened offline (read as a stream, one
// task at a time, so memory holds the scores, not the file). Partial reports arrive while it runs;
// finished() is emitted exactly once.
class AgreementSource : public QObject
{
    Q_OBJECT
public:
    ~AgreementSource() override;

    // `client` outlives the source.
    static AgreementSource *fromProject(
        Client *client, int projectId, const AgreementOptions &options, QObject *parent = nullptr);
    // An export in Label Studio's JSON format (a top-level array of tasks). `labelConfigXml` is optional
    // (an export has no config; without it the control set is every from_name seen).
    static AgreementSource *fromExportFile(const QString &path, const AgreementOptions &options,
        const QString &labelConfigXml = {}, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const;

    // The latest report (partial while running).
    const AgreementReport &report() const;
    // Display names of the annotators by user id, as far as the source knows them (a live project:
    // the organization's members; an export: the completed_by objects when expanded, else none).
    QHash<int, QString> userNames() const;
    // A participant's name for people: the user's name or e-mail when known, else defaultName().
    QString participantName(const Participant &p) const;
    // "Project 12 on https://…" or the file name, for titles and CSV headers.
    QString description() const;

    // One task's full JSON (data, annotations, predictions), for the side-by-side view: fetched from the
    // server for a live project, read back from the file (by the offset recorded while streaming) for an
    // export. `done` is called once, on the calling thread, with the task or an error.
    void fetchTask(int taskId, QObject *context,
        std::function<void(const QJsonObject &task, const lsdesk::ApiError &error)> done);

Q_SIGNALS:
    // `total` is -1 when not known yet.
    void progress(int tasks, int total);
    // A newer (partial or final) report(); throttled (at most a few per second).
    void reportUpdated();
    void finished(const lsdesk::ApiError &error);

protected:
    explicit AgreementSource(QObject *parent);

private:
    struct Private;
    std::unique_ptr<Private> d;
    friend struct Private;
};

// CSV for people and scripts (RFC 4180, UTF-8, "." decimals, scores in [0, 1] with 4 decimals).
namespace csv {
// Header: "participant,<name1>,<name2>,…"; rows: name then cells (empty where no score); then a blank
// line and the same layout with the common-task counts.
QByteArray matrix(const Matrix &m, const QStringList &names);
// Header: "task_id,agreement,annotations,pairs"; one row per task.
QByteArray tasks(const AgreementReport &report);
} // namespace csv

} // namespace lsdesk::agreement
