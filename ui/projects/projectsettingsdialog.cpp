#include "projects/projectsettingsdialog.h"

#include "api/client.h"
#include "api/projectsapi.h"
#include "configeditor/xmlhighlighter.h"
#include "projects/enterprisesettingseditors.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
QCheckBox *checkBox(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QCheckBox(text, parent);
    b->setToolTip(tip);
    return b;
}

QPlainTextEdit *textEdit(QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true); // keyboard users leave the field with Tab
    e->setMinimumHeight(80);
    return e;
}

// Selects the item whose data is `value`; a value the choices lack (a later server's, or null) is added as
// it is, so that an untouched combo reads back the same value and nothing is sent for it.
void selectValue(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(
            value.isEmpty() ? QCoreApplication::translate("ProjectSettingsDialog", "(not set)") : value,
            value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(Client *client, int projectId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_enterpriseEditors(new EnterpriseSettingsEditors(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Project settings"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildInstructions(), tr("&Instructions"));
    m_tabs->addTab(buildAnnotation(), tr("&Annotation"));
    m_tabs->addTab(buildSampling(), tr("Sa&mpling"));
    m_tabs->addTab(buildMachineLearning(), tr("Machine &learning"));

    m_progress->setRange(0, 0); // busy: the server gives no progress for one request
    m_progress->setMaximumHeight(m_progress->sizeHint().height() / 2 + 2);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(
        m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ProjectSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectSettingsDialog::reject);

    // Every edit may change what Save would send; editing a refused field takes its error away (the user
    // is answering it).
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QLabel *error = m_errors.value(it.key());
        const auto edited = [this, error] {
            error->setVisible(false);
            updateState();
        };
        QWidget *w = it.value();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textEdited, this, edited);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            connect(t, &QPlainTextEdit::textChanged, this, edited);
        else if (auto *c = qobject_cast<QCheckBox *>(w))
            connect(c, &QCheckBox::toggled, this, edited);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, edited);
        else if (auto *b = qobject_cast<QComboBox *>(w))
            connect(b, &QComboBox::currentTextChanged, this, edited);
        if (auto *e = qobject_cast<QLineEdit *>(w)) // programmatic changes count too, without hiding
            connect(e, &QLineEdit::textChanged, this, &ProjectSettingsDialog::updateState);
    }
    connect(m_color, &QLineEdit::textChanged, this, &ProjectSettingsDialog::setColor);
    connect(
        m_enterpriseEditors, &EnterpriseSettingsEditors::changed, this, &ProjectSettingsDialog::updateState);

    resize(620, 520);
    load();
}

ProjectSettingsDialog::~ProjectSettingsDialog()
{
    if (m_job)
        m_job->cancel();
    if (m_versionsJob)
        m_versionsJob->cancel();
}

void ProjectSettingsDialog::addRow(
    QFormLayout *form, const QString &key, const QString &label, QWidget *editor)
{
    auto *error = new QLabel(form->parentWidget());
    error->setWordWrap(true);
    error->setVisible(false);
    // The error colour derives from the palette, so it reads on light and dark themes.
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, XmlHighlighter::errorColor(palette()));
    error->setPalette(p);
    auto *box = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(error);
    if (label.isEmpty())
        form->addRow(box);
    else
        form->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
        l->setBuddy(editor);
    m_editors.insert(key, editor);
    m_errors.insert(key, error);
    m_tabOf.insert(key, m_tabs->count());
}

QWidget *ProjectSettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setMaxLength(50); // PROJECT_TITLE_MAX_LEN; the server also wants at least 3
    addRow(form, QStringLiteral("title"), tr("&Title:"), m_title);
    m_description = textEdit(page);
    addRow(form, QStringLiteral("description"), tr("&Description:"), m_description);

    auto *colorBox = new QWidget(page);
    auto *h = new QHBoxLayout(colorBox);
    h->setContentsMargins(0, 0, 0, 0);
    m_colorButton = new QToolButton(colorBox);
    m_colorButton->setToolTip(tr("Choose a colour"));
    m_colorButton->setAccessibleName(tr("Choose a colour"));
    m_color = new QLineEdit(colorBox);
    m_color->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_color->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#[0-9A-Fa-f]{0,6}")), m_color));
    h->addWidget(m_colorButton);
    h->addWidget(m_color, 1);
    connect(m_colorButton, &QToolButton::clicked, this, &ProjectSettingsDialog::pickColor);
    addRow(form, QStringLiteral("color"), tr("&Colour:"), colorBox);
    m_editors.insert(QStringLiteral("color"), m_color); // the hex field is the value
    return page;
}

