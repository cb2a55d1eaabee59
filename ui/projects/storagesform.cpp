#include "storagesform.h"

#include "configeditor/xmlhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lsdesk {

StorageFormDialog::StorageFormDialog(Client *client, int project, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
{
    setWindowTitle(tr("Add Cloud Storage"));
    build();
    setType(QStringLiteral("localfiles"));
}

StorageFormDialog::StorageFormDialog(Client *client, const Storage &storage, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(storage.project)
    , m_storage(storage)
{
    setWindowTitle(tr("Edit Cloud Storage"));
    build();
    fill(storage);
}

StorageFormDialog::~StorageFormDialog()
{
    if (m_job) {
        // No callback into a half-destroyed dialog.
        QObject::disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void StorageFormDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_type = new QComboBox(this);
    for (const StorageType &t : storageTypes())
        m_type->addItem(QCoreApplication::translate("StorageType", qPrintable(t.title)), t.name);
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Source: import tasks"), int(StorageDirection::Import));
    m_direction->addItem(tr("Target: export annotations"), int(StorageDirection::Export));
    m_title = new QLineEdit(this);
    m_description = new QLineEdit(this);
    m_editors.insert(QStringLiteral("title"), m_title);
    m_editors.insert(QStringLiteral("description"), m_description);
    top->addRow(tr("&Type:"), m_type);
    top->addRow(tr("&Direction:"), m_direction);
    top->addRow(tr("T&itle:"), m_title);
    top->addRow(tr("D&escription:"), m_description);
    layout->addLayout(top);
    m_fieldsBox = new QWidget(this);
    m_form = new QFormLayout(m_fieldsBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldsBox);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("storageFormError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette(); // readable on light and dark palettes
    errorPalette.setColor(QPalette::WindowText, XmlHighlighter::errorColor(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_validate = m_buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StorageFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StorageFormDialog::reject);
    connect(m_validate, &QPushButton::clicked, this, &StorageFormDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &StorageFormDialog::rebuildFields);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &StorageFormDialog::rebuildFields);
    rebuildFields();
    resize(520, sizeHint().height());
}

void StorageFormDialog::setType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

void StorageFormDialog::setDirection(StorageDirection d)
{
    m_direction->setCurrentIndex(m_direction->findData(int(d)));
}

QString StorageFormDialog::type() const
{
    return m_type->currentData().toString();
}

StorageDirection StorageFormDialog::direction() const
{
    return StorageDirection(m_direction->currentData().toInt());
}

void StorageFormDialog::rebuildFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (auto it = m_editors.begin(); it != m_editors.end();) {
        if (it.key() == QLatin1String("title") || it.key() == QLatin1String("description"))
            ++it;
        else
            it = m_editors.erase(it);
    }
    const StorageType *t = storageType(type());
    if (!t)
        return;
    QWidget *previous = m_description;
    for (const StorageField &f : t->fieldsFor(direction())) {
        QWidget *w = nullptr;
        const QString label = QCoreApplication::translate("StorageField", qPrintable(f.label));
        switch (f.kind) {
        case StorageField::Kind::Bool: {
            auto *box = new QCheckBox(label, m_fieldsBox);
            box->setChecked(f.defaultValue.toBool());
            m_form->addRow(QString(), box);
            w = box;
            break;
        }
        case StorageField::Kind::Number: {
            auto *spin = new QSpinBox(m_fieldsBox);
            spin->setRange(0, 32767);
            spin->setValue(f.defaultValue.toInt());
            m_form->addRow(label + QLatin1Char(':'), spin);
            w = spin;
            break;
        }
        case StorageField::Kind::Secret:
        case StorageField::Kind::Text: {
            auto *edit = new QLineEdit(m_fieldsBox);
            if (f.isSecret()) {
                // Typed for this request only: masked, kept out of input-method history.
                edit->setEchoMode(QLineEdit::Password);
                edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
                if (isEditing())
                    edit->setPlaceholderText(tr("(unchanged)"));
            }
            if (f.required)
                edit->setPlaceholderText(tr("required"));
            m_form->addRow(label + QLatin1Char(':'), edit);
            w = edit;
            break;
        }
        }
        w->setObjectName(f.key);
        m_editors.insert(f.key, w);
        setTabOrder(previous, w);
        previous = w;
    }
    updateState();
}

void StorageFormDialog::fill(const Storage &s)
{
    setType(s.type);
    setDirection(s.direction);
    m_type->setEnabled(false);
    m_direction->setEnabled(false);
    // Label Studio's validate route saves the edits of an existing storage before it checks them
    // (io_storages/functions.py::validate_storage_instance): say so rather than pretend it only checks.
    m_validate->setText(tr("Save and c&heck"));
    m_validate->setToolTip(tr("Label Studio saves the changes of an existing storage while it checks them."));
    m_title->setText(s.title);
    m_description->setText(s.description);
    const StorageType *t = storageType(s.type);
    if (!t)
        return;
    for (const StorageField &f : t->fieldsFor(s.direction)) {
        const QJsonValue v = s.settings.value(f.key);
        QWidget *w = m_editors.value(f.key);
        if (f.isSecret() || v.isUndefined() || v.isNull())
            continue;
        if (auto *box = qobject_cast<QCheckBox *>(w))
            box->setChecked(v.toBool());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            spin->setValue(v.toInt());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setText(v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
}

QJsonObject StorageFormDialog::fields() const
{
    QJsonObject o;
    o.insert(QStringLiteral("project"), m_project);
    o.insert(QStringLiteral("title"), m_title->text().trimmed());
    o.insert(QStringLiteral("description"), m_description->text());
    // The server's validate route updates an existing storage in full: a field left out falls back to its
    // default (synchronizable to true).
    if (isEditing())
        o.insert(QStringLiteral("synchronizable"), m_storage.synchronizable);
    const StorageType *t = storageType(type());
    if (!t)
        return o;
    for (const StorageField &f : t->fieldsFor(direction())) {
        QWidget *w = m_editors.value(f.key);
        if (auto *box = qobject_cast<QCheckBox *>(w)) {
            o.insert(f.key, box->isChecked());
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            o.insert(f.key, spin->value());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            const QString text = f.isSecret() ? edit->text() : edit->text().trimmed();
            // An empty secret keeps the server's one (edit) or sends none (add).
            if (f.isSecret() && text.isEmpty())
                continue;
            o.insert(f.key, text);
        }
    }
    return o;
}

QString StorageFormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString StorageFormDialog::statusText() const
{
    return m_status->text();
}

void StorageFormDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

ApiError StorageFormDialog::redacted(const ApiError &error, const QJsonObject &sent) const
{
    // Against what was sent, not the form now: the form may have changed while the request travelled.
    ApiError e = error;
    if (const StorageType *t = storageType(type())) {
        e.message = t->redact(e.message, sent);
        e.detail = t->redact(e.detail, sent);
        const QJsonDocument v(e.validationErrors);
        e.validationErrors
            = QJsonDocument::fromJson(t->redact(QString::fromUtf8(v.toJson()), sent).toUtf8()).object();
    }
    return e;
}

void StorageFormDialog::showError(const ApiError &error)
{
    // The server's own words: its validation errors, else its detail, else what went wrong on the way.
    // `error` is already redacted (redacted()).
    QString text = error.validationText();
    if (text.isEmpty())
        text = error.detail.isEmpty() ? error.message : error.detail;
    m_error->setText(text);
    m_error->show();
    // Focus the first field the server names.
    for (auto it = error.validationErrors.begin(); it != error.validationErrors.end(); ++it) {
        if (QWidget *w = m_editors.value(it.key())) {
            w->setFocus();
            break;
        }
    }
}

void StorageFormDialog::updateState()
{
    const bool busy = isBusy();
    // The whole form: a type switched mid-request would rebuild the fields the reply is checked against.
    m_fieldsBox->setEnabled(!busy);
    m_title->setEnabled(!busy);
    m_description->setEnabled(!busy);
    m_type->setEnabled(!busy && !isEditing());
    m_direction->setEnabled(!busy && !isEditing());
    m_validate->setEnabled(!busy && m_client);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && m_client);
}

void StorageFormDialog::validate()
{
    if (!m_client || isBusy())
        return;
    m_error->hide();
    setStatus(isEditing() ? tr("Saving and checking the connection…") : tr("Checking the connection…"));
    const QJsonObject sent = fields();
    m_job = StoragesApi(m_client).validate(
        type(), direction(), sent, m_storage.id, this, [this, sent](const Result<Empty> &r) {
            m_job.clear();
            updateState();
            if (isEditing() && r.error.kind != ApiError::Kind::Cancelled
                && r.error.kind != ApiError::Kind::Network && r.error.kind != ApiError::Kind::Timeout) {
                // The server saved the edits before checking: the list must show them, and Cancel can no
                // longer undo them.
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
                Q_EMIT changedOnServer();
            }
            if (!r.ok()) {
                setStatus(QString());
                const ApiError e = redacted(r.error, sent);
                showError(e);
                Q_EMIT validated(false);
                return;
            }
            setStatus(isEditing() ? tr("Saved. The server can reach this storage.")
                                  : tr("The server can reach this storage."));
            Q_EMIT validated(true);
        });
    updateState();
}

void StorageFormDialog::save()
{
    if (!m_client || isBusy())
        return;
    m_error->hide();
    setStatus(tr("Saving…"));
    const QJsonObject sent = fields();
    const auto done = [this, sent](const Result<Storage> &r) {
        m_job.clear();
        updateState();
        if (!r.ok()) {
            setStatus(QString());
            const ApiError e = redacted(r.error, sent);
            showError(e);
            Q_EMIT saveFailed(e);
            return;
        }
        setStatus(QString());
        Q_EMIT saved(*r);
        accept();
    };
    StoragesApi api(m_client);
    m_job = isEditing() ? api.update(type(), direction(), m_storage.id, sent, this, done)
                        : api.create(type(), direction(), sent, this, done);
    updateState();
}

void StorageFormDialog::reject()
{
    if (m_job) {
        // The server may have received it (a create, an edit): the list must be read again.
        m_job->cancel();
        Q_EMIT changedOnServer();
    }
    QDialog::reject();
}

} // namespace lsdesk
