#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lsdesk {

class AppSettings;

// Edits AppSettings: request timeout, tasks page size, proxy, extra CA bundle, log file. Invalid input
// (a proxy that is not host:port, a CA bundle that cannot be read) is explained next to the field and
// nothing is saved until it is fixed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Saves when everything is valid; otherwise shows why and returns false.
    bool apply();
    void accept() override;

private:
    void updateProxyState();

    AppSettings *m_settings;
    QSpinBox *m_timeout;
    QSpinBox *m_pageSize;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxy;
    QLineEdit *m_caBundle;
    QLineEdit *m_logFile;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace lsdesk
