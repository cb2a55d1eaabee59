#include "tasks/taskdatadialog.h"

#include "api/projectsapi.h"
#include "api/tasksapi.h"
#include "import/importsource.h"
#include "labelconfig/labelinterface.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isUndefined() || v.isNull())
        return {};
    return v.toVariant().toString();
}

} // namespace

TaskDataDialog::TaskDataDialog(Client *client, int project, int taskId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_taskId(taskId)
    , m_error(new QLabel(this))
    , m_form(new QWidget(this))
{
    setWindowTitle(taskId ? tr("Edit task %1").arg(taskId) : tr("New task"));
    resize(640, 520);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(taskId ? tr("&Save") : tr("&Create"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &TaskDataDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_form, 1);
    lay->addWidget(m_error);
    lay->addWidget(buttons);

    ProjectsApi(m_client).get(m_project, this, [this](const Result<Project> &p) {
        if (!p.ok()) {
            showError(tr("Could not read the project: %1").arg(p.error.message));
            return;
        }
        const QString config = p->labelConfig;
        if (!m_taskId) {
            build(config, {});
            return;
        }
        TasksApi(m_client).get(m_taskId, this, [this, config](const Result<Task> &t) {
            if (!t.ok()) {
                showError(tr("Could not read task %1: %2").arg(m_taskId).arg(t.error.message));
                return;
            }
            build(config, t->data);
        });
    });
}

void TaskDataDialog::build(const QString &labelConfig, const QJsonObject &data)
{
    auto *form = new QFormLayout(m_form);
    XmlError error;
    const auto config = LabelInterface::parse(labelConfig, &error);
    QStringList variables;
    QHash<QString, QString> types;
    if (config) {
        variables = import::configVariables(*config);
        for (const ObjectTagInfo &o : config->objects())
            if (o.valueIsVariable())
                types.insert(o.valueName(), o.tag);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString &v : variables) {
        auto *edit = new QPlainTextEdit(m_form);
        edit->setTabChangesFocus(true);
        edit->setPlainText(valueText(data.value(v)));
        edit->setAccessibleName(v);
        edit->setMaximumHeight(
            types.value(v).compare(QLatin1String("Text"), Qt::CaseInsensitive) == 0 ? 160 : 70);
        const QString type = types.value(v);
        auto *label = new QLabel(
            type.isEmpty() ? QStringLiteral("$%1:").arg(v) : QStringLiteral("$%1 (%2):").arg(v, type),
            m_form);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_fields << Field { v, edit };
    }
    QJsonObject other = data;
    for (const QString &v : variables)
        other.remove(v);
    m_other = new QPlainTextEdit(m_form);
    m_other->setTabChangesFocus(true);
    m_other->setFont(mono);
    m_other->setAccessibleName(tr("Other data (JSON object)"));
    m_other->setPlaceholderText(QStringLiteral("{}"));
    if (!other.isEmpty())
        m_other->setPlainText(
            QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Indented)).trimmed());
    auto *otherLabel = new QLabel(tr("&Other data (JSON):"), m_form);
    otherLabel->setBuddy(m_other);
    form->addRow(otherLabel, m_other);
    if (!config)
        showError(tr("The project's labeling config does not parse: enter all the data as JSON."));
    m_loaded = true;
    m_save->setEnabled(true);
    m_save->setDefault(true);
    if (!m_fields.isEmpty())
        m_fields.first().editor->setFocus();
    else
        m_other->setFocus();
}

QPlainTextEdit *TaskDataDialog::editorFor(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.name == name)
            return f.editor;
    return nullptr;
}

QString TaskDataDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TaskDataDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

std::optional<QJsonObject> TaskDataDialog::data()
{
    QJsonObject data;
    const QString otherText = m_other ? m_other->toPlainText().trimmed() : QString();
    if (!otherText.isEmpty()) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(otherText.toUtf8(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            showError(perr.error != QJsonParseError::NoError
                    ? tr("Other data is not valid JSON at character %1: %2. Nothing was saved.")
                          .arg(perr.offset)
                          .arg(perr.errorString())
                    : tr("Other data must be a JSON object ({\"key\": value}). Nothing was saved."));
            m_other->setFocus();
            return std::nullopt;
        }
        data = doc.object();
    }
    for (const Field &f : m_fields) {
        const QString text = f.editor->toPlainText();
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &perr);
            if (perr.error == QJsonParseError::NoError) {
                data.insert(f.name, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
                continue;
            }
        }
        data.insert(f.name, text);
    }
    if (data.isEmpty()) {
        showError(tr("A task needs some data. Nothing was saved."));
        return std::nullopt;
    }
    return data;
}

void TaskDataDialog::save()
{
    if (!m_loaded || m_saving)
        return;
    const auto d = data();
    if (!d)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    showError({});
    auto done = [this](const Result<Task> &r) {
        m_saving = false;
        m_save->setEnabled(true);
        if (!r.ok()) {
            // The edits stay in the dialog.
            showError(tr("The server refused the task: %1").arg(r.error.message));
            return;
        }
        Q_EMIT saved(*r);
        accept();
    };
    if (m_taskId)
        TasksApi(m_client).update(m_taskId, QJsonObject { { QStringLiteral("data"), *d } }, this, done);
    else
        TasksApi(m_client).create(m_project, *d, {}, this, done);
}

} // namespace lsdesk
