#include "tokensdialog.h"

#include "api/client.h"
#include "auth/credentialstore.h"
#include "net/apijob.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFont>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lsdesk {

// ---- model

AccessTokensModel::AccessTokensModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccessTokensModel::setTokens(const QList<AccessToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

std::optional<AccessToken> AccessTokensModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_tokens.size())
        return std::nullopt;
    return m_tokens.at(row);
}

int AccessTokensModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AccessTokensModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AccessTokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessToken &t = m_tokens.at(index.row());
    if (role == TokenRole)
        return t.truncated;
    const auto column = Column(index.column());
    auto when = [](const QDateTime &d, const QString &none) {
        return d.isValid() ? QLocale().toString(d.toLocalTime(), QLocale::ShortFormat) : none;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Token:
            return t.displayText();
        case Column::Created:
            return when(t.createdAt, tr("unknown"));
        case Column::Expires:
            return when(t.expiresAt, tr("never"));
        case Column::Count:
            break;
        }
        break;
    case Qt::EditRole: // typed values, for sorting
        switch (column) {
        case Column::Token:
            return t.truncated;
        case Column::Created:
            return t.createdAt;
        case Column::Expires:
            return t.expiresAt;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Token)
            return tr("Token id %1. The server lists tokens without their signature: a listed token cannot "
                      "be used to sign in.")
                .arg(t.jti);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccessTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Token:
        return tr("Token");
    case Column::Created:
        return tr("Created");
    case Column::Expires:
        return tr("Expires");
    case Column::Count:
        break;
    }
    return {};
}

// ---- dialog

namespace {
// "<header>.<payload>" of a JWT: how the server lists a token, so a full key can be matched to a row.
QString truncatedForm(const QString &jwt)
{
    return jwt.section(QLatin1Char('.'), 0, 1);
}
} // namespace

TokensDialog::TokensDialog(Client *client, CredentialStore *store, const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(profile)
    , m_api(client)
    , m_model(new AccessTokensModel(this))
{
    setWindowTitle(tr("Access Tokens"));
    auto *layout = new QVBoxLayout(this);

    auto *patBox = new QGroupBox(tr("Personal access tokens"), this);
    auto *patLayout = new QVBoxLayout(patBox);
    m_view = new QTableView(patBox);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    patLayout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&fresh"), patBox);
    m_create = new QPushButton(tr("&Create"), patBox);
    m_revoke = new QPushButton(tr("&Revoke…"), patBox);
    m_useForProfile = new QCheckBox(tr("&Use the new token for this profile"), patBox);
    // Storing needs a saved profile; without one the token can only be copied.
    m_useForProfile->setChecked(!m_profile.isEmpty() && m_store);
    m_useForProfile->setEnabled(!m_profile.isEmpty() && m_store);
    if (!m_profile.isEmpty())
        m_useForProfile->setToolTip(
            tr("Stores the new token in the keychain as the key of profile “%1”.").arg(m_profile));
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_create);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    buttons->addWidget(m_useForProfile);
    patLayout->addLayout(buttons);

    m_newBox = new QGroupBox(tr("New token"), patBox);
    auto *newLayout = new QVBoxLayout(m_newBox);
    auto *newHint = new QLabel(tr("This is the only time the token is shown. Copy it now."), m_newBox);
    newHint->setWordWrap(true);
    newLayout->addWidget(newHint);
    auto *newRow = new QHBoxLayout;
    m_newToken = new QLineEdit(m_newBox);
    m_newToken->setReadOnly(true);
    m_newToken->setAccessibleName(tr("New token"));
    m_copy = new QPushButton(tr("Co&py"), m_newBox);
    newRow->addWidget(m_newToken, 1);
    newRow->addWidget(m_copy);
    newLayout->addLayout(newRow);
    m_newBox->hide();
    patLayout->addWidget(m_newBox);
    layout->addWidget(patBox);

    m_legacyBox = new QGroupBox(tr("Legacy key"), this);
    auto *legacyLayout = new QHBoxLayout(m_legacyBox);
    m_legacyKey = new QLineEdit(m_legacyBox);
    m_legacyKey->setReadOnly(true);
    m_legacyKey->setEchoMode(QLineEdit::Password);
    m_legacyKey->setPlaceholderText(tr("hidden"));
    m_legacyKey->setAccessibleName(tr("Legacy key"));
    m_legacyShow = new QPushButton(tr("&Show"), m_legacyBox);
    m_legacyReset = new QPushButton(tr("R&eset…"), m_legacyBox);
    legacyLayout->addWidget(m_legacyKey, 1);
    legacyLayout->addWidget(m_legacyShow);
    legacyLayout->addWidget(m_legacyReset);
    // Shown only once the server said that it accepts legacy keys.
    m_legacyBox->hide();
    layout->addWidget(m_legacyBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_refresh, &QPushButton::clicked, this, &TokensDialog::refresh);
    connect(m_create, &QPushButton::clicked, this, &TokensDialog::createToken);
    connect(m_revoke, &QPushButton::clicked, this, &TokensDialog::revokeSelected);
    connect(m_legacyShow, &QPushButton::clicked, this, &TokensDialog::revealLegacyKey);
    connect(m_legacyReset, &QPushButton::clicked, this, &TokensDialog::resetLegacyKey);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_newToken->text());
        setStatus(tr("The token was copied to the clipboard."));
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TokensDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensDialog::updateButtons);

    resize(640, 420);
    refresh();
}

