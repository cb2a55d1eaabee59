#include "mainwindow.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lsdesk {

MainWindow::MainWindow(QNetworkAccessManager *nam, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(nam)
{
    setWindowTitle(tr("Label Studio Desktop"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *connectBox = new QGroupBox(tr("Server"), central);
    auto *form = new QFormLayout(connectBox);
    m_url = new QLineEdit(connectBox);
    m_url->setPlaceholderText(tr("https://labelstudio.example.com"));
    m_key = new QLineEdit(connectBox);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Personal access token"));
    m_connect = new QPushButton(tr("&Connect"), connectBox);
    m_connect->setDefault(true);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_connect);
    layout->addWidget(connectBox);

    auto *infoBox = new QGroupBox(tr("Connection"), central);
    auto *info = new QFormLayout(infoBox);
    m_status = new QLabel(tr("Not connected."), infoBox);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_server = new QLabel(infoBox);
    m_user = new QLabel(infoBox);
    info->addRow(tr("Status:"), m_status);
    info->addRow(tr("Server:"), m_server);
    info->addRow(tr("User:"), m_user);
    layout->addWidget(infoBox);
    layout->addStretch();
    setCentralWidget(central);
    resize(640, 360);

    connect(m_connect, &QPushButton::clicked, this, &MainWindow::connectToServer);
    connect(m_key, &QLineEdit::returnPressed, this, &MainWindow::connectToServer);
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnection(const QString &url, const QString &key)
{
    m_url->setText(url);
    m_key->setText(key);
}

void MainWindow::connectToServer()
{
    const ServerUrl server = ServerUrl::parse(m_url->text());
    if (!server.isValid()) {
        showError(server.errorString());
        return;
    }
    const ApiKey key = ApiKey::classify(m_key->text());
    if (!key.usable()) {
        showError(key.problem());
        return;
    }
    m_client = std::make_unique<Client>(server, key, m_nam);
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(server.toString()));
    SessionApi(m_client.get()).connectToServer(this, [this](const Result<ServerInfo> &r) {
        m_connect->setEnabled(true);
        if (!r.ok()) {
            showError(r.error.message);
            return;
        }
        showInfo(*r);
    });
}

void MainWindow::showInfo(const ServerInfo &info)
{
    m_status->setText(tr("Connected."));
    m_server->setText(tr("Label Studio %1 — %2 edition — %3")
                          .arg(info.version.release, info.version.edition, m_client->server().toString()));
    m_user->setText(tr("%1 <%2> (id %3)").arg(info.user.displayName(), info.user.email).arg(info.user.id));
    statusBar()->showMessage(tr("Connected to %1").arg(m_client->server().toString()));
    Q_EMIT connectionFinished(true);
}

void MainWindow::showError(const QString &message)
{
    m_status->setText(message);
    m_server->clear();
    m_user->clear();
    statusBar()->showMessage(tr("Not connected"));
    Q_EMIT connectionFinished(false);
}

} // namespace lsdesk
