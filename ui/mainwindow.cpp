#include "mainwindow.h"

#include "auth/credentialstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lsdesk {

MainWindow::MainWindow(QNetworkAccessManager *nam, CredentialStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(nam)
    , m_store(store)
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
    m_remember = new QCheckBox(tr("&Remember the key in the system keychain"), connectBox);
    m_remember->setChecked(true);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_remember);
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
    const QString url = server.toString();
    const QString secret = key.secret();
    SessionApi(m_client.get()).connectToServer(this, [this, url, secret](const Result<ServerInfo> &r) {
        m_connect->setEnabled(true);
        if (!r.ok()) {
            showError(r.error.message);
            return;
        }
        showInfo(*r);
        if (m_remember->isChecked())
            rememberKey(url, secret);
    });
}

void MainWindow::rememberKey(const QString &url, const QString &key)
{
    if (!m_store)
        return;
    // One profile per server URL; the profile list UI comes with the connection dialog.
    m_store->saveProfile({ url, url }, key, this, [this](const CredentialStore::Outcome &o) {
        if (o.ok())
            return;
        // No plaintext fallback: the key stays in memory for this session only, and the user knows it.
        statusBar()->showMessage(
            o.noBackend ? tr("Connected; the key is used for this session only: %1").arg(o.error) : o.error);
    });
}

void MainWindow::restoreLastProfile()
{
    if (!m_store)
        return;
    const auto profiles = m_store->profiles();
    if (profiles.isEmpty())
        return;
    const ServerProfile last = profiles.last();
    m_url->setText(last.url);
    m_store->readSecret(last.name, this, [this, url = last.url](const CredentialStore::Outcome &o) {
        if (!o.ok()) {
            m_status->setText(o.error);
            return;
        }
        if (m_url->text() != url || !m_key->text().isEmpty())
            return; // the user started typing meanwhile: keep their input
        m_key->setText(o.secret);
        connectToServer();
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
