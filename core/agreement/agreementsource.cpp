#include "agreement/agreementsource.h"

#include "agreement/source_worker.h"
#include "api/projectsapi.h"
#include "api/taskstream.h"
#include "api/usersapi.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace lsdesk::agreement {

struct AgreementSource::Private
{
    enum class Mode { Project, File };

    AgreementSource *q;
    Mode mode = Mode::File;
    AgreementOptions options;
    // Project
    Client *client = nullptr;
    int projectId = 0;
    QPointer<ApiJob> projectJob;
    QPointer<ApiJob> usersJob;
    QPointer<TaskStream> stream;
    // File
    QString path;
    QString labelConfigXml;

    std::shared_ptr<SourceShared> shared = std::make_shared<SourceShared>();
    QThread thread;
    SourceWorker *worker = nullptr; // lives on `thread`; deleted after it stopped
    AgreementReport report;
    QHash<int, QString> names; // from the users list, or learnt from the tasks
    bool started = false;
    bool finished = false;
    int tasksDone = 0;
    int total = -1;

    explicit Private(AgreementSource *owner)
        : q(owner)
    { }

    void createWorker()
    {
        worker = new SourceWorker(options, shared, [this](SourceUpdate u) {
            // Runs on the worker thread: hand the update to the source's thread. The source stops the
            // thread before it goes, so `q` outlives every queued call.
            QMetaObject::invokeMethod(
                q, [this, u = std::move(u)]() mutable { apply(std::move(u)); }, Qt::QueuedConnection);
        });
        worker->moveToThread(&thread);
    }

    template <class F> void onWorker(F &&f)
    {
        QMetaObject::invokeMethod(worker, std::forward<F>(f), Qt::QueuedConnection);
    }

    void apply(SourceUpdate u)
    {
        if (finished)
            return; // cancelled meanwhile: the report stays as it was when cancel() ran
        report = std::move(u.report);
        for (auto it = u.names.cbegin(); it != u.names.cend(); ++it) {
            if (!names.contains(it.key()))
                names.insert(it.key(), it.value());
        }
        if (mode == Mode::File)
            Q_EMIT q->progress(u.tasks, u.final && u.error.ok() ? u.tasks : -1);
        Q_EMIT q->reportUpdated();
        if (u.final)
            finish(u.error);
    }

    void finish(const ApiError &error)
    {
        if (finished)
            return;
        finished = true;
        Q_EMIT q->finished(error);
    }

    void stopNetwork()
    {
        if (projectJob)
            projectJob->cancel();
        if (usersJob)
            usersJob->cancel();
        if (stream) {
            QObject::disconnect(stream, nullptr, q, nullptr);
            stream->cancel();
            stream->deleteLater();
        }
    }

    void startProject();
    void streamTasks();
};

