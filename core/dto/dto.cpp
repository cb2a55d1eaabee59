#include "dto.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lsdesk {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QDateTime parseServerTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

int intOf(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isObject()) // a nested object such as created_by / completed_by
        return v.toObject().value(QLatin1String("id")).toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.raw = o;
    u.id = intOf(o.value(QLatin1String("id")));
    u.username = str(o, "username");
    u.email = str(o, "email");
    u.firstName = str(o, "first_name");
    u.lastName = str(o, "last_name");
    return u;
}

QString User::displayName() const
{
    const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    if (!full.isEmpty())
        return full;
    if (!email.isEmpty())
        return email;
    return username;
}

Project Project::fromJson(const QJsonObject &o)
{
    Project p;
    p.raw = o;
    p.id = intOf(o.value(QLatin1String("id")));
    p.title = str(o, "title");
    p.description = str(o, "description");
    p.labelConfig = str(o, "label_config");
    p.createdAt = parseServerTime(o.value(QLatin1String("created_at")));
    p.taskNumber = intOf(o.value(QLatin1String("task_number")));
    p.finishedTaskNumber = intOf(o.value(QLatin1String("finished_task_number")));
    p.totalAnnotationsNumber = intOf(o.value(QLatin1String("total_annotations_number")));
    p.totalPredictionsNumber = intOf(o.value(QLatin1String("total_predictions_number")));
    p.numTasksWithAnnotations = intOf(o.value(QLatin1String("num_tasks_with_annotations")));
    return p;
}

Annotation Annotation::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.raw = o;
    a.id = intOf(o.value(QLatin1String("id")));
    a.task = intOf(o.value(QLatin1String("task")));
    a.project = intOf(o.value(QLatin1String("project")));
    a.completedBy = intOf(o.value(QLatin1String("completed_by")));
    a.result = o.value(QLatin1String("result")).toArray();
    a.wasCancelled = o.value(QLatin1String("was_cancelled")).toBool();
    a.groundTruth = o.value(QLatin1String("ground_truth")).toBool();
    a.leadTime = o.value(QLatin1String("lead_time")).toDouble();
    a.createdAt = parseServerTime(o.value(QLatin1String("created_at")));
    a.updatedAt = parseServerTime(o.value(QLatin1String("updated_at")));
    return a;
}

Prediction Prediction::fromJson(const QJsonObject &o)
{
    Prediction p;
    p.raw = o;
    p.id = intOf(o.value(QLatin1String("id")));
    p.task = intOf(o.value(QLatin1String("task")));
    p.project = intOf(o.value(QLatin1String("project")));
    p.result = o.value(QLatin1String("result")).toArray();
    const QJsonValue score = o.value(QLatin1String("score"));
    if (score.isDouble())
        p.score = score.toDouble();
    p.modelVersion = str(o, "model_version");
    p.createdAt = parseServerTime(o.value(QLatin1String("created_at")));
    return p;
}

Task Task::fromJson(const QJsonObject &o)
{
    Task t;
    t.raw = o;
    t.id = intOf(o.value(QLatin1String("id")));
    t.project = intOf(o.value(QLatin1String("project")));
    t.innerId = intOf(o.value(QLatin1String("inner_id")));
    t.data = o.value(QLatin1String("data")).toObject();
    t.meta = o.value(QLatin1String("meta")).toObject();
    // Older servers list prediction ids rather than objects: listFromJson skips non-objects (raw keeps them).
    t.annotations = listFromJson<Annotation>(o.value(QLatin1String("annotations")).toArray());
    t.predictions = listFromJson<Prediction>(o.value(QLatin1String("predictions")).toArray());
    t.totalAnnotations = intOf(o.value(QLatin1String("total_annotations")));
    t.cancelledAnnotations = intOf(o.value(QLatin1String("cancelled_annotations")));
    t.totalPredictions = intOf(o.value(QLatin1String("total_predictions")));
    t.createdAt = parseServerTime(o.value(QLatin1String("created_at")));
    t.updatedAt = parseServerTime(o.value(QLatin1String("updated_at")));
    return t;
}

ExportFormat ExportFormat::fromJson(const QJsonObject &o)
{
    ExportFormat f;
    f.raw = o;
    f.name = str(o, "name");
    f.title = str(o, "title");
    if (f.title.isEmpty())
        f.title = f.name;
    f.description = str(o, "description");
    const QJsonArray tags = o.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &t : tags)
        f.tags << t.toString();
    f.disabled = o.value(QLatin1String("disabled")).toBool();
    return f;
}

ImportResult ImportResult::fromJson(const QJsonObject &o)
{
    ImportResult r;
    r.raw = o;
    r.taskCount = intOf(o.value(QLatin1String("task_count")));
    r.annotationCount = intOf(o.value(QLatin1String("annotation_count")));
    // The server says prediction_count; the SDK's type says predictions_count. Read both.
    r.predictionCount = intOf(
        o.value(QLatin1String("prediction_count")), intOf(o.value(QLatin1String("predictions_count"))));
    const QJsonArray ids = o.value(QLatin1String("task_ids")).toArray();
    for (const QJsonValue &v : ids)
        r.taskIds << v.toInt();
    return r;
}

std::optional<PageEnvelope> PageEnvelope::parse(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate(
                "PageEnvelope", "The server sent malformed JSON (%1 at byte %2).")
                         .arg(perr.errorString())
                         .arg(perr.offset);
        return std::nullopt;
    }
    PageEnvelope env;
    if (doc.isArray()) {
        env.items = doc.array();
        return env;
    }
    const QJsonObject obj = doc.object();
    if (obj.contains(QLatin1String("tasks"))) {
        env.items = obj.value(QLatin1String("tasks")).toArray();
        env.total = intOf(obj.value(QLatin1String("total")), -1);
        return env;
    }
    if (obj.contains(QLatin1String("results"))) {
        env.items = obj.value(QLatin1String("results")).toArray();
        env.total = intOf(obj.value(QLatin1String("count")), -1);
        return env;
    }
    if (error)
        *error = QCoreApplication::translate(
            "PageEnvelope", "The server's reply is not a list (no \"results\" or \"tasks\").");
    return std::nullopt;
}

} // namespace lsdesk