QWidget *ProjectSettingsDialog::buildInstructions()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_instructions = textEdit(page);
    m_instructions->setPlaceholderText(tr("Instructions for annotators, in HTML"));
    addRow(form, QStringLiteral("expert_instruction"), tr("&Text:"), m_instructions);
    m_showInstruction = checkBox(tr("&Show the instructions before labeling"),
        tr("Annotators see the instructions before they start"), page);
    addRow(form, QStringLiteral("show_instruction"), QString(), m_showInstruction);
    return page;
}

QWidget *ProjectSettingsDialog::buildAnnotation()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_showSkip = checkBox(tr("Show the S&kip button"), tr("Annotators may skip a task"), page);
    addRow(form, QStringLiteral("show_skip_button"), QString(), m_showSkip);
    m_emptyAnnotation = checkBox(
        tr("Allow &empty annotations"), tr("Annotators may submit an annotation with no result"), page);
    addRow(form, QStringLiteral("enable_empty_annotation"), QString(), m_emptyAnnotation);
    m_history
        = checkBox(tr("Show annotation &history"), tr("Annotators see the history of an annotation"), page);
    addRow(form, QStringLiteral("show_annotation_history"), QString(), m_history);
    m_maxAnnotations = new QSpinBox(page);
    m_maxAnnotations->setRange(1, 10000);
    m_maxAnnotations->setToolTip(tr("A task with this many annotations is finished"));
    addRow(form, QStringLiteral("maximum_annotations"), tr("Annotations &per task:"), m_maxAnnotations);
    m_groundTruthFirst = checkBox(tr("Show ground truth tasks &first"),
        tr("Onboarding: annotators get ground truth tasks first"), page);
    addRow(form, QStringLiteral("show_ground_truth_first"), QString(), m_groundTruthFirst);
    m_overlapFirst = checkBox(tr("Show &overlapping tasks first"),
        tr("Tasks meant for several annotators come first in the queue"), page);
    addRow(form, QStringLiteral("show_overlap_first"), QString(), m_overlapFirst);
    m_overlapPercentage = new QSpinBox(page);
    m_overlapPercentage->setRange(0, 100);
    m_overlapPercentage->setSuffix(QStringLiteral(" %"));
    addRow(form, QStringLiteral("overlap_cohort_percentage"), tr("O&verlap cohort:"), m_overlapPercentage);
    return page;
}

QWidget *ProjectSettingsDialog::buildSampling()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_sampling = new QComboBox(page);
    for (const auto &c : ProjectSettings::samplingChoices())
        m_sampling->addItem(c.text, c.value);
    addRow(form, QStringLiteral("sampling"), tr("&Task order:"), m_sampling);
    m_skipQueue = new QComboBox(page);
    for (const auto &c : ProjectSettings::skipQueueChoices())
        m_skipQueue->addItem(c.text, c.value);
    addRow(form, QStringLiteral("skip_queue"), tr("&Skipped tasks:"), m_skipQueue);
    return page;
}

QWidget *ProjectSettingsDialog::buildMachineLearning()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_modelVersion = new QComboBox(page);
    m_modelVersion->setEditable(true); // the server's list may be incomplete: a live backend's title works
    m_modelVersion->setInsertPolicy(QComboBox::NoInsert);
    m_modelVersion->setToolTip(tr("The predictions' model version or a connected model's title; empty for "
                                  "none"));
    addRow(form, QStringLiteral("model_version"), tr("Model &version:"), m_modelVersion);
    m_collabPredictions
        = checkBox(tr("Show &predictions to annotators"), tr("Annotators see the model's predictions"), page);
    addRow(form, QStringLiteral("show_collab_predictions"), QString(), m_collabPredictions);
    // The server clears the model version whenever predictions are hidden from annotators: the version is
    // only editable while they are shown, so that the dialog never offers what the server would drop.
    connect(m_collabPredictions, &QCheckBox::toggled, m_modelVersion, &QWidget::setEnabled);
    m_reveal = checkBox(tr("&Reveal pre-annotations interactively"),
        tr("Pre-annotated regions appear one by one as the annotator works"), page);
    addRow(form, QStringLiteral("reveal_preannotations_interactively"), QString(), m_reveal);
    m_evaluate = checkBox(tr("Retrieve predictions &when loading a task"),
        tr("Asks the connected model for predictions each time a task is opened"), page);
    addRow(form, QStringLiteral("evaluate_predictions_automatically"), QString(), m_evaluate);
    m_minToTrain = new QSpinBox(page);
    m_minToTrain->setRange(0, 1000000);
    m_minToTrain->setSpecialValueText(tr("Never"));
    m_minToTrain->setToolTip(tr("Start training the model after this many completed tasks"));
    addRow(form, QStringLiteral("min_annotations_to_start_training"), tr("&Train after:"), m_minToTrain);
    return page;
}

