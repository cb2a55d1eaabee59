#include "connection/connectdialog.h"

#include "api/client.h"
#include "auth/credentialstore.h"
#include "auth/profiletrust.h"
#include "net/tlstrust.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
// The server's own words when legacy tokens are off for its organization (jwt_auth/auth.py).
const QLatin1String kLegacyDisabled("legacy token authentication has been disabled");
} // namespace

ConnectDialog::ConnectDialog(QNetworkAccessManager *nam, CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_nam(nam)
    , m_store(store)
    , m_trust(std::make_unique<ProfileTrust>())
{
    setWindowTitle(tr("Connect to Label Studio"));

    m_profiles = new QComboBox(this);
    m_profiles->setAccessibleName(tr("Saved profiles"));
    m_profiles->setPlaceholderText(tr("Saved profiles"));
    m_newProfile = new QPushButton(tr("&New"), this);
    m_newProfile->setAutoDefault(false);
    m_removeProfile = new QPushButton(tr("Re&move"), this);
    m_removeProfile->setAutoDefault(false);
    m_removeProfile->setToolTip(tr("Forget this profile, its stored key and its trusted certificates"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_newProfile);
    profileRow->addWidget(m_removeProfile);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Work server (defaults to the host name)"));
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Server URL"));
    m_url->setPlaceholderText(tr("https://labelstudio.example.com"));
    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Personal access token"));
    m_showKey = new QToolButton(this);
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    m_showKey->setAccessibleName(tr("Show the API key"));
    connect(m_showKey, &QToolButton::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(show ? tr("Hide") : tr("Show"));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    m_remember = new QCheckBox(tr("&Remember the key in the system keychain"), this);
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), profileRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &key:"), keyRow);
    form->addRow(QString(), m_remember);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setAutoDefault(false);
    m_cancelTest = new QPushButton(tr("&Stop test"), this);
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Connection test result"));
    m_certificate = new QPlainTextEdit(this);
    m_certificate->setReadOnly(true);
    m_certificate->setAccessibleName(tr("Server certificate"));
    m_certificate->setVisible(false);
    m_certificate->setMaximumHeight(m_certificate->fontMetrics().lineSpacing() * 8);
    m_trustButton = new QPushButton(this);
    m_trustButton->setAutoDefault(false);
    m_trustButton->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter in any field connects

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addWidget(m_certificate);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectDialog::cancelTest);
    connect(m_trustButton, &QPushButton::clicked, this, &ConnectDialog::trustPresentedCertificate);
    connect(m_newProfile, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(m_removeProfile, &QPushButton::clicked, this, &ConnectDialog::removeCurrentProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(this, &QDialog::rejected, this, [this] {
        if (isTesting())
            cancelTest();
    });
    connect(m_profiles, &QComboBox::activated, this,
        [this](int index) { selectProfile(m_profiles->itemText(index)); });

    reloadProfiles(QString());
    m_removeProfile->setEnabled(false);
}

ConnectDialog::~ConnectDialog()
{
    dropTest();
}

void ConnectDialog::setPreset(const QString &url, const QString &key)
{
    if (!url.isEmpty())
        m_url->setText(url);
    if (!key.isEmpty())
        m_key->setText(key);
}

void ConnectDialog::setTrustSettings(QSettings *settings)
{
    m_trust = std::make_unique<ProfileTrust>(settings);
}

void ConnectDialog::setClientOptions(const ClientOptions &options)
{
    m_options = options;
}

void ConnectDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    const auto profiles = m_store->profiles();
    for (const ServerProfile &p : profiles)
        m_profiles->addItem(p.name, p.url);
    m_profiles->setCurrentIndex(select.isEmpty() ? -1 : m_profiles->findText(select));
    m_removeProfile->setEnabled(m_profiles->currentIndex() >= 0);
}

bool ConnectDialog::selectProfile(const QString &name)
{
    const auto p = m_store->profile(name);
    if (!p)
        return false;
    reloadProfiles(name);
    clearResult();
    m_name->setText(p->name);
    m_url->setText(p->url);
    m_key->clear();
    m_trusted = m_trust->certificates(p->name);
    m_store->readSecret(p->name, this, [this, name](const CredentialStore::Outcome &o) {
        if (m_name->text() != name)
            return; // the user moved on to another profile meanwhile
        if (o.ok() && m_key->text().isEmpty())
            m_key->setText(o.secret);
        else if (!o.ok())
            setStatus(o.error, !o.notFound);
        Q_EMIT keyLoaded(o.ok());
    });
    return true;
}

void ConnectDialog::newProfile()
{
    reloadProfiles(QString());
    clearResult();
    m_name->clear();
    m_url->clear();
    m_key->clear();
    m_trusted.clear();
    m_name->setFocus();
}

void ConnectDialog::removeCurrentProfile()
{
    const QString name = m_profiles->currentText();
    if (name.isEmpty())
        return;
    m_trust->remove(name);
    m_store->removeProfile(name, this, [this](const CredentialStore::Outcome &o) {
        if (!o.ok())
            setStatus(tr("The profile was removed, but its key could not be deleted from the keychain: %1")
                          .arg(o.error),
                true);
    });
    newProfile();
}

QString ConnectDialog::profile() const
{
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        return name;
    const ServerUrl url = ServerUrl::parse(serverUrl());
    return url.isValid() ? url.base().host() : serverUrl();
}

QString ConnectDialog::serverUrl() const
{
    return m_url->text().trimmed();
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}

bool ConnectDialog::rememberKey() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::statusText() const
{
    QString text = m_status->text();
    if (m_certificate->isVisible())
        text += QLatin1Char('\n') + m_certificate->toPlainText();
    return text;
}

QString ConnectDialog::signature() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(serverUrl().toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(apiKey().toUtf8());
    for (const QSslCertificate &c : m_trusted)
        h.addData(TlsTrust::digest(c));
    return QString::fromLatin1(h.result().toHex());
}

void ConnectDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Errors stand out through the palette's own emphasis colour, so light and dark themes both work.
    m_status->setForegroundRole(error ? QPalette::Highlight : QPalette::WindowText);
}

void ConnectDialog::clearResult()
{
    m_info.reset();
    m_testedSignature.clear();
    m_presented = QSslCertificate();
    m_status->clear();
    m_certificate->clear();
    m_certificate->setVisible(false);
    m_trustButton->setVisible(false);
}

void ConnectDialog::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    m_cancelTest->setVisible(testing);
    m_trustButton->setEnabled(!testing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!testing && !m_saving);
}

