#include "errorbanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace lsdesk {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Error message"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss the error"));
    m_retryButton->setAccessibleName(tr("Retry the failed operation"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_close);
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retry);
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    applyPalette();
    hide();
}

void ErrorBanner::showError(const QString &message, std::function<void()> retry)
{
    m_text->setText(message);
    m_retry = std::move(retry);
    m_retryButton->setVisible(bool(m_retry));
    show();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_text->text() : QString();
}

void ErrorBanner::retry()
{
    auto again = std::move(m_retry);
    m_retry = {};
    hide();
    if (again)
        again();
}

void ErrorBanner::dismiss()
{
    m_retry = {};
    hide();
}

void ErrorBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QFrame::changeEvent(event);
}

// A switch between light and dark themes reaches a widget with its own palette only as this event
// (not through changeEvent()).
bool ErrorBanner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    return handled;
}

// A tint of the palette's own colours, so the banner reads in light and dark themes alike.
void ErrorBanner::applyPalette()
{
    // Light or dark is read from the application's palette: our own Window colour is the tint itself.
    const bool dark = QApplication::palette(this).color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    const QColor tint = dark ? QColor(120, 40, 40) : QColor(255, 228, 225);
    p.setColor(QPalette::Window, tint);
    p.setColor(QPalette::WindowText, dark ? QColor(255, 235, 235) : QColor(90, 10, 10));
    setPalette(p);
}

} // namespace lsdesk
