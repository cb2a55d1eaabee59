#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QJsonObject>

namespace lsdesk {

// Annotations and predictions of tasks.
class AnnotationsApi
{
public:
    explicit AnnotationsApi(Client *client)
        : m_client(client)
    { }

    ApiJob *list(int taskId, QObject *context, Callback<QList<Annotation>> cb);
    ApiJob *get(int id, QObject *context, Callback<Annotation> cb);
    // `fields`: {"result": [...], "was_cancelled", "ground_truth", "lead_time", "completed_by"}
    ApiJob *create(int taskId, const QJsonObject &fields, QObject *context, Callback<Annotation> cb);
    ApiJob *update(int id, const QJsonObject &fields, QObject *context, Callback<Annotation> cb);
    ApiJob *remove(int id, QObject *context, Callback<Empty> cb);

    ApiJob *listPredictions(int taskId, QObject *context, Callback<QList<Prediction>> cb);
    // `fields`: {"result": [...], "score", "model_version"}; the task id is added.
    ApiJob *createPrediction(
        int taskId, const QJsonObject &fields, QObject *context, Callback<Prediction> cb);
    ApiJob *removePrediction(int id, QObject *context, Callback<Empty> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