void ConnectDialog::dropTest()
{
    if (QObject *context = m_testContext) {
        m_testContext = nullptr;
        context->deleteLater();
    }
    // Deleting the client aborts its jobs (and their replies).
    if (Client *client = m_client) {
        m_client = nullptr;
        client->deleteLater();
    }
}

void ConnectDialog::testConnection()
{
    dropTest();
    clearResult();
    const ServerUrl url = ServerUrl::parse(serverUrl());
    if (!url.isValid()) {
        setStatus(url.errorString().isEmpty()
                ? tr("Enter the server's URL, e.g. https://labelstudio.example.com")
                : url.errorString(),
            true);
        m_acceptAfterTest = false;
        Q_EMIT testFinished(false);
        return;
    }
    const ApiKey key = ApiKey::classify(apiKey());
    if (!key.usable()) {
        setStatus(key.problem(), true);
        m_acceptAfterTest = false;
        Q_EMIT testFinished(false);
        return;
    }
    ClientOptions options = m_options;
    options.trustedCertificates = m_trusted;
    m_client = new Client(url, key, m_nam, options, this);
    auto *context = new QObject(this);
    m_testContext = context;
    setTesting(true);
    setStatus(tr("Testing the connection to %1…").arg(url.base().host()), false);
    const QString tested = signature();
    SessionApi(m_client).connectToServer(context, [this, context, tested](const Result<ServerInfo> &r) {
        if (context != m_testContext)
            return; // cancelled or superseded
        if (r.ok())
            m_testedSignature = tested;
        onTestResult(r);
    });
}

void ConnectDialog::cancelTest()
{
    if (!isTesting())
        return;
    dropTest();
    m_acceptAfterTest = false;
    setTesting(false);
    setStatus(tr("Test cancelled."), false);
    Q_EMIT testFinished(false);
}

