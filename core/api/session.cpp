#include "session.h"

namespace lsdesk {

ApiJob *SessionApi::version(QObject *context, Callback<ServerVersion> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/version/");
    s.authenticated = false;
    return m_client->call<ServerVersion>(s, context, std::move(cb), parseObject<ServerVersion>);
}

ApiJob *SessionApi::whoami(QObject *context, Callback<User> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/current-user/whoami");
    return m_client->call<User>(s, context, std::move(cb), parseObject<User>);
}

void SessionApi::connectToServer(QObject *context, Callback<ServerInfo> cb)
{
    Client *client = m_client;
    version(context, [client, context, cb](const Result<ServerVersion> &v) {
        if (!v.ok()) {
            ApiError e = v.error;
            if (e.kind == ApiError::Kind::NotAvailable || e.kind == ApiError::Kind::Parse)
                e.message = QCoreApplication::translate("SessionApi",
                    "%1 does not look like a Label Studio server (its version "
                    "endpoint did not answer). Check the URL, including any "
                    "path prefix such as /label-studio.")
                                .arg(client->server().toString());
            cb(Result<ServerInfo>::failure(e));
            return;
        }
        if (!v->isSupported()) {
            cb(Result<ServerInfo>::failure(ApiError::make(ApiError::Kind::Unsupported,
                QCoreApplication::translate("SessionApi",
                    "This server runs Label Studio %1, which is not supported: lsdesk needs "
                    "Label Studio %2 or newer. Ask the administrator to upgrade.")
                    .arg(v->release.isEmpty() ? QStringLiteral("(unknown version)") : v->release,
                        ServerVersion::oldestSupported().toString()))));
            return;
        }
        const ServerVersion version = *v;
        SessionApi(client).whoami(context, [cb, version](const Result<User> &u) {
            if (!u.ok()) {
                cb(Result<ServerInfo>::failure(u.error));
                return;
            }
            cb(Result<ServerInfo>::success(ServerInfo { version, *u }));
        });
    });
}

} // namespace lsdesk
