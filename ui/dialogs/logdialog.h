#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace lsdesk {

// Help › Show log: the end of the app's log file (which never holds keys or tokens), with Reload and
// a button that opens the folder. Only the last part is read, so a large log does not stall the UI.
class LogDialog : public QDialog
{
    Q_OBJECT
public:
    LogDialog(const QString &path, QWidget *parent = nullptr);

    static constexpr qint64 kTailBytes = 512 * 1024;

public Q_SLOTS:
    void reload();

private:
    QString m_path;
    QLabel *m_where;
    QPlainTextEdit *m_text;
};

} // namespace lsdesk