TokensDialog::~TokensDialog() = default;

bool TokensDialog::isBusy() const
{
    for (const auto &job : m_jobs)
        if (job && !job->isFinished())
            return true;
    return false;
}

QString TokensDialog::statusText() const
{
    return m_status->text();
}

void TokensDialog::track(ApiJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, &TokensDialog::updateButtons, Qt::QueuedConnection);
    updateButtons();
}

void TokensDialog::updateButtons()
{
    const bool busy = isBusy();
    m_refresh->setEnabled(!busy);
    // The server keeps at most one live token per user and refuses a second one (409).
    const bool hasToken = m_model->rowCount() > 0;
    m_create->setEnabled(!busy && !hasToken);
    m_create->setToolTip(
        hasToken ? tr("You already have a token: revoke it before creating a new one.") : QString());
    m_revoke->setEnabled(!busy && m_view->selectionModel()->hasSelection());
    m_legacyShow->setEnabled(!busy);
    m_legacyReset->setEnabled(!busy);
}

void TokensDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Errors stand out by weight, not by a colour of our own: the palette's text colour reads well in
    // light and dark themes alike.
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    m_status->setAccessibleDescription(error ? tr("Error") : QString());
}

void TokensDialog::showError(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    QString text = error.message;
    const QString validation = error.validationText();
    if (!validation.isEmpty() && !text.contains(validation))
        text += QLatin1Char(' ') + validation;
    // The server does not echo keys in these replies; the keys we hold are scrubbed anyway, so that no
    // key can reach a message (people copy messages into bug reports).
    for (const QString &secret : { m_newToken->text(), m_legacyShown, m_client->tokens()->key().secret() }) {
        if (secret.size() >= 8)
            text.replace(secret, QStringLiteral("…"));
    }
    setStatus(tr("%1: %2").arg(what, text), true);
}