void ProjectSettingsDialog::load()
{
    setStatus(tr("Loading the project…"), true);
    if (!m_client) {
        setStatus(tr("Not connected."), false);
        return;
    }
    m_job = ProjectsApi(m_client).get(m_projectId, this, [this](const Result<Project> &r) {
        m_job.clear();
        if (!r.ok()) {
            setStatus(tr("Could not load the project: %1").arg(r.error.message), false);
            return;
        }
        m_original = ProjectSettings::fromJson(r->raw);
        m_originalEnterprise = EnterpriseSettings::fromJson(r->raw);
        fill(m_original);
        if (m_enterprise)
            m_enterpriseEditors->build(m_tabs, m_originalEnterprise);
        m_loaded = true;
        setWindowTitle(tr("Project settings – %1").arg(r->title));
        setStatus(QString(), false);
        loadModelVersions();
        Q_EMIT loaded();
    });
    updateState();
}

void ProjectSettingsDialog::loadModelVersions()
{
    if (!m_client)
        return;
    RequestSpec s;
    s.path = QStringLiteral("api/projects/%1/model-versions/").arg(m_projectId);
    // The reply is {"version": count}; anything else leaves the combo as it is (it stays editable).
    const auto parse = [](const QByteArray &body, QString *) -> std::optional<QStringList> {
        return QJsonDocument::fromJson(body).object().keys();
    };
    m_versionsJob = m_client->call<QStringList>(
        s, this,
        [this](const Result<QStringList> &r) {
            if (!r.ok())
                return;
            const QString current = m_modelVersion->currentText();
            for (const QString &v : *r) {
                if (m_modelVersion->findText(v) < 0)
                    m_modelVersion->addItem(v);
            }
            m_modelVersion->setCurrentText(current);
        },
        parse);
}

void ProjectSettingsDialog::fill(const ProjectSettings &s)
{
    m_title->setText(s.title);
    m_description->setPlainText(s.description);
    m_color->setText(s.color);
    setColor(s.color);
    m_instructions->setPlainText(s.expertInstruction);
    m_showInstruction->setChecked(s.showInstruction);
    m_showSkip->setChecked(s.showSkipButton);
    m_emptyAnnotation->setChecked(s.enableEmptyAnnotation);
    m_history->setChecked(s.showAnnotationHistory);
    m_maxAnnotations->setValue(s.maximumAnnotations);
    m_groundTruthFirst->setChecked(s.showGroundTruthFirst);
    m_overlapFirst->setChecked(s.showOverlapFirst);
    m_overlapPercentage->setValue(s.overlapCohortPercentage);
    selectValue(m_sampling, s.sampling);
    selectValue(m_skipQueue, s.skipQueue);
    m_modelVersion->clear();
    m_modelVersion->addItem(QString()); // none
    if (!s.modelVersion.isEmpty())
        m_modelVersion->addItem(s.modelVersion);
    m_modelVersion->setCurrentText(s.modelVersion);
    m_collabPredictions->setChecked(s.showCollabPredictions);
    m_modelVersion->setEnabled(s.showCollabPredictions);
    m_reveal->setChecked(s.revealPreannotationsInteractively);
    m_evaluate->setChecked(s.evaluatePredictionsAutomatically);
    m_minToTrain->setValue(s.minAnnotationsToStartTraining);
}

ProjectSettings ProjectSettingsDialog::edited() const
{
    ProjectSettings s = m_original;
    if (!m_loaded)
        return s;
    s.title = m_title->text();
    s.description = m_description->toPlainText();
    s.color = m_color->text();
    s.expertInstruction = m_instructions->toPlainText();
    s.showInstruction = m_showInstruction->isChecked();
    s.showSkipButton = m_showSkip->isChecked();
    s.enableEmptyAnnotation = m_emptyAnnotation->isChecked();
    s.showAnnotationHistory = m_history->isChecked();
    s.maximumAnnotations = m_maxAnnotations->value();
    s.showGroundTruthFirst = m_groundTruthFirst->isChecked();
    s.showOverlapFirst = m_overlapFirst->isChecked();
    s.overlapCohortPercentage = m_overlapPercentage->value();
    s.sampling = m_sampling->currentData().toString();
    s.skipQueue = m_skipQueue->currentData().toString();
    s.modelVersion = m_modelVersion->currentText();
    s.showCollabPredictions = m_collabPredictions->isChecked();
    s.revealPreannotationsInteractively = m_reveal->isChecked();
    s.evaluatePredictionsAutomatically = m_evaluate->isChecked();
    s.minAnnotationsToStartTraining = m_minToTrain->value();
    return s;
}

