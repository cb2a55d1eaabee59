#include "client.h"

#include "net/proxyfactory.h"

#include <QNetworkAccessManager>

namespace lsdesk {

namespace {
QNetworkAccessManager *ownNam(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setProxyFactory(new EnvironmentProxyFactory()); // the NAM takes ownership
    return nam;
}
} // namespace

Client::Client(
    ServerUrl server, ApiKey key, QNetworkAccessManager *nam, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : ownNam(this))
    , m_factory(std::move(server), std::move(options))
    , m_tokens(std::move(key), m_nam, &m_factory)
{ }

ApiJob *Client::send(const RequestSpec &spec)
{
    auto *job = new ApiJob(m_nam, &m_factory, &m_tokens, spec, this);
    job->start();
    return job;
}

ApiJob *Client::send(const RequestSpec &spec, QIODevice *sink)
{
    auto *job = new ApiJob(m_nam, &m_factory, &m_tokens, spec, this);
    job->setSink(sink);
    job->start();
    return job;
}

} // namespace lsdesk
