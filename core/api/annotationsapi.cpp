#include "annotationsapi.h"

namespace lsdesk {

namespace {
RequestSpec spec(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    RequestSpec s;
    s.verb = verb;
    s.path = path;
    if (!body.isEmpty())
        s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return s;
}
} // namespace

ApiJob *AnnotationsApi::list(int taskId, QObject *context, Callback<QList<Annotation>> cb)
{
    return m_client->call<QList<Annotation>>(
        spec("GET", QStringLiteral("api/tasks/%1/annotations/").arg(taskId)), context, std::move(cb),
        parseArray<Annotation>);
}

ApiJob *AnnotationsApi::get(int id, QObject *context, Callback<Annotation> cb)
{
    return m_client->call<Annotation>(spec("GET", QStringLiteral("api/annotations/%1/").arg(id)), context,
        std::move(cb), parseObject<Annotation>);
}

ApiJob *AnnotationsApi::create(
    int taskId, const QJsonObject &fields, QObject *context, Callback<Annotation> cb)
{
    return m_client->call<Annotation>(
        spec("POST", QStringLiteral("api/tasks/%1/annotations/").arg(taskId), fields), context, std::move(cb),
        parseObject<Annotation>);
}

ApiJob *AnnotationsApi::update(int id, const QJsonObject &fields, QObject *context, Callback<Annotation> cb)
{
    return m_client->call<Annotation>(spec("PATCH", QStringLiteral("api/annotations/%1/").arg(id), fields),
        context, std::move(cb), parseObject<Annotation>);
}

ApiJob *AnnotationsApi::remove(int id, QObject *context, Callback<Empty> cb)
{
    return m_client->call<Empty>(
        spec("DELETE", QStringLiteral("api/annotations/%1/").arg(id)), context, std::move(cb), parseEmpty);
}

ApiJob *AnnotationsApi::listPredictions(int taskId, QObject *context, Callback<QList<Prediction>> cb)
{
    RequestSpec s = spec("GET", QStringLiteral("api/predictions/"));
    s.query.addQueryItem(QStringLiteral("task"), QString::number(taskId));
    return m_client->call<QList<Prediction>>(s, context, std::move(cb), parseArray<Prediction>);
}

ApiJob *AnnotationsApi::createPrediction(
    int taskId, const QJsonObject &fields, QObject *context, Callback<Prediction> cb)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("task"), taskId);
    return m_client->call<Prediction>(spec("POST", QStringLiteral("api/predictions/"), body), context,
        std::move(cb), parseObject<Prediction>);
}

ApiJob *AnnotationsApi::removePrediction(int id, QObject *context, Callback<Empty> cb)
{
    return m_client->call<Empty>(
        spec("DELETE", QStringLiteral("api/predictions/%1/").arg(id)), context, std::move(cb), parseEmpty);
}

} // namespace lsdesk
