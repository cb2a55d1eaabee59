#pragma once

#include "api/session.h"
#include "net/requestfactory.h"

#include <QDialog>
#include <QPointer>
#include <QSslCertificate>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QToolButton;

namespace lsdesk {

class Client;
class CredentialStore;
class ProfileTrust;

// Connecting to a server: pick or create a profile (name, URL; the key comes from the keychain), test
// the connection - version, edition, current user - and read in plain words why it failed: unreachable
// host, untrusted certificate (shown, with a deliberate "trust" button), wrong key, legacy tokens
// disabled, a URL without a Label Studio API. Testing is asynchronous and can be cancelled. "Connect"
// tests first when needed, then saves the profile (the key only when "remember" is checked) and accepts.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `nam` and `store` are not owned and must outlive the dialog.
    ConnectDialog(QNetworkAccessManager *nam, CredentialStore *store, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills URL and key (LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY, read by the caller). Empty values are
    // ignored.
    void setPreset(const QString &url, const QString &key);
    // Where trusted certificates are kept (not owned); default: the application's QSettings. Pass the
    // CredentialStore's settings so that both live in one file.
    void setTrustSettings(QSettings *settings);
    // Timeouts, proxy/CA options for the test; trustedCertificates is replaced by the profile's.
    void setClientOptions(const ClientOptions &options);
    // Selects a saved profile: fills name and URL, loads its trusted certificates and reads its key from
    // the keychain (asynchronously). False when there is no such profile.
    bool selectProfile(const QString &name);

    // The result, valid after accepted().
    QString profile() const;
    QString serverUrl() const;
    QString apiKey() const;
    QList<QSslCertificate> trustedCertificates() const { return m_trusted; }
    std::optional<ServerInfo> serverInfo() const { return m_info; }
    bool rememberKey() const;

    bool isTesting() const { return m_testContext != nullptr; }
    // The text of the result area, for tests and accessibility.
    QString statusText() const;
    // The certificate of the last refused TLS handshake (null if none).
    QSslCertificate presentedCertificate() const { return m_presented; }

public Q_SLOTS:
    void testConnection();
    void cancelTest();
    // Adds the certificate the server presented to this profile's trusted certificates and tests again.
    void trustPresentedCertificate();
    void newProfile();
    void removeCurrentProfile();
    void accept() override;

Q_SIGNALS:
    // One per test (also after cancelTest(): ok false).
    void testFinished(bool ok);
    // The keychain read for a selected profile finished (key filled when found).
    void keyLoaded(bool found);

private:
    void onTestResult(const Result<ServerInfo> &result);
    void showFailure(const ApiError &error);
    QString explain(const ApiError &error) const;
    void setTesting(bool testing);
    void setStatus(const QString &text, bool error);
    void clearResult();
    void reloadProfiles(const QString &select);
    void finishAccept();
    QString signature() const;
    void dropTest();

    QNetworkAccessManager *m_nam;
    CredentialStore *m_store;
    std::unique_ptr<ProfileTrust> m_trust;
    ClientOptions m_options;

    QComboBox *m_profiles;
    QPushButton *m_newProfile;
    QPushButton *m_removeProfile;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QToolButton *m_showKey;
    QCheckBox *m_remember;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QLabel *m_status;
    QPlainTextEdit *m_certificate;
    QPushButton *m_trustButton;
    QDialogButtonBox *m_buttons;

    QPointer<Client> m_client;
    QPointer<QObject> m_testContext; // callbacks of a test run only while it lives
    QList<QSslCertificate> m_trusted;
    QSslCertificate m_presented;
    QString m_presentedHost;
    std::optional<ServerInfo> m_info;
    QString m_testedSignature; // what m_info was found for (URL, key, trust)
    bool m_acceptAfterTest = false;
    bool m_saving = false;
};

} // namespace lsdesk