void ConnectDialog::onTestResult(const Result<ServerInfo> &r)
{
    dropTest();
    setTesting(false);
    if (!r.ok()) {
        m_acceptAfterTest = false;
        showFailure(r.error);
        Q_EMIT testFinished(false);
        return;
    }
    m_info = *r;
    const ServerVersion &v = r->version;
    const User &u = r->user;
    const QString who = u.email.isEmpty() || u.displayName() == u.email
        ? u.displayName()
        : tr("%1 <%2>").arg(u.displayName(), u.email);
    setStatus(tr("Connected: Label Studio %1, %2 edition.\nSigned in as %3.")
                  .arg(v.release, v.edition.isEmpty() ? tr("Community") : v.edition, who),
        false);
    Q_EMIT testFinished(true);
    if (m_acceptAfterTest) {
        m_acceptAfterTest = false;
        finishAccept();
    }
}

QString ConnectDialog::explain(const ApiError &e) const
{
    const ServerUrl url = ServerUrl::parse(serverUrl());
    const QString host = url.base().host();
    if (e.isUntrustedCertificate())
        return tr("The certificate of %1 is not trusted (%2). Compare the certificate below with what your "
                  "administrator tells you; only if it matches, trust it for this server.")
            .arg(host, e.sslErrors.join(QLatin1String("; ")));
    if (e.httpStatus == 401 && e.detail.contains(kLegacyDisabled, Qt::CaseInsensitive))
        return tr(
            "This server does not accept legacy API tokens any more (\"%1\"). Use a personal access "
            "token instead: in the Label Studio web UI open Account & Settings → Personal Access Token, "
            "create a token and paste it here.")
            .arg(e.detail);
    if (e.httpStatus == 401)
        return tr(
            "The server refused the API key%1. Check that you copied the whole key, and that it belongs "
            "to this server; you can create a new one under Account & Settings → Personal Access Token.")
            .arg(e.detail.isEmpty() ? QString() : tr(" (\"%1\")").arg(e.detail));
    if (e.kind == ApiError::Kind::NotAvailable || e.kind == ApiError::Kind::Parse)
        return tr(
            "There is no Label Studio API at %1 (%2 answered, but not as Label Studio). Check the path: "
            "if Label Studio is served below a sub-path, include it, e.g. https://%2/labelstudio")
            .arg(url.toString(), host);
    if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
        return tr("The server cannot be reached. %1").arg(e.message);
    return e.message;
}

void ConnectDialog::showFailure(const ApiError &e)
{
    setStatus(explain(e), true);
    if (!e.isUntrustedCertificate() || e.peerCertificates.isEmpty())
        return;
    m_presented = e.peerCertificates.first();
    m_presentedHost = ServerUrl::parse(serverUrl()).base().host();
    QString details = TlsTrust::describe(m_presented);
    if (e.peerCertificates.size() > 1)
        details += QLatin1Char('\n')
            + tr("(%n more certificate(s) in the chain)", nullptr, int(e.peerCertificates.size() - 1));
    m_certificate->setPlainText(details);
    m_certificate->setVisible(true);
    m_trustButton->setText(tr("&Trust this certificate for %1").arg(m_presentedHost));
    m_trustButton->setAccessibleName(m_trustButton->text().remove(QLatin1Char('&')));
    m_trustButton->setVisible(true);
}

void ConnectDialog::trustPresentedCertificate()
{
    if (m_presented.isNull() || isTesting())
        return;
    if (!TlsTrust::contains(m_trusted, m_presented))
        m_trusted.append(m_presented);
    // Stored with the profile when the dialog is accepted; used right away for the retry.
    testConnection();
}

void ConnectDialog::accept()
{
    if (m_saving)
        return;
    if (isTesting()) {
        m_acceptAfterTest = true;
        return;
    }
    if (m_info && m_testedSignature == signature()) {
        finishAccept();
        return;
    }
    m_acceptAfterTest = true;
    testConnection();
}

void ConnectDialog::finishAccept()
{
    const QString name = profile();
    m_trust->setCertificates(name, m_trusted);
    if (!rememberKey()) {
        // The profile (name, URL, trust) is kept; the key is asked for again next time.
        if (m_store)
            m_store->saveProfileOnly(ServerProfile { name, serverUrl() });
        QDialog::accept();
        return;
    }
    m_saving = true;
    setTesting(false);
    m_store->saveProfile(
        ServerProfile { name, serverUrl() }, apiKey(), this, [this](const CredentialStore::Outcome &o) {
            m_saving = false;
            setTesting(false);
            if (!o.ok()) {
                // Say it, and let the user connect for this session only with a second press.
                m_remember->setChecked(false);
                setStatus(
                    tr("%1\nPress Connect again to use the key for this session only.").arg(o.error), true);
                return;
            }
            QDialog::accept();
        });
}

} // namespace lsdesk
