#include "usersapi.h"

namespace lsdesk {

namespace {
std::optional<QList<User>> parseUsers(const QByteArray &body, QString *error)
{
    const auto env = PageEnvelope::parse(body, error);
    if (!env)
        return std::nullopt;
    return listFromJson<User>(env->items);
}
} // namespace

ApiJob *UsersApi::list(QObject *context, Callback<QList<User>> cb)
{
    RequestSpec s;
    s.path = QStringLiteral("api/users/");
    return m_client->call<QList<User>>(s, context, std::move(cb), parseUsers);
}

UserDirectory::UserDirectory(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

std::optional<User> UserDirectory::user(int id) const
{
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

QString UserDirectory::displayName(int id) const
{
    if (id <= 0)
        return {};
    const auto it = m_users.constFind(id);
    if (it != m_users.constEnd()) {
        const QString name = it->displayName();
        if (!name.isEmpty())
            return name;
    }
    return tr("User #%1").arg(id);
}

QHash<int, QString> UserDirectory::displayNames() const
{
    QHash<int, QString> names;
    names.reserve(m_users.size());
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        names.insert(it.key(), displayName(it.key()));
    return names;
}

void UserDirectory::insert(const User &user)
{
    if (user.id <= 0)
        return;
    const auto it = m_users.constFind(user.id);
    const bool same = it != m_users.constEnd() && it->displayName() == user.displayName();
    // An embedded object may carry fewer fields than the users list: never replace a fuller record.
    if (it != m_users.constEnd() && (same || user.displayName().isEmpty()))
        return;
    m_users.insert(user.id, user);
    Q_EMIT changed();
}

void UserDirectory::refresh()
{
    if (!m_client)
        return;
    if (m_job)
        m_job->cancel();
    m_job = UsersApi(m_client).list(this, [this](const Result<QList<User>> &r) {
        if (r.error.kind == ApiError::Kind::Cancelled)
            return;
        m_job = nullptr;
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error.message);
            return;
        }
        for (const User &u : *r)
            m_users.insert(u.id, u);
        m_loaded = true;
        Q_EMIT changed();
    });
}

void UserDirectory::clear()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_users.clear();
    m_loaded = false;
    Q_EMIT changed();
}

} // namespace lsdesk
