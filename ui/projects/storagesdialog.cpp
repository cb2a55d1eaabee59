#include "storagesdialog.h"

#include "storagesform.h"
#include "storagesmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace lsdesk {

StoragesDialog::StoragesDialog(Client *client, int project, const QString &projectTitle, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_model(new StoragesModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Cloud Storage — %1").arg(projectTitle));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Source storages import tasks into the project when synced; target storages "
                                "receive its annotations."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_validate = new QPushButton(tr("&Validate"), this);
    m_syncButton = new QPushButton(tr("&Sync"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    for (QPushButton *b : { m_add, m_edit, m_validate, m_syncButton, m_delete, m_refresh }) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addLayout(row);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // the server tells no total: a busy indicator
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_details->hide();
    layout->addWidget(m_details);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoragesDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &StoragesDialog::addStorage);
    connect(m_edit, &QPushButton::clicked, this, &StoragesDialog::editCurrent);
    connect(m_validate, &QPushButton::clicked, this, &StoragesDialog::validateCurrent);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
        else
            syncCurrent();
    });
    connect(m_delete, &QPushButton::clicked, this, &StoragesDialog::deleteCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &StoragesDialog::refresh);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &StoragesDialog::editCurrent);
    // Enter on a row edits it (the view passes Enter on to the dialog, whose Close button must not take
    // it: closing would stop following a sync); Delete deletes, after the confirmation.
    connect(m_view, &QAbstractItemView::activated, this, &StoragesDialog::editCurrent);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(false);
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &StoragesDialog::deleteCurrent);
    m_view->addAction(deleteKey);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StoragesDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StoragesDialog::updateActions);
    resize(860, 420);
    updateActions();
    refresh();
}

StoragesDialog::~StoragesDialog()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job) {
            QObject::disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    if (m_sync) {
        QObject::disconnect(m_sync, nullptr, this, nullptr);
        m_sync->cancel();
    }
}

QString StoragesDialog::statusText() const
{
    return m_status->text();
}

QString StoragesDialog::detailsText() const
{
    return m_details->isHidden() ? QString() : m_details->toPlainText();
}

void StoragesDialog::setStatus(const QString &text, bool busy)
{
    m_status->setText(text);
    m_progress->setVisible(busy);
}

void StoragesDialog::setDetails(const QString &text)
{
    m_details->setPlainText(text);
    m_details->setVisible(!text.isEmpty());
}

const Storage *StoragesDialog::current() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->at(rows.first().row());
}

