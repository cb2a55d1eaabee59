#pragma once

#include "api/dmactionsapi.h"

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace lsdesk {

// The confirmation of one Data Manager action: the server's title and text, what the action applies to,
// and one editor per form field (a combo box for "select", a check box for "checkbox"/"toggle", a line
// edit otherwise - digits only for "number"). values() is what the action's body carries.
class DmActionDialog final : public QDialog
{
    Q_OBJECT
public:
    // `scope` says in words which tasks the action touches ("3 selected tasks").
    DmActionDialog(const DmAction &action, const QList<DmActionField> &form, const QString &scope,
        QWidget *parent = nullptr);

    const DmAction &action() const { return m_action; }
    // Field name -> value; a field left empty (an "All" placeholder, a blank input) is not sent, as the
    // web UI does: the actions then take their default (all annotators, ...).
    QJsonObject values() const;
    // The editor made for field `name` (tests and accessibility), or null.
    QWidget *editorFor(const QString &name) const;

private:
    struct Editor
    {
        DmActionField field;
        QWidget *widget = nullptr;
    };

    DmAction m_action;
    QList<Editor> m_editors;
};

} // namespace lsdesk
