#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Typed value types for what the server sends. Each keeps the complete object it was read from in `raw`,
// so fields we do not model yet (and Enterprise-only fields) are never lost on the way to an export,
// a re-upload or the CLI's JSON output.

namespace lsdesk {

struct User
{
    int id = 0;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QJsonObject raw;

    static User fromJson(const QJsonObject &obj);
    QString displayName() const;
};

struct Project
{
    int id = 0;
    QString title;
    QString description;
    QString labelConfig;
    QDateTime createdAt;
    int taskNumber = 0;
    int finishedTaskNumber = 0;
    int totalAnnotationsNumber = 0;
    int totalPredictionsNumber = 0;
    int numTasksWithAnnotations = 0;
    QJsonObject raw;

    static Project fromJson(const QJsonObject &obj);
};

struct Annotation
{
    int id = 0;
    int task = 0;
    int project = 0;
    int completedBy = 0; // user id; the server sends an id or a user object
    QJsonArray result;
    bool wasCancelled = false;
    bool groundTruth = false;
    double leadTime = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    static Annotation fromJson(const QJsonObject &obj);
};

struct Prediction
{
    int id = 0;
    int task = 0;
    int project = 0;
    QJsonArray result;
    std::optional<double> score;
    QString modelVersion;
    QDateTime createdAt;
    QJsonObject raw;

    static Prediction fromJson(const QJsonObject &obj);
};

struct Task
{
    int id = 0;
    int project = 0;
    int innerId = 0;
    QJsonObject data;
    QJsonObject meta;
    QList<Annotation> annotations; // only with fields=all
    QList<Prediction> predictions; // only with fields=all
    int totalAnnotations = 0;
    int cancelledAnnotations = 0;
    int totalPredictions = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    static Task fromJson(const QJsonObject &obj);
};

struct ExportFormat
{
    QString name; // the exportType value, e.g. "COCO"
    QString title;
    QString description;
    QStringList tags;
    bool disabled = false; // not applicable to this project's label config
    QJsonObject raw;

    static ExportFormat fromJson(const QJsonObject &obj);
};

// Result of POST api/projects/{id}/import.
struct ImportResult
{
    int taskCount = 0;
    int annotationCount = 0;
    int predictionCount = 0;
    QList<int> taskIds;
    QJsonObject raw;

    static ImportResult fromJson(const QJsonObject &obj);
};

// One page of a paginated list, from either envelope: {"count", "results"} (projects) or
// {"tasks", "total"} (tasks), or a plain array.
template <class T> struct Page
{
    QList<T> items;
    int page = 1;
    int pageSize = 0;
    int total = -1; // -1 when the server did not say
    int pageCount() const { return total < 0 || pageSize <= 0 ? -1 : (total + pageSize - 1) / pageSize; }
    bool hasNext() const { return total < 0 ? items.size() >= pageSize && pageSize > 0 : page < pageCount(); }
};

QDateTime parseServerTime(const QJsonValue &v);
int intOf(const QJsonValue &v, int fallback = 0);

// Reads a page envelope; `error` gets a message when the JSON is not a page at all.
struct PageEnvelope
{
    QJsonArray items;
    int total = -1;
    static std::optional<PageEnvelope> parse(const QByteArray &body, QString *error);
};

template <class T> QList<T> listFromJson(const QJsonArray &arr)
{
    QList<T> out;
    out.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (v.isObject())
            out.append(T::fromJson(v.toObject()));
    }
    return out;
}

} // namespace lsdesk
