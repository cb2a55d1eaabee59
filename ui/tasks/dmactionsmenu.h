#pragma once

#include "api/dmactionsapi.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QMenu;

namespace lsdesk {

class DmActionDialog;

// The Data Manager actions of one project as a menu: whatever GET api/dm/actions/ lists for the user
// (experimental ones marked, disabled ones greyed with the server's reason). Choosing one asks the
// selection provider which tasks it applies to, fetches the action's form if the server computes it,
// shows the server's confirmation with that form (DmActionDialog, window-modal, non-blocking) and runs
// the action. One action runs at a time; a new project or the object's end cancels what is in flight.
class DmActionsMenu : public QObject
{
    Q_OBJECT
public:
    // The tasks an action applies to right now: the table's selected ids, or "all that the current
    // filter matches" (DmSelection::allMatching with the filter query).
    using SelectionProvider = std::function<DmSelection()>;

    DmActionsMenu(Client *client, QWidget *dialogParent, QObject *parent = nullptr);
    ~DmActionsMenu() override;

    // Loads the actions of `project` (0 clears the menu) and cancels whatever ran for the previous one.
    void setProject(int project);
    int project() const { return m_project; }
    // Fetches the list again (after a server-side change of permissions or feature flags).
    void reload();
    void setSelectionProvider(SelectionProvider provider) { m_selection = std::move(provider); }

    QMenu *menu() const { return m_menu.get(); }
    const QList<DmAction> &actions() const { return m_actions; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    // The confirmation on screen, if any (tests, and the pane's shortcuts while it is open).
    DmActionDialog *dialog() const { return m_dialog; }
    // Starts action `id` as if chosen from the menu; false if unknown, disabled or another one runs.
    bool trigger(const QString &id);

Q_SIGNALS:
    void actionsLoaded();
    void busyChanged(bool busy);
    // The action ran; `result` is the server's reply (processed_items, detail, reload).
    void finished(const QString &actionTitle, const DmActionResult &result);
    // Loading the list, the form or running an action failed; `message` carries the server's words.
    void failed(const QString &message);
    // The action changed tasks: the table should load again.
    void refreshNeeded();

private:
    void rebuildMenu();
    void updateEnabled();
    void start(const DmAction &action);
    void confirm(const DmAction &action, const QList<DmActionField> &form, const DmSelection &selection);
    void run(const DmAction &action, const DmSelection &selection, const QJsonObject &values);
    void cancelJob();
    void setBusy(bool busy);
    QString scopeText(const DmSelection &selection) const;

    Client *m_client;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<QMenu> m_menu;
    SelectionProvider m_selection;
    QList<DmAction> m_actions;
    int m_project = 0;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_loadError;
    // Callbacks are bound to this context; deleting it silences a cancelled job's completion.
    QObject *m_jobContext = nullptr;
    QPointer<ApiJob> m_job;
    QPointer<DmActionDialog> m_dialog;
};

} // namespace lsdesk
