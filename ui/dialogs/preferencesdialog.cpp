#include "preferencesdialog.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
// A line edit with a "Browse…" button next to it.
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &caption, bool save)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(PreferencesDialog::tr("Browse…"), row);
    browse->setAccessibleName(caption);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, row, caption, save] {
        const QString path = save ? QFileDialog::getSaveFileName(row, caption, edit->text())
                                  : QFileDialog::getOpenFileName(row, caption, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}
} // namespace

PreferencesDialog::PreferencesDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timeout(new QSpinBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxy(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_logFile(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings->timeoutSeconds());
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_pageSize->setRange(20, 1000);
    m_pageSize->setSingleStep(10);
    m_pageSize->setValue(settings->pageSize());
    m_pageSize->setAccessibleName(tr("Tasks per page"));
    m_proxyMode->addItem(tr("From the environment (HTTPS_PROXY, NO_PROXY) or the system"),
        int(AppSettings::ProxyMode::Environment));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(AppSettings::ProxyMode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(settings->proxyMode())));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxy->setText(settings->manualProxy());
    m_proxy->setPlaceholderText(tr("proxy.example.com:3128"));
    m_proxy->setAccessibleName(tr("Manual proxy address"));
    m_caBundle->setText(settings->caBundlePath());
    m_caBundle->setPlaceholderText(tr("PEM file with your organisation's certificate authority"));
    m_caBundle->setAccessibleName(tr("Extra CA bundle"));
    m_logFile->setText(settings->logFilePath());
    m_logFile->setAccessibleName(tr("Log file"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("Tasks per &page:"), m_pageSize);
    form->addRow(tr("Pro&xy:"), m_proxyMode);
    form->addRow(tr("Proxy &address:"), m_proxy);
    form->addRow(tr("Extra &CA bundle:"), withBrowse(m_caBundle, this, tr("Choose a CA bundle"), false));
    form->addRow(tr("&Log file:"), withBrowse(m_logFile, this, tr("Choose the log file"), true));
    auto *note = new QLabel(tr("Timeout, proxy and CA bundle apply to the next connection; the log file "
                               "to the next start."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateProxyState);
    updateProxyState();
}

void PreferencesDialog::updateProxyState()
{
    m_proxy->setEnabled(m_proxyMode->currentData().toInt() == int(AppSettings::ProxyMode::Manual));
}

bool PreferencesDialog::apply()
{
    QStringList problems;
    const auto mode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    if (mode == AppSettings::ProxyMode::Manual) {
        const QString why = AppSettings::checkProxy(m_proxy->text());
        if (!why.isEmpty())
            problems << why;
    }
    const QString ca = m_caBundle->text().trimmed();
    if (!ca.isEmpty()) {
        QFile f(ca);
        if (!f.open(QIODevice::ReadOnly))
            problems << tr("The CA bundle %1 cannot be read: %2").arg(ca, f.errorString());
        else if (QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty())
            problems << tr("The CA bundle %1 holds no PEM certificate.").arg(ca);
    }
    const QString log = m_logFile->text().trimmed();
    if (!log.isEmpty()) {
        // The folder may not exist yet (the app creates it at start): the nearest existing one must be
        // a writable folder.
        QFileInfo dir(QFileInfo(log).absolutePath());
        while (!dir.exists() && dir.absoluteFilePath() != dir.absolutePath())
            dir = QFileInfo(dir.absolutePath());
        if (!dir.isDir() || !dir.isWritable())
            problems << tr("The log file %1 cannot be written: %2 is not a writable folder.")
                            .arg(log, dir.absoluteFilePath());
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_settings->setTimeoutSeconds(m_timeout->value());
    m_settings->setPageSize(m_pageSize->value());
    m_settings->setProxyMode(mode);
    m_settings->setManualProxy(m_proxy->text());
    m_settings->setCaBundlePath(ca);
    m_settings->setLogFilePath(log);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace lsdesk
