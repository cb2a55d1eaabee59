#pragma once

#include "api/client.h"
#include "api/session.h"

#include <QMainWindow>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QNetworkAccessManager;

namespace lsdesk {

class CredentialStore;

// The main window. For now: a connection form and what the server reports about itself and the user.
// The panes (projects, tasks, annotations) come next.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `store` keeps server profiles and their keys (keychain); both outlive the window.
    MainWindow(QNetworkAccessManager *nam, CredentialStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnection(const QString &url, const QString &key);
    void connectToServer();
    // Fills the form from the last saved profile (key from the keychain) and connects.
    void restoreLastProfile();

Q_SIGNALS:
    // Emitted once per connect attempt, for screenshots and tests.
    void connectionFinished(bool ok);

private:
    void showInfo(const ServerInfo &info);
    void showError(const QString &message);
    void rememberKey(const QString &url, const QString &key);

    QNetworkAccessManager *m_nam;
    CredentialStore *m_store;
    std::unique_ptr<Client> m_client;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_connect;
    QCheckBox *m_remember;
    QLabel *m_status;
    QLabel *m_server;
    QLabel *m_user;
};

} // namespace lsdesk