bool StoragesDialog::select(StorageDirection d, int id)
{
    const int row = m_model->rowOf(d, id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void StoragesDialog::updateActions()
{
    const bool client = !m_client.isNull();
    const Storage *s = current();
    const bool syncing = isSyncing();
    m_add->setEnabled(client);
    m_refresh->setEnabled(client);
    m_edit->setEnabled(client && s && !syncing);
    m_validate->setEnabled(client && s && !syncing && !m_validating);
    m_delete->setEnabled(client && s && !syncing);
    m_syncButton->setEnabled(client && (syncing || (s && s->synchronizable)));
    m_syncButton->setText(syncing ? tr("S&top following") : tr("&Sync"));
}

void StoragesDialog::refresh()
{
    if (!m_client)
        return;
    setStatus(tr("Loading storages…"), true);
    // Import and export storages come from two routes; the list shows both once both arrived.
    auto imports = std::make_shared<std::optional<QList<Storage>>>();
    auto exports = std::make_shared<std::optional<QList<Storage>>>();
    auto failed = std::make_shared<bool>(false);
    const auto arrived = [this, imports, exports, failed](
                             const Result<QList<Storage>> &r, std::optional<QList<Storage>> *slot) {
        if (*failed)
            return;
        if (!r.ok()) {
            *failed = true;
            setStatus(tr("Could not load the storages: %1").arg(r.error.message));
            Q_EMIT loadFailed(r.error);
            return;
        }
        *slot = *r;
        if (!*imports || !*exports)
            return;
        const int selectedId = current() ? current()->id : 0;
        const StorageDirection selectedDir = current() ? current()->direction : StorageDirection::Import;
        m_model->setStorages(**imports + **exports);
        if (selectedId)
            select(selectedDir, selectedId);
        setStatus(tr("%n storage(s).", nullptr, int(m_model->rowCount())));
        Q_EMIT loaded();
    };
    StoragesApi api(m_client);
    trackJob(api.list(m_project, StorageDirection::Import, this,
        [arrived, imports](const Result<QList<Storage>> &r) { arrived(r, imports.get()); }));
    trackJob(api.list(m_project, StorageDirection::Export, this,
        [arrived, exports](const Result<QList<Storage>> &r) { arrived(r, exports.get()); }));
}

void StoragesDialog::trackJob(ApiJob *job)
{
    // Finished jobs are gone (QPointer): drop them so the list does not grow with every click.
    m_jobs.removeIf([](const QPointer<ApiJob> &j) { return j.isNull(); });
    m_jobs.append(job);
}

void StoragesDialog::openForm(StorageFormDialog *form)
{
    m_form = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &StorageFormDialog::changedOnServer, this, &StoragesDialog::refresh);
    connect(form, &StorageFormDialog::saved, this, [this](const Storage &s) {
        select(s.direction, m_model->upsert(s) >= 0 ? s.id : 0);
        setStatus(
            tr("Saved “%1”. Sync it to bring its data in.").arg(s.title.isEmpty() ? s.location() : s.title));
        updateActions();
    });
    form->open();
}

void StoragesDialog::addStorage()
{
    if (m_client && !m_form)
        openForm(new StorageFormDialog(m_client, m_project, this));
}

void StoragesDialog::editCurrent()
{
    if (const Storage *s = current(); s && m_client && !m_form && !isSyncing())
        openForm(new StorageFormDialog(m_client, *s, this));
}

void StoragesDialog::validateCurrent()
{
    const Storage *s = current();
    if (!s || !m_client)
        return;
    setStatus(tr("Checking “%1”…").arg(s->location()), true);
    setDetails(QString());
    // The stored settings with the id: the server checks them with the secrets it keeps. The server
    // saves what it is sent before checking (a full update), so everything it stores goes along unchanged.
    QJsonObject fields = s->settings;
    fields.insert(QStringLiteral("project"), m_project);
    fields.insert(QStringLiteral("title"), s->title);
    fields.insert(QStringLiteral("description"), s->description);
    fields.insert(QStringLiteral("synchronizable"), s->synchronizable);
    const QString location = s->location();
    m_validating = true;
    updateActions();
    trackJob(StoragesApi(m_client).validate(
        s->type, s->direction, fields, s->id, this, [this, location](const Result<Empty> &r) {
            m_validating = false;
            updateActions();
            if (!r.ok()) {
                const QString why
                    = r.error.validationText().isEmpty() ? r.error.message : r.error.validationText();
                setStatus(tr("The server cannot use “%1”.").arg(location));
                setDetails(why);
                Q_EMIT validated(false);
                return;
            }
            setStatus(tr("The server can reach “%1”.").arg(location));
            Q_EMIT validated(true);
        }));
}

void StoragesDialog::syncCurrent()
{
    const Storage *s = current();
    if (!s || !m_client || isSyncing())
        return;
    setDetails(QString());
    setStatus(tr("Syncing “%1”…").arg(s->location()), true);
    auto *sync = new StorageSync(m_client, *s, this);
    sync->setPollInterval(m_pollMs);
    m_sync = sync;
    connect(sync, &StorageSync::progress, this, [this](const Storage &st) {
        m_model->upsert(st);
        if (st.isRunning())
            setStatus(tr("%1: %n item(s) so far…", nullptr, qMax(0, st.lastSyncCount))
                          .arg(StoragesModel::statusText(st)),
                true);
    });
    connect(sync, &StorageSync::finished, this, [this, sync](const Storage &st, const ApiError &error) {
        sync->deleteLater();
        m_sync.clear();
        updateActions();
        if (!error.ok()) {
            setStatus(error.kind == ApiError::Kind::Cancelled
                    ? error.message
                    : tr("The sync could not run: %1").arg(error.message));
            if (!error.validationText().isEmpty())
                setDetails(error.validationText());
            Q_EMIT syncFinished(st, error);
            return;
        }
        const int n = qMax(0, st.lastSyncCount);
        const QString counted = st.isExport() ? tr("%n annotation(s) exported", nullptr, n)
                                              : tr("%n task(s) imported", nullptr, n);
        switch (st.status) {
        case Storage::Status::Failed:
            setStatus(tr("The sync failed. The server said:"));
            setDetails(st.traceback.trimmed());
            break;
        case Storage::Status::CompletedWithErrors:
            setStatus(tr("Synced with errors: %1; some were refused:").arg(counted));
            setDetails(st.traceback.trimmed());
            break;
        default:
            setStatus(tr("Synced: %1.").arg(counted));
            break;
        }
        if (!st.isExport() && n > 0)
            Q_EMIT tasksChanged(m_project);
        Q_EMIT syncFinished(st, error);
    });
    updateActions();
    sync->start();
}

void StoragesDialog::deleteCurrent()
{
    const Storage *s = current();
    if (!s || !m_client)
        return;
    const Storage storage = *s;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Storage"),
        tr("Delete the storage “%1”? Tasks it already imported stay in the project; its files are not "
           "touched.")
            .arg(storage.title.isEmpty() ? storage.location() : storage.title),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, storage](int result) {
        if (result != QMessageBox::Yes || !m_client)
            return;
        setStatus(tr("Deleting…"), true);
        trackJob(StoragesApi(m_client).remove(
            storage.type, storage.direction, storage.id, this, [this, storage](const Result<Empty> &r) {
                if (!r.ok()) {
                    setStatus(tr("Could not delete the storage: %1").arg(r.error.message));
                    return;
                }
                m_model->remove(storage.direction, storage.id);
                setStatus(tr("Deleted."));
                updateActions();
                Q_EMIT deleted(storage.id);
            }));
    });
    box->open();
}

void StoragesDialog::reject()
{
    if (m_sync)
        m_sync->cancel();
    QDialog::reject();
}

} // namespace lsdesk
