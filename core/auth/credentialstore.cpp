#include "credentialstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace lsdesk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("CredentialStore", s);
}

// What to do about a missing keychain, in the platform's words: QtKeychain uses the Secret Service on
// Linux, the Credential Manager on Windows and the Keychain on macOS.
QString keychainAdvice()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return tr("Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or use the key for "
              "this session only.");
#elif defined(Q_OS_MACOS)
    return tr("Unlock your login keychain, or use the key for this session only.");
#else
    return tr("Check that the system's credential store is available, or use the key for this session only.");
#endif
}

CredentialStore::Outcome outcomeOf(QKeychain::Job *job)
{
    CredentialStore::Outcome o;
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        o.notFound = true;
        o.error = tr("No API key is stored for this server profile. Enter the key again.");
        break;
    case QKeychain::NoBackendAvailable:
        o.noBackend = true;
        o.error = tr("No keychain service is available on this system (%1), so the API key cannot be saved.")
                      .arg(job->errorString())
            + QLatin1Char(' ') + keychainAdvice();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        o.error = tr("The keychain refused access (%1). Unlock your keyring and try again.")
                      .arg(job->errorString());
        break;
    default:
        // QtKeychain reports a missing Secret Service as OtherError on Linux ("Cannot autolaunch D-Bus",
        // "The name org.freedesktop.secrets was not provided"): treat it as no backend.
        o.noBackend = true;
        o.error
            = tr("The keychain is not usable (%1), so the API key cannot be saved.").arg(job->errorString())
            + QLatin1Char(' ') + keychainAdvice();
    }
    return o;
}

template <class Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy of a key
    job->setKey(key);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QSettings *settings, QString service, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_service(std::move(service))
{ }

CredentialStore::~CredentialStore()
{
    delete m_ownSettings;
}

QSettings *CredentialStore::settings() const
{
    if (m_settings)
        return m_settings;
    auto *self = const_cast<CredentialStore *>(this);
    if (!self->m_ownSettings)
        self->m_ownSettings = new QSettings();
    return m_ownSettings;
}

QString CredentialStore::keyFor(const QString &profileName) const
{
    return QStringLiteral("profile:") + profileName;
}

QList<ServerProfile> CredentialStore::profiles() const
{
    QList<ServerProfile> out;
    QSettings *s = settings();
    const int n = s->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        out.append(
            { s->value(QStringLiteral("name")).toString(), s->value(QStringLiteral("url")).toString() });
    }
    s->endArray();
    return out;
}

std::optional<ServerProfile> CredentialStore::profile(const QString &name) const
{
    const auto all = profiles();
    for (const auto &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void CredentialStore::writeProfiles(const QList<ServerProfile> &all)
{
    QSettings *s = settings();
    s->remove(QStringLiteral("profiles")); // a shorter list must not leave old entries behind
    s->beginWriteArray(QStringLiteral("profiles"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s->setArrayIndex(i);
        s->setValue(QStringLiteral("name"), all[i].name);
        s->setValue(QStringLiteral("url"), all[i].url);
    }
    s->endArray();
    s->sync();
}

void CredentialStore::saveProfileOnly(const ServerProfile &profile)
{
    QList<ServerProfile> all = profiles();
    bool replaced = false;
    for (auto &p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeProfiles(all);
}

void CredentialStore::saveProfile(
    const ServerProfile &profile, const QString &secret, QObject *context, Callback cb)
{
    saveProfileOnly(profile);
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(profile.name));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [cb](QKeychain::Job *j) {
        const Outcome o = outcomeOf(j);
        if (!o.ok())
            qCWarning(lcKeychain).noquote() << "keychain write failed:" << j->errorString();
        cb(o);
    });
    job->start();
}

void CredentialStore::readSecret(const QString &profileName, QObject *context, Callback cb)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(profileName));
    connect(job, &QKeychain::Job::finished, context, [cb](QKeychain::Job *j) {
        Outcome o = outcomeOf(j);
        if (o.ok())
            o.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        cb(o);
    });
    job->start();
}

void CredentialStore::removeProfile(const QString &profileName, QObject *context, Callback cb)
{
    QList<ServerProfile> all = profiles();
    all.erase(
        std::remove_if(all.begin(), all.end(), [&](const ServerProfile &p) { return p.name == profileName; }),
        all.end());
    writeProfiles(all);

    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(profileName));
    connect(job, &QKeychain::Job::finished, context, [cb](QKeychain::Job *j) {
        Outcome o = outcomeOf(j);
        if (o.notFound) // already gone: logout succeeded
            o = Outcome {};
        cb(o);
    });
    job->start();
}

} // namespace lsdesk