bool TokensDialog::confirm(const QString &question)
{
    if (m_confirmer)
        return m_confirmer(question);
    return QMessageBox::question(
               this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void TokensDialog::refresh()
{
    track(m_api.list(this, [this](const Result<QList<AccessToken>> &r) {
        if (!r.ok()) {
            showError(tr("Could not list the tokens"), r.error);
            return;
        }
        m_model->setTokens(*r);
    }));
    track(m_api.settings(this, [this](const Result<TokenSettings> &r) {
        // A server without the settings route, or an account not allowed to read them, gets no legacy
        // section: the key would be refused anyway where legacy keys are off.
        m_legacyBox->setVisible(r.ok() && r->legacyEnabled);
        if (r.ok() && !r->apiTokensEnabled)
            setStatus(tr("Your organization has turned personal access tokens off."), true);
    }));
}

void TokensDialog::createToken()
{
    m_newToken->clear();
    m_newBox->hide();
    track(m_api.create(this, [this](const Result<QString> &r) {
        if (!r.ok()) {
            showError(tr("Could not create a token"), r.error);
            return;
        }
        m_newToken->setText(*r);
        m_newBox->show();
        m_newToken->setFocus();
        m_newToken->selectAll();
        setStatus(tr("Token created. Copy it now: it is not shown again."));
        if (m_useForProfile->isChecked() && m_useForProfile->isEnabled())
            storeForProfile(*r, tr("The new token"));
        refresh();
    }));
}

void TokensDialog::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto token = m_model->tokenAt(rows.first().row());
    if (!token)
        return;
    const ApiKey &current = m_client->tokens()->key();
    const bool inUse = current.kind() == ApiKey::Kind::PersonalAccessToken
        && truncatedForm(current.secret()) == token->truncated;
    QString question
        = tr("Revoke the token %1? Programs that use it can no longer sign in.").arg(token->displayText());
    if (inUse)
        question += QLatin1Char(' ') + tr("This connection uses this token: it stops working too.");
    if (!confirm(question))
        return;
    track(m_api.revoke(token->truncated, this, [this](const Result<Empty> &r) {
        if (!r.ok()) {
            showError(tr("Could not revoke the token"), r.error);
            return;
        }
        setStatus(tr("The token was revoked."));
        refresh();
    }));
}

void TokensDialog::revealLegacyKey()
{
    if (m_legacyKey->echoMode() == QLineEdit::Normal) {
        m_legacyKey->setEchoMode(QLineEdit::Password);
        m_legacyShow->setText(tr("&Show"));
        return;
    }
    auto reveal = [this] {
        m_legacyKey->setText(m_legacyShown);
        m_legacyKey->setEchoMode(QLineEdit::Normal);
        m_legacyShow->setText(tr("&Hide"));
    };
    if (!m_legacyShown.isEmpty()) {
        reveal();
        return;
    }
    track(m_api.legacyToken(this, [this, reveal](const Result<QString> &r) {
        if (!r.ok()) {
            showError(tr("Could not read the legacy key"), r.error);
            return;
        }
        m_legacyShown = *r;
        reveal();
    }));
}

void TokensDialog::resetLegacyKey()
{
    const ApiKey &current = m_client->tokens()->key();
    const bool inUse = current.kind() == ApiKey::Kind::Legacy;
    QString question = tr("Reset the legacy key? The current key stops working at once, for every "
                          "program that uses it.");
    if (inUse)
        question += QLatin1Char(' ') + tr("This connection uses the legacy key.");
    if (!confirm(question))
        return;
    track(m_api.resetLegacyToken(this, [this, inUse](const Result<QString> &r) {
        if (!r.ok()) {
            showError(tr("Could not reset the legacy key"), r.error);
            return;
        }
        m_legacyShown = *r;
        m_legacyKey->setText(*r);
        m_legacyKey->setEchoMode(QLineEdit::Normal);
        m_legacyShow->setText(tr("&Hide"));
        setStatus(tr("The legacy key was reset."));
        // Only a profile that signs in with the legacy key gets the new one: a profile on a personal
        // access token keeps it.
        if (inUse && m_store && !m_profile.isEmpty())
            storeForProfile(*r, tr("The new legacy key"));
    }));
}

void TokensDialog::storeForProfile(const QString &key, const QString &what)
{
    const auto saved = m_store->profile(m_profile);
    const ServerProfile profile { m_profile, saved ? saved->url : m_client->server().toString() };
    const QString name = m_profile;
    m_store->saveProfile(profile, key, this, [this, name, what](const CredentialStore::Outcome &o) {
        if (o.noBackend) {
            setStatus(tr("%1 was not stored: no keychain is available. Copy it now.").arg(what), true);
            return;
        }
        if (!o.ok()) {
            setStatus(tr("%1 was not stored in the keychain: %2").arg(what, o.error), true);
            return;
        }
        setStatus(tr("%1 is stored in the keychain for profile “%2”.").arg(what, name));
        Q_EMIT profileKeyStored(name);
    });
}

void TokensDialog::done(int result)
{
    // Closing cancels everything in flight and forgets the keys shown, so that they do not linger in
    // the (hidden, maybe reused) dialog.
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const auto &job : jobs)
        if (job)
            job->cancel();
    m_newToken->clear();
    m_newBox->hide();
    m_legacyKey->clear();
    m_legacyKey->setEchoMode(QLineEdit::Password);
    m_legacyShow->setText(tr("&Show"));
    m_legacyShown.clear();
    QDialog::done(result);
}

} // namespace lsdesk
