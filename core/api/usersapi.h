#pragma once

#include "api/client.h"
#include "dto/dto.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lsdesk {

// The organisation's users (GET api/users/).
class UsersApi
{
public:
    explicit UsersApi(Client *client)
        : m_client(client)
    { }

    // Label Studio answers with a plain array; a paginated envelope ({"results": [...]}) is read as well.
    ApiJob *list(QObject *context, Callback<QList<User>> cb);

private:
    Client *m_client;
};

// Who is user 7? One directory per connection, shared by the panes so the users list is fetched once.
// It also learns users from the objects the server embeds in other replies (an annotation's
// "completed_by"), so names show even when the users list is not readable for this account.
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    // `client` may be null (then refresh() does nothing and the directory holds what insert() put in).
    explicit UserDirectory(Client *client, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return !m_job.isNull(); }
    int size() const { return int(m_users.size()); }

    std::optional<User> user(int id) const;
    // The user's display name, or "User #7" for an unknown id, or an empty string for id 0.
    QString displayName(int id) const;
    // Every known user's display name by id (for a table column).
    QHash<int, QString> displayNames() const;

    // Adds or replaces a user (emits changed() when the name changes).
    void insert(const User &user);

public Q_SLOTS:
    // Fetches the users list; a refresh in flight is cancelled first.
    void refresh();
    void clear();

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString &message);

private:
    Client *m_client;
    QHash<int, User> m_users;
    QPointer<ApiJob> m_job;
    bool m_loaded = false;
};

} // namespace lsdesk
