#include "logdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

namespace lsdesk {

LogDialog::LogDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_where(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Log"));
    resize(900, 560);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Log messages"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    auto *folder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogDialog::reject);
    connect(reloadButton, &QPushButton::clicked, this, &LogDialog::reload);
    connect(folder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    reload();
}

void LogDialog::reload()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_where->setText(tr("%1 — not readable: %2").arg(m_path, f.errorString()));
        m_text->clear();
        return;
    }
    const qint64 size = f.size();
    if (size > kTailBytes) {
        f.seek(size - kTailBytes);
        f.readLine(); // start at a line boundary
    }
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
    m_where->setText(size > kTailBytes
            ? tr("%1 — the last %2 KiB of %3 KiB").arg(m_path).arg(kTailBytes / 1024).arg(size / 1024)
            : m_path);
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

} // namespace lsdesk
