#pragma once

#include "api/enterprisesettings.h"

#include <QHash>
#include <QObject>
#include <QVariant>

class QLabel;
class QTabWidget;
class QWidget;

namespace lsdesk {

// The editors of the Enterprise-only settings (quality, review, assignment) for the Project settings
// dialog: one tab per group, and in it a typed editor for each setting the project JSON carries (a check
// box, a spin box, a decimal spin box or a list of choices). A null number shows as "(not set)" and stays
// null until edited.
class EnterpriseSettingsEditors : public QObject
{
    Q_OBJECT
public:
    explicit EnterpriseSettingsEditors(QObject *parent = nullptr);

    // Adds the tabs to `tabs` for the settings `s` carries (none when it carries none) and fills them.
    void build(QTabWidget *tabs, const EnterpriseSettings &s);
    bool isBuilt() const { return m_built; }
    void fill(const EnterpriseSettings &s);
    // `original` with the editors' values.
    EnterpriseSettings edited(const EnterpriseSettings &original) const;
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // Shows the server's message for `key` (a top-level JSON key; a nested object's messages go to its
    // sub-keys). Returns the first editor that got a message, null when none of these settings is meant.
    QWidget *showError(const QString &key, const QJsonValue &messages);
    void clearErrors();
    QString fieldError(const QString &key) const;
    int tabOf(const QString &key) const { return m_tabOf.value(key, -1); }

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, int> m_tabOf;
    // What each editor showed right after fill(): an editor still showing it was not touched.
    QHash<QString, QVariant> m_filled;
    static QVariant shown(const QWidget *editor);
    bool m_built = false;
};

} // namespace lsdesk
