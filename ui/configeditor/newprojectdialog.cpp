#include "configeditor/newprojectdialog.h"

#include "api/client.h"
#include "api/projectsapi.h"
#include "api/templatesapi.h"
#include "configeditor/templatechooser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lsdesk {

NewProjectDialog::NewProjectDialog(Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_chooser(new TemplateChooser(this))
    , m_configNote(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit in the config editor…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Project"));

    m_title->setAccessibleName(tr("Project title"));
    m_title->setPlaceholderText(tr("Required"));
    m_description->setAccessibleName(tr("Project description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);

    m_configNote->setWordWrap(true);
    m_configNote->setTextFormat(Qt::PlainText);
    m_configNote->setAccessibleName(tr("Label config source"));
    m_edit->setAutoDefault(false);
    m_edit->setVisible(false); // shown when the window offers the editor (showEvent)
    auto *configRow = new QHBoxLayout;
    configRow->addWidget(m_configNote, 1);
    configRow->addWidget(m_edit);

    m_progress->setRange(0, 0); // busy: the server says nothing about its progress
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));
    // The server's own words, as many lines as it sends, selectable for a bug report.
    m_error->setReadOnly(true);
    m_error->setAccessibleName(tr("Server error"));
    m_error->setTabChangesFocus(true);
    m_error->setMaximumHeight(m_error->fontMetrics().lineSpacing() * 6);
    m_error->setVisible(false);

    createButton()->setText(tr("&Create"));
    m_cancelText = m_buttons->button(QDialogButtonBox::Cancel)->text();
    createButton()->setDefault(true);

    auto *templateLabel = new QLabel(tr("Te&mplate:"), this);
    templateLabel->setBuddy(m_chooser->filterEdit());
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(templateLabel);
    layout->addWidget(m_chooser, 1);
    layout->addLayout(configRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(820, 620);

    connect(m_title, &QLineEdit::textChanged, this, &NewProjectDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editConfigRequested(m_config); });
    connect(m_chooser, &TemplateChooser::templateChosen, this, [this](const QString &xml) {
        const ConfigTemplate *t = m_chooser->catalog().find(m_chooser->currentId());
        m_config = xml;
        m_configSource = t ? t->title : QString();
        updateConfigNote();
    });
    // Enter on a template: the choice is made, go on to Create.
    connect(m_chooser, &TemplateChooser::templateActivated, this, [this] { createButton()->setFocus(); });

    // The chooser highlighted its first template (blank) before we listened.
    if (const ConfigTemplate *t = m_chooser->catalog().find(m_chooser->currentId())) {
        m_config = t->xml;
        m_configSource = t->title;
    }
    updateConfigNote();
    updateButtons();
    m_title->setFocus();
    if (m_client)
        fetchServerTemplates();
}

NewProjectDialog::~NewProjectDialog()
{
    // Stop what still runs, its callbacks cut first: cancel() finishes the job at once, and this object
    // is half destroyed.
    for (ApiJob *job : { m_templatesJob.data(), m_job.data() }) {
        if (!job)
            continue;
        QObject::disconnect(job, nullptr, this, nullptr);
        if (QObject *context = m_context)
            QObject::disconnect(job, nullptr, context, nullptr);
        job->cancel();
    }
}

QPushButton *NewProjectDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString NewProjectDialog::projectTitle() const
{
    return m_title->text();
}

void NewProjectDialog::setProjectTitle(const QString &title)
{
    m_title->setText(title);
}

QString NewProjectDialog::description() const
{
    return m_description->toPlainText();
}

void NewProjectDialog::setDescription(const QString &description)
{
    m_description->setPlainText(description);
}

void NewProjectDialog::setLabelConfig(const QString &xml)
{
    m_config = xml;
    m_configSource.clear();
    updateConfigNote();
}

QString NewProjectDialog::errorText() const
{
    return m_error->toPlainText();
}

QString NewProjectDialog::configNote() const
{
    return m_configNote->text();
}

void NewProjectDialog::showEvent(QShowEvent *event)
{
    m_edit->setVisible(isSignalConnected(QMetaMethod::fromSignal(&NewProjectDialog::editConfigRequested)));
    QDialog::showEvent(event);
}

void NewProjectDialog::fetchServerTemplates()
{
    m_serverNote = tr("Reading the server's templates…");
    updateConfigNote();
    m_templatesJob = TemplatesApi(m_client).list(this, [this](const Result<ServerTemplates> &r) {
        if (!r.ok()) {
            // Not an error of the dialog: the built-ins are there. Say why the gallery is missing.
            m_serverNote = r.error.isNotFound()
                ? tr("This server has no template gallery.")
                : tr("The server's templates could not be read: %1").arg(r.error.message);
            updateConfigNote();
            Q_EMIT serverTemplatesLoaded(-1);
            return;
        }
        const int added = m_chooser->mergeServerTemplates(*r);
        m_serverNote = tr("%n template(s) from the server's gallery added.", nullptr, added);
        updateConfigNote();
        Q_EMIT serverTemplatesLoaded(added);
    });
}

void NewProjectDialog::updateConfigNote()
{
    QString note = m_configSource.isEmpty() ? tr("Config: edited in the config editor.")
                                            : tr("Config: the template \"%1\".").arg(m_configSource);
    if (!m_serverNote.isEmpty())
        note += QLatin1Char(' ') + m_serverNote;
    m_configNote->setText(note);
}

void NewProjectDialog::updateButtons()
{
    const bool creating = isCreating();
    createButton()->setEnabled(m_client && !creating && !m_title->text().trimmed().isEmpty());
    createButton()->setToolTip(m_title->text().trimmed().isEmpty() ? tr("Enter a title first") : QString());
}

void NewProjectDialog::setCreating(bool creating)
{
    m_progress->setVisible(creating);
    m_title->setEnabled(!creating);
    m_description->setEnabled(!creating);
    m_chooser->setEnabled(!creating);
    m_edit->setEnabled(!creating);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(creating ? tr("&Stop") : m_cancelText);
    updateButtons();
}

void NewProjectDialog::showError(const QString &text)
{
    m_error->setPlainText(text);
    m_error->setVisible(!text.isEmpty());
}

void NewProjectDialog::accept()
{
    create();
}

void NewProjectDialog::create()
{
    if (!m_client || isCreating() || m_title->text().trimmed().isEmpty())
        return;
    showError(QString());
    const QJsonObject fields { { QStringLiteral("title"), m_title->text().trimmed() },
        { QStringLiteral("description"), m_description->toPlainText() },
        { QStringLiteral("label_config"), m_config } };
    auto *context = new QObject(this);
    m_context = context;
    m_job = ProjectsApi(m_client).create(fields, context, [this, context](const Result<Project> &r) {
        if (context != m_context)
            return; // cancelled meanwhile
        onCreated(r);
    });
    m_status->setText(tr("Creating the project…"));
    setCreating(true);
}

void NewProjectDialog::cancelCreate()
{
    if (!isCreating())
        return;
    // Drop the callback first, so that the cancelled job's reply is not taken for the server's answer.
    delete m_context.data();
    if (ApiJob *job = m_job)
        job->cancel();
    m_job = nullptr;
    setCreating(false);
    // A POST that reached the server may have created the project even so.
    m_status->setText(tr("Stopped. If the request had reached the server, the project may exist anyway: "
                         "check the project list before creating it again."));
}

void NewProjectDialog::reject()
{
    if (isCreating()) {
        cancelCreate();
        return;
    }
    QDialog::reject();
}

void NewProjectDialog::onCreated(const Result<Project> &result)
{
    if (QObject *context = m_context) {
        m_context = nullptr;
        context->deleteLater();
    }
    m_job = nullptr;
    setCreating(false);
    if (!result.ok()) {
        m_status->setText(tr("The server did not create the project."));
        // The server's validation errors verbatim ("label_config: ..."); otherwise our explanation.
        const QString validation = result.error.validationText();
        showError(validation.isEmpty() ? result.error.message : validation);
        return;
    }
    m_status->setText(tr("Project \"%1\" created.").arg(result->title));
    m_created = *result;
    Q_EMIT projectCreated(*result);
    QDialog::accept();
}

} // namespace lsdesk
