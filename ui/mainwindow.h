#pragma once

#include "api/client.h"
#include "api/session.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QNetworkAccessManager;

namespace lsdesk {

// The main window. For now: a connection form and what the server reports about itself and the user.
// The panes (projects, tasks, annotations) come next.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnection(const QString &url, const QString &key);
    void connectToServer();

Q_SIGNALS:
    // Emitted once per connect attempt, for screenshots and tests.
    void connectionFinished(bool ok);

private:
    void showInfo(const ServerInfo &info);
    void showError(const QString &message);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<Client> m_client;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_connect;
    QLabel *m_status;
    QLabel *m_server;
    QLabel *m_user;
};

} // namespace lsdesk
