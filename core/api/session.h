#pragma once

#include "api/client.h"
#include "dto/dto.h"
#include "dto/version.h"

namespace lsdesk {

struct ServerInfo
{
    ServerVersion version;
    User user;
};

// Connecting: read the version (no authentication), refuse servers older than we support with a clear
// message, then check the key with whoami.
class SessionApi
{
public:
    explicit SessionApi(Client *client)
        : m_client(client)
    { }

    ApiJob *version(QObject *context, Callback<ServerVersion> cb);
    ApiJob *whoami(QObject *context, Callback<User> cb);
    // version + supported check + whoami. The callback runs once.
    void connectToServer(QObject *context, Callback<ServerInfo> cb);

private:
    Client *m_client;
};

} // namespace lsdesk
