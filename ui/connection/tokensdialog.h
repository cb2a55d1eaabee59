#pragma once

#include "api/tokensapi.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lsdesk {

class ApiJob;
class Client;
class CredentialStore;

// The user's personal access tokens, one row each. Holds only what the server lists (the truncated
// token and its dates), never a usable key.
class AccessTokensModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Token, Created, Expires, Count };
    enum Role { TokenRole = Qt::UserRole + 1 }; // the listed (truncated) token, for revocation

    explicit AccessTokensModel(QObject *parent = nullptr);

    void setTokens(const QList<AccessToken> &tokens);
    const QList<AccessToken> &tokens() const { return m_tokens; }
    std::optional<AccessToken> tokenAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccessToken> m_tokens;
};

// Access tokens of the connected user: list, create and revoke personal access tokens; where the
// organization accepts legacy keys, show and reset the legacy key. A new token is shown once (read-only,
// with Copy) and, when "use it for this profile" is checked, stored straight into the keychain for the
// profile - nowhere else: not in QSettings, logs or error texts. Every request is cancelled when the
// dialog closes.
class TokensDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` and `store` are not owned and must outlive the dialog. `profile` is the saved profile the
    // client was opened with (empty: none, so nothing can be stored).
    TokensDialog(Client *client, CredentialStore *store, const QString &profile, QWidget *parent = nullptr);
    ~TokensDialog() override;

    using Confirmer = std::function<bool(const QString &question)>;
    // Replaces the yes/no question before Revoke and Reset (tests answer without a message box).
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    AccessTokensModel *model() const { return m_model; }
    bool isBusy() const;
    // The text of the status line (errors and outcomes), for tests.
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void createToken();
    void revokeSelected();
    void revealLegacyKey();
    void resetLegacyKey();

Q_SIGNALS:
    // A new key was stored into the keychain for `profile`: the connection should be reopened with it
    // (the current client may still hold the old, possibly dead, key).
    void profileKeyStored(const QString &profile);

protected:
    void done(int result) override;

private:
    void setStatus(const QString &text, bool error = false);
    void showError(const QString &what, const ApiError &error);
    void updateButtons();
    void storeForProfile(const QString &key, const QString &what);
    void track(ApiJob *job);
    bool confirm(const QString &question);

    QPointer<Client> m_client; // the main window closes this dialog before the client goes
    CredentialStore *m_store;
    QString m_profile;
    TokensApi m_api;
    AccessTokensModel *m_model;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QCheckBox *m_useForProfile;
    QGroupBox *m_newBox;
    QLineEdit *m_newToken;
    QPushButton *m_copy;
    QGroupBox *m_legacyBox;
    QLineEdit *m_legacyKey;
    QPushButton *m_legacyShow;
    QPushButton *m_legacyReset;
    QLabel *m_status;
    QList<QPointer<ApiJob>> m_jobs;
    QString m_legacyShown; // the legacy key fetched for display, so Hide/Show need no second request
    Confirmer m_confirmer;
};

} // namespace lsdesk
