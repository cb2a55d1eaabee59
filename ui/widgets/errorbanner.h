#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace lsdesk {

// A non-modal strip above the panes for errors: the message (selectable, so it can be copied into a
// bug report), a Retry button when the failed operation can be repeated, and a close button. A newer
// error replaces the older one; nothing waits for the user.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message`; with `retry`, a Retry button calls it (once) and hides the banner.
    void showError(const QString &message, std::function<void()> retry = {});
    QString message() const;
    bool canRetry() const { return bool(m_retry); }

public Q_SLOTS:
    void retry();
    void dismiss();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retryButton;
    QPushButton *m_close;
    std::function<void()> m_retry;
};

} // namespace lsdesk