AgreementSource::AgreementSource(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

AgreementSource::~AgreementSource()
{
    d->shared->cancelled = true;
    d->finished = true; // no signal from a source being destroyed (the jobs' cancel callbacks included)
    d->stopNetwork();
    d->thread.quit();
    d->thread.wait();
    delete d->worker; // its thread has stopped: no event can reach it any more
}

AgreementSource *AgreementSource::fromProject(
    Client *client, int projectId, const AgreementOptions &options, QObject *parent)
{
    auto *s = new AgreementSource(parent);
    s->d->mode = Private::Mode::Project;
    s->d->client = client;
    s->d->projectId = projectId;
    s->d->options = options;
    s->d->createWorker();
    return s;
}

AgreementSource *AgreementSource::fromExportFile(
    const QString &path, const AgreementOptions &options, const QString &labelConfigXml, QObject *parent)
{
    auto *s = new AgreementSource(parent);
    s->d->mode = Private::Mode::File;
    s->d->path = path;
    s->d->options = options;
    s->d->labelConfigXml = labelConfigXml;
    s->d->createWorker();
    return s;
}

void AgreementSource::start()
{
    if (d->started)
        return;
    d->started = true;
    d->thread.setObjectName(QStringLiteral("lsdesk-agreement"));
    d->thread.start();
    if (d->mode == Private::Mode::File) {
        SourceWorker *w = d->worker;
        const QString xml = d->labelConfigXml, path = d->path;
        d->onWorker([w, xml, path] {
            w->configure(xml, {});
            w->readFile(path);
        });
        return;
    }
    d->startProject();
}

void AgreementSource::Private::startProject()
{
    // The users list only names people; an account that may not read it still gets the matrix.
    usersJob = UsersApi(client).list(q, [this](const Result<QList<User>> &r) {
        if (!r.ok())
            return;
        bool any = false;
        for (const User &u : *r.value) {
            const QString name = u.displayName();
            if (!name.isEmpty()) {
                names.insert(u.id, name);
                any = true;
            }
        }
        if (any && !finished)
            Q_EMIT q->reportUpdated();
    });
    projectJob = ProjectsApi(client).get(projectId, q, [this](const Result<Project> &r) {
        if (finished)
            return;
        if (!r.ok()) {
            finish(r.error);
            return;
        }
        SourceWorker *w = worker;
        const QString xml = r->labelConfig;
        const QJsonObject weights = r->raw.value(QLatin1String("control_weights")).toObject();
        onWorker([w, xml, weights] { w->configure(xml, weights); });
        streamTasks();
    });
}

void AgreementSource::Private::streamTasks()
{
    TaskQuery query;
    query.project = projectId;
    query.fields = TaskQuery::Fields::All;
    query.pageSize = 100;
    stream = new TaskStream(client, query, 4, q);
    QObject::connect(stream, &TaskStream::pageReady, q, [this](const QList<Task> &tasks) {
        QList<QJsonObject> raws;
        raws.reserve(tasks.size());
        for (const Task &t : tasks)
            raws.append(t.raw);
        SourceWorker *w = worker;
        onWorker([w, raws = std::move(raws)] { w->addTasks(raws); });
    });
    QObject::connect(stream, &TaskStream::progress, q, [this](int received, int totalTasks) {
        tasksDone = received;
        total = totalTasks;
        Q_EMIT q->progress(received, totalTasks);
    });
    QObject::connect(stream, &TaskStream::finished, q, [this](const ApiError &error) {
        stream->deleteLater();
        // The worker publishes its last report after every page queued before this, then finishes.
        SourceWorker *w = worker;
        onWorker([w, error] { w->finish(error); });
    });
    stream->start();
}

void AgreementSource::cancel()
{
    if (!d->started || d->finished)
        return;
    d->shared->cancelled = true;
    d->finished = true; // first, so the cancelled jobs' callbacks do not finish with their own error
    d->stopNetwork();
    Q_EMIT finished(ApiError::make(ApiError::Kind::Cancelled, tr("Agreement computation cancelled.")));
}

bool AgreementSource::isRunning() const
{
    return d->started && !d->finished;
}

const AgreementReport &AgreementSource::report() const
{
    return d->report;
}

QHash<int, QString> AgreementSource::userNames() const
{
    return d->names;
}

QString AgreementSource::participantName(const Participant &p) const
{
    if (p.kind == Participant::Kind::Annotator) {
        const QString name = d->names.value(p.userId);
        if (!name.isEmpty())
            return name;
    }
    return p.defaultName();
}

QString AgreementSource::description() const
{
    if (d->mode == Private::Mode::Project)
        return tr("Project %1 on %2").arg(d->projectId).arg(d->client->server().toString());
    return QFileInfo(d->path).fileName();
}

void AgreementSource::fetchTask(int taskId, QObject *context,
    std::function<void(const QJsonObject &task, const lsdesk::ApiError &error)> done)
{
    if (d->mode == Private::Mode::Project) {
        TasksApi(d->client).get(taskId, context, [done = std::move(done)](const Result<Task> &r) {
            done(r.ok() ? r->raw : QJsonObject(), r.error);
        });
        return;
    }
    // Read back from the file where the stream saw the task: one task's bytes, not the file.
    QJsonObject task;
    ApiError error;
    SourceShared::Span span;
    bool known = false;
    {
        QMutexLocker lock(&d->shared->mutex);
        const auto it = d->shared->spans.constFind(taskId);
        known = it != d->shared->spans.constEnd();
        if (known)
            span = *it;
    }
    QFile file(d->path);
    if (!known) {
        error = ApiError::make(ApiError::Kind::InvalidInput,
            tr("Task %1 is not in %2.").arg(taskId).arg(QFileInfo(d->path).fileName()));
    } else if (!file.open(QIODevice::ReadOnly) || !file.seek(span.offset)) {
        error = ApiError::make(
            ApiError::Kind::InvalidInput, tr("Cannot read %1: %2").arg(d->path, file.errorString()));
    } else {
        const QByteArray bytes = file.read(span.length);
        QJsonParseError perr {};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            error = ApiError::make(ApiError::Kind::InvalidInput,
                tr("%1 changed since it was read: task %2 is no longer at byte %3.")
                    .arg(QFileInfo(d->path).fileName())
                    .arg(taskId)
                    .arg(span.offset));
        else
            task = doc.object();
    }
    // Always asynchronous, as for a live project.
    QTimer::singleShot(0, context, [done = std::move(done), task, error] { done(task, error); });
}

} // namespace lsdesk::agreement
