#include "api/templatesapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lsdesk {

std::optional<ServerTemplates> ServerTemplates::parse(const QByteArray &body, QString *error)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("templates")).isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                "TemplatesApi", "expected {\"templates\": [...], \"groups\": [...]}");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ServerTemplates out;
    for (const QJsonValue &v : o.value(QLatin1String("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        ServerTemplate st;
        st.config = t.value(QLatin1String("config")).toString();
        if (st.config.trimmed().isEmpty())
            continue;
        st.title = t.value(QLatin1String("title")).toString();
        st.group = t.value(QLatin1String("group")).toString();
        st.type = t.value(QLatin1String("type")).toString();
        st.order = t.value(QLatin1String("order")).toInt();
        st.details = t.value(QLatin1String("details")).toString();
        st.image = t.value(QLatin1String("image")).toString();
        out.templates.append(st);
    }
    for (const QJsonValue &g : o.value(QLatin1String("groups")).toArray()) {
        if (g.isString() && !g.toString().isEmpty())
            out.groups.append(g.toString());
    }
    return out;
}

ApiJob *TemplatesApi::list(QObject *context, Callback<ServerTemplates> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/templates/");
    return m_client->call<ServerTemplates>(s, context, std::move(cb), ServerTemplates::parse);
}

} // namespace lsdesk