QJsonObject ProjectSettingsDialog::changes() const
{
    QJsonObject body = edited().changedFields(m_original);
    if (m_loaded && m_enterpriseEditors->isBuilt()) {
        const QJsonObject more
            = m_enterpriseEditors->edited(m_originalEnterprise).changedFields(m_originalEnterprise);
        for (auto it = more.begin(); it != more.end(); ++it)
            body.insert(it.key(), it.value());
    }
    return body;
}

QWidget *ProjectSettingsDialog::editor(const QString &key) const
{
    if (QWidget *w = m_editors.value(key))
        return w;
    return m_enterpriseEditors->editor(key);
}

void ProjectSettingsDialog::save()
{
    if (!m_loaded || isBusy() || !m_client)
        return;
    const QJsonObject body = changes();
    if (body.isEmpty()) {
        accept();
        return;
    }
    clearErrors();
    setStatus(tr("Saving…"), true);
    m_job = ProjectsApi(m_client).update(m_projectId, body, this, [this](const Result<Project> &r) {
        m_job.clear();
        if (r.error.kind == ApiError::Kind::Cancelled)
            return; // the user closed the dialog: nothing to show
        if (!r.ok()) {
            setStatus(QString(), false);
            showErrors(r.error);
            Q_EMIT saveFailed(r.error);
            return;
        }
        m_original = ProjectSettings::fromJson(r->raw);
        m_originalEnterprise = EnterpriseSettings::fromJson(r->raw);
        setStatus(QString(), false);
        Q_EMIT saved(*r);
        accept();
    });
    updateState(); // editors stay read-only while the save runs
}

void ProjectSettingsDialog::reject()
{
    // Closing abandons the request; a save already on the server stays there (its reply is ignored).
    if (m_job)
        m_job->cancel();
    if (m_versionsJob)
        m_versionsJob->cancel();
    QDialog::reject();
}

void ProjectSettingsDialog::showErrors(const ApiError &error)
{
    QStringList elsewhere; // messages for fields this dialog has no editor for
    int firstTab = -1;
    QWidget *first = nullptr;
    for (auto it = error.validationErrors.begin(); it != error.validationErrors.end(); ++it) {
        const QString text = ApiError::fieldMessages(it.value());
        QLabel *label = m_errors.value(it.key());
        if (!label) {
            if (QWidget *w = m_enterpriseEditors->showError(it.key(), it.value())) {
                if (!first) {
                    first = w;
                    firstTab = m_enterpriseEditors->tabOf(w->objectName());
                }
                continue;
            }
            elsewhere << (it.key() == QLatin1String("non_field_errors")
                    ? text
                    : it.key() + QStringLiteral(": ") + text);
            continue;
        }
        label->setText(text);
        label->setVisible(true);
        if (!first) {
            first = m_editors.value(it.key());
            firstTab = m_tabOf.value(it.key());
        }
    }
    if (first) {
        m_tabs->setCurrentIndex(firstTab);
        first->setFocus(Qt::OtherFocusReason);
    }
    if (!elsewhere.isEmpty())
        m_status->setText(
            tr("The server refused the settings: %1").arg(elsewhere.join(QStringLiteral("; "))));
    else if (!first)
        m_status->setText(error.message);
    else
        m_status->setText(tr("The server refused some settings; see the marked fields."));
}

void ProjectSettingsDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->setVisible(false);
    }
    m_enterpriseEditors->clearErrors();
}

QString ProjectSettingsDialog::fieldError(const QString &key) const
{
    const QLabel *l = m_errors.value(key);
    if (!l)
        return m_enterpriseEditors->fieldError(key);
    return l && !l->isHidden() ? l->text() : QString();
}

QString ProjectSettingsDialog::statusText() const
{
    return m_status->text();
}

void ProjectSettingsDialog::setColor(const QString &hex)
{
    const QColor c(hex);
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    if (c.isValid() && hex.size() == 7) {
        QPainter p(&swatch);
        p.setPen(palette().color(QPalette::WindowText));
        p.setBrush(c);
        p.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    m_colorButton->setIcon(QIcon(swatch));
}

void ProjectSettingsDialog::pickColor()
{
    const QColor current(m_color->text());
    const QColor c
        = QColorDialog::getColor(current.isValid() ? current : QColor(Qt::white), this, tr("Project colour"));
    if (c.isValid())
        m_color->setText(c.name(QColor::HexRgb).toUpper());
}

void ProjectSettingsDialog::updateState()
{
    const bool busy = isBusy();
    m_tabs->setEnabled(m_loaded && !busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && !busy && !changes().isEmpty());
}

void ProjectSettingsDialog::setStatus(const QString &text, bool busy)
{
    m_status->setText(text);
    m_progress->setVisible(busy);
    updateState();
}

} // namespace lsdesk
