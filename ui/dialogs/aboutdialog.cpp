#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

#ifndef LSDESK_QTKEYCHAIN_VERSION
#define LSDESK_QTKEYCHAIN_VERSION ""
#endif

namespace lsdesk {

namespace {
// The libraries linked into lsdesk and lsdesk-cli (core/CMakeLists.txt, ui/CMakeLists.txt), with the
// licence each is used under. Names and SPDX identifiers are not translated.
struct ThirdParty
{
    const char *name;
    const char *licence;
    const char *url;
};
constexpr ThirdParty kThirdParty[] = {
    { "Qt 6 (Core, Network, Gui, Widgets, DBus)", "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations" },
    { "QtKeychain", "BSD-2-Clause", "https://github.com/frankosterfeld/qtkeychain" },
    { "RapidJSON", "MIT", "https://rapidjson.org" },
    { "simdjson", "Apache-2.0", "https://simdjson.org" },
    { "libzip", "BSD-3-Clause", "https://libzip.org" },
    { "Boost (Geometry)", "BSL-1.0", "https://www.boost.org/LICENSE_1_0.txt" },
};
} // namespace

QString AboutDialog::keychainVersion()
{
    const QString v = QString::fromLatin1(LSDESK_QTKEYCHAIN_VERSION);
    return v.isEmpty() ? tr("unknown") : v;
}

AboutDialog::AboutDialog(
    const std::optional<ServerVersion> &server, const QString &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_licences(new QTextBrowser(this))
{
    setWindowTitle(tr("About Label Studio Desktop"));
    resize(640, 520);

    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2>")
            .arg(tr("Label Studio Desktop %1").arg(QStringLiteral(LSDESK_VERSION)).toHtmlEscaped()),
        this);
    auto *blurb = new QLabel(tr("A native client for Label Studio servers, Community and Enterprise."), this);
    blurb->setWordWrap(true);

    const QString qtText
        = tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString serverText = server
        ? tr("Label Studio %1, %2 edition, at %3").arg(server->release, server->edition, serverUrl)
        : tr("not connected");
    auto *versions = new QFormLayout;
    const auto addRow = [this, versions](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        versions->addRow(label, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    addRow(tr("Version:"), QStringLiteral(LSDESK_VERSION));
    addRow(tr("Qt:"), qtText);
    addRow(tr("QtKeychain:"), keychainVersion());
    addRow(tr("Server:"), serverText);
    addRow(tr("System:"), QSysInfo::prettyProductName());

    // Plain text for bug reports: not translated labels, so a maintainer reads any user's report.
    m_versionText
        = QStringLiteral(
            "Label Studio Desktop %1\nQt %2 (built with %3)\nQtKeychain %4\nServer: %5\nSystem: %6\n")
              .arg(QStringLiteral(LSDESK_VERSION), QString::fromLatin1(qVersion()),
                  QStringLiteral(QT_VERSION_STR), QString::fromLatin1(LSDESK_QTKEYCHAIN_VERSION),
                  server ? QStringLiteral("Label Studio %1 (%2)").arg(server->release, server->edition)
                         : QStringLiteral("not connected"),
                  QSysInfo::prettyProductName());

    QString html = QStringLiteral("<p>%1</p><p>%2</p><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(tr("Label Studio Desktop is licensed under the Apache License, Version 2.0 "
                               "(Apache-2.0); see the LICENSE file shipped with it.")
                                .toHtmlEscaped(),
                           tr("It uses these libraries, under their own licences:").toHtmlEscaped());
    for (const ThirdParty &t : kThirdParty)
        html += QStringLiteral("<tr><td><a href=\"%3\">%1</a></td><td>%2</td></tr>")
                    .arg(QString::fromUtf8(t.name).toHtmlEscaped(), QString::fromLatin1(t.licence),
                        QString::fromLatin1(t.url));
    html += QStringLiteral("</table>");
    m_licences->setHtml(html);
    m_licences->setOpenExternalLinks(true);
    m_licences->setAccessibleName(tr("Licences"));
    auto *licencesLabel = new QLabel(tr("&Licences:"), this);
    licencesLabel->setBuddy(m_licences);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy version info"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versionText); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addLayout(versions);
    layout->addWidget(licencesLabel);
    layout->addWidget(m_licences, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::licenceText() const
{
    return m_licences->toPlainText();
}

} // namespace lsdesk
