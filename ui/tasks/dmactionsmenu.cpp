#include "dmactionsmenu.h"

#include "tasks/dmactiondialog.h"

#include <QAction>
#include <QMenu>

namespace lsdesk {

DmActionsMenu::DmActionsMenu(Client *client, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dialogParent(dialogParent)
    , m_menu(std::make_unique<QMenu>(tr("&Actions")))
{
    m_menu->setToolTipsVisible(true); // the server's reason why an action is disabled
    // Whether there is anything to act on is asked each time the menu opens: the selection changes freely.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &DmActionsMenu::updateEnabled);
    rebuildMenu();
}

DmActionsMenu::~DmActionsMenu()
{
    // No signals from here: whoever listens may be half destroyed too.
    delete m_jobContext;
    if (m_job)
        m_job->cancel();
    if (m_dialog)
        delete m_dialog.data();
}

void DmActionsMenu::setProject(int project)
{
    cancelJob();
    if (m_dialog)
        m_dialog->reject();
    m_project = project;
    m_actions.clear();
    m_loaded = false;
    m_loadError.clear();
    rebuildMenu();
    if (project > 0)
        reload();
}

void DmActionsMenu::reload()
{
    if (m_project <= 0 || m_busy)
        return;
    cancelJob();
    m_jobContext = new QObject(this);
    setBusy(true);
    m_job = DmActionsApi(m_client).list(m_project, m_jobContext, [this](const Result<QList<DmAction>> &r) {
        m_job = nullptr;
        setBusy(false);
        m_loaded = r.ok();
        if (!r.ok()) {
            m_loadError = r.error.message;
            rebuildMenu();
            Q_EMIT failed(tr("Could not load the Data Manager actions: %1").arg(r.error.message));
            return;
        }
        m_actions = *r;
        rebuildMenu();
        Q_EMIT actionsLoaded();
    });
}

void DmActionsMenu::rebuildMenu()
{
    m_menu->clear();
    if (m_project <= 0)
        return;
    if (!m_loaded) {
        QAction *placeholder = m_menu->addAction(
            m_loadError.isEmpty() ? tr("Loading actions…") : tr("Could not load the actions"));
        placeholder->setEnabled(false);
        placeholder->setToolTip(m_loadError);
        return;
    }
    if (m_actions.isEmpty()) {
        m_menu->addAction(tr("No actions available"))->setEnabled(false);
        return;
    }
    for (const DmAction &a : std::as_const(m_actions)) {
        // The server's titles are data, not markup: an '&' in one must not become a mnemonic.
        QString title = a.title.isEmpty() ? a.id : a.title;
        title.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (a.experimental)
            title = tr("%1 (experimental)").arg(title);
        QAction *act = m_menu->addAction(title + QStringLiteral("…"));
        act->setData(a.id);
        act->setObjectName(a.id);
        if (a.disabled && !a.disabledReason.isEmpty())
            act->setToolTip(a.disabledReason);
        const QString id = a.id;
        connect(act, &QAction::triggered, this, [this, id] { trigger(id); });
    }
    updateEnabled();
}

void DmActionsMenu::updateEnabled()
{
    const bool haveTasks = m_selection && !m_selection().isEmpty();
    for (QAction *act : m_menu->actions()) {
        const QString id = act->data().toString();
        if (id.isEmpty())
            continue;
        bool disabled = true;
        for (const DmAction &a : std::as_const(m_actions)) {
            if (a.id == id)
                disabled = a.disabled;
        }
        act->setEnabled(!disabled && haveTasks && !m_busy);
    }
}

bool DmActionsMenu::trigger(const QString &id)
{
    if (m_busy || (m_dialog && m_dialog->isVisible()) || m_project <= 0)
        return false;
    for (const DmAction &a : std::as_const(m_actions)) {
        if (a.id == id) {
            if (a.disabled)
                return false;
            start(a);
            return true;
        }
    }
    return false;
}

void DmActionsMenu::start(const DmAction &action)
{
    const DmSelection selection = m_selection ? m_selection() : DmSelection {};
    if (selection.isEmpty()) {
        Q_EMIT failed(tr("%1: select the tasks to apply it to first.").arg(action.title));
        return;
    }
    if (!action.dialog.formOnDemand) {
        confirm(action, action.dialog.form, selection);
        return;
    }
    // The form depends on the project's data (who annotated, which model versions): ask for it now.
    cancelJob();
    m_jobContext = new QObject(this);
    setBusy(true);
    m_job = DmActionsApi(m_client).form(
        m_project, action.id, m_jobContext, [this, action, selection](const Result<QList<DmActionField>> &r) {
            m_job = nullptr;
            setBusy(false);
            if (!r.ok()) {
                Q_EMIT failed(tr("Could not load the form of “%1”: %2").arg(action.title, r.error.message));
                return;
            }
            confirm(action, *r, selection);
        });
}

void DmActionsMenu::confirm(
    const DmAction &action, const QList<DmActionField> &form, const DmSelection &selection)
{
    if (!action.dialog.present && form.isEmpty()) {
        // The web UI runs an action without a dialog at once; so do we.
        run(action, selection, {});
        return;
    }
    auto *dlg = new DmActionDialog(action, form, scopeText(selection), m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowModality(Qt::WindowModal);
    m_dialog = dlg;
    connect(dlg, &QDialog::accepted, this,
        [this, dlg, action, selection] { run(action, selection, dlg->values()); });
    dlg->open();
}

void DmActionsMenu::run(const DmAction &action, const DmSelection &selection, const QJsonObject &values)
{
    cancelJob();
    m_jobContext = new QObject(this);
    setBusy(true);
    const QString title = action.title.isEmpty() ? action.id : action.title;
    m_job = DmActionsApi(m_client).run(m_project, action.id, selection, values, m_jobContext,
        [this, title](const Result<DmActionResult> &r) {
            m_job = nullptr;
            setBusy(false);
            if (!r.ok()) {
                QString message = r.error.message;
                // The server's own explanation, word for word, if the message does not carry it yet.
                if (!r.error.detail.isEmpty() && !message.contains(r.error.detail))
                    message = tr("%1 (%2)").arg(message, r.error.detail);
                Q_EMIT failed(tr("“%1” failed: %2").arg(title, message));
                // A failure halfway may have changed some tasks already.
                Q_EMIT refreshNeeded();
                return;
            }
            Q_EMIT finished(title, *r);
            Q_EMIT refreshNeeded();
        });
}

void DmActionsMenu::cancelJob()
{
    delete m_jobContext; // the pending callback goes with it: a cancelled job reports nothing
    m_jobContext = nullptr;
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    setBusy(false);
}

void DmActionsMenu::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateEnabled();
    Q_EMIT busyChanged(busy);
}

QString DmActionsMenu::scopeText(const DmSelection &selection) const
{
    if (!selection.all)
        return tr("It applies to %n selected task(s).", "", int(selection.included.size()));
    const QJsonArray items
        = selection.query.value(QLatin1String("filters")).toObject().value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        return selection.excluded.isEmpty()
            ? tr("It applies to all tasks of the project.")
            : tr("It applies to all tasks of the project except %n.", "", int(selection.excluded.size()));
    return selection.excluded.isEmpty() ? tr("It applies to all tasks matching the current filter.")
                                        : tr("It applies to all tasks matching the current filter except %n.",
                                            "", int(selection.excluded.size()));
}

} // namespace lsdesk
