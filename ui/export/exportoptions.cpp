#include "export/exportoptions.h"

#include "export/batchedexport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
using TaskFilter = SnapshotOptions::TaskFilter;

QComboBox *taskFilterBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ExportOptions::tr("Include"), int(TaskFilter::Any));
    box->addItem(ExportOptions::tr("Only these"), int(TaskFilter::Only));
    box->addItem(ExportOptions::tr("Leave out"), int(TaskFilter::Exclude));
    box->setAccessibleName(accessibleName);
    return box;
}

TaskFilter filterOf(const QComboBox *box)
{
    return TaskFilter(box->currentData().toInt());
}
} // namespace

ExportOptions::ExportOptions(int selectedTasks, QWidget *parent)
    : QWidget(parent)
    , m_selectedTasks(selectedTasks)
    , m_annotatedOnly(new QRadioButton(tr("Only &annotated tasks"), this))
    , m_allTasks(new QRadioButton(tr("&All tasks"), this))
    , m_onlySelected(new QCheckBox(tr("Only the %n sele&cted task(s)", nullptr, selectedTasks), this))
    , m_resources(new QCheckBox(tr("Include &media files (archive formats)"), this))
    , m_throughSnapshot(new QCheckBox(tr("Export through a sna&pshot (kept on the server)"), this))
    , m_snapshotNote(new QLabel(tr("This server exports through snapshots, which stay on the server."), this))
    , m_batches(new QCheckBox(tr("Download in &batches of"), this))
    , m_batchSize(new QSpinBox(this))
    , m_batchTail(new QLabel(tr("tasks (for very large projects whose export times out)"), this))
    , m_snapshotGroup(new QGroupBox(tr("Snapshot options"), this))
    , m_skippedAnnotations(new QCheckBox(tr("Include s&kipped annotations"), m_snapshotGroup))
    , m_groundTruthOnly(new QCheckBox(tr("Only &ground-truth annotations"), m_snapshotGroup))
    , m_drafts(new QCheckBox(tr("Include &drafts"), m_snapshotGroup))
    , m_predictions(new QCheckBox(tr("Include predic&tions"), m_snapshotGroup))
    , m_history(new QCheckBox(tr("Include annotation &history"), m_snapshotGroup))
    , m_keyFrames(new QCheckBox(tr("&Interpolate video key frames"), m_snapshotGroup))
    , m_finished(taskFilterBox(tr("Finished tasks"), m_snapshotGroup))
    , m_skippedTasks(taskFilterBox(tr("Tasks with skipped annotations"), m_snapshotGroup))
{
    m_annotatedOnly->setChecked(true);
    m_skippedAnnotations->setChecked(SnapshotOptions {}.skippedAnnotations);
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_annotatedOnly);
    scope->addButton(m_allTasks);
    m_onlySelected->setVisible(selectedTasks > 0);
    m_onlySelected->setChecked(selectedTasks > 0);
    m_throughSnapshot->setToolTip(
        tr("The server builds a snapshot of the project, converts it and keeps it; snapshots have more "
           "options, but cover the whole project (or a Data Manager tab), not a selection."));
    m_snapshotNote->setWordWrap(true);
    m_snapshotNote->setVisible(false);

    // Tooltips say what the server does with each option (label-studio-api.md §8.2).
    m_skippedAnnotations->setToolTip(tr("Also the annotations that were skipped (cancelled)."));
    m_groundTruthOnly->setToolTip(tr("Only the annotations marked as ground truth."));
    m_drafts->setToolTip(tr("Whole drafts instead of their ids."));
    m_predictions->setToolTip(tr("Whole predictions instead of their ids."));
    m_history->setToolTip(tr("Each annotation's history of changes."));
    m_keyFrames->setToolTip(
        tr("Video tracks with every frame between the key frames. Unchecked: the server's setting."));
    auto *snapshotLayout = new QGridLayout(m_snapshotGroup);
    snapshotLayout->addWidget(m_skippedAnnotations, 0, 0);
    snapshotLayout->addWidget(m_groundTruthOnly, 0, 1);
    snapshotLayout->addWidget(m_drafts, 1, 0);
    snapshotLayout->addWidget(m_predictions, 1, 1);
    snapshotLayout->addWidget(m_history, 2, 0);
    snapshotLayout->addWidget(m_keyFrames, 2, 1);
    auto *finishedLabel = new QLabel(tr("Fi&nished tasks:"), m_snapshotGroup);
    finishedLabel->setBuddy(m_finished);
    auto *skippedLabel = new QLabel(tr("Tasks &with skipped annotations:"), m_snapshotGroup);
    skippedLabel->setBuddy(m_skippedTasks);
    snapshotLayout->addWidget(finishedLabel, 3, 0);
    snapshotLayout->addWidget(m_finished, 3, 1);
    snapshotLayout->addWidget(skippedLabel, 4, 0);
    snapshotLayout->addWidget(m_skippedTasks, 4, 1);

    m_batchSize->setRange(10, 10000);
    m_batchSize->setSingleStep(100);
    m_batchSize->setValue(500); // ids[] of 500 tasks keep the request line well under common URL limits
    m_batchSize->setAccessibleName(tr("Tasks per batch"));
    m_batches->setToolTip(tr("For JSON, JSON_MIN, CSV and TSV without a snapshot: the export is fetched a "
                             "batch of tasks at a time and joined into one file."));
    m_batchTail->setWordWrap(true);
    auto *batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batches);
    batchRow->addWidget(m_batchSize);
    batchRow->addWidget(m_batchTail, 1);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Tasks:"), m_annotatedOnly);
    form->addRow(QString(), m_allTasks);
    form->addRow(QString(), m_onlySelected);
    form->addRow(QString(), m_resources);
    // On Enterprise the note replaces the snapshot choice, on the same line.
    auto *how = new QVBoxLayout;
    how->addWidget(m_throughSnapshot);
    how->addWidget(m_snapshotNote);
    form->addRow(tr("How:"), how);
    form->addRow(QString(), batchRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_snapshotGroup);

    for (QCheckBox *b : { m_throughSnapshot, m_batches, m_onlySelected })
        connect(b, &QCheckBox::toggled, this, &ExportOptions::update);
    const auto changedSignal = [this] { Q_EMIT changed(); };
    for (QCheckBox *b : { m_resources, m_skippedAnnotations, m_groundTruthOnly, m_drafts, m_predictions,
             m_history, m_keyFrames })
        connect(b, &QCheckBox::toggled, this, changedSignal);
    connect(m_allTasks, &QRadioButton::toggled, this, changedSignal);
    connect(m_finished, &QComboBox::currentIndexChanged, this, changedSignal);
    connect(m_skippedTasks, &QComboBox::currentIndexChanged, this, changedSignal);
    connect(m_batchSize, &QSpinBox::valueChanged, this, changedSignal);
    update();
}

void ExportOptions::setSnapshotsOnly(bool on)
{
    m_snapshotsOnly = on;
    update();
}

void ExportOptions::setFormat(const QString &format)
{
    m_format = format;
    update();
}

ExportOptions::Path ExportOptions::path() const
{
    // From the choices, not from the widgets' enabled state (the dialog disables them all while busy).
    if (m_snapshotsOnly || m_throughSnapshot->isChecked())
        return Path::Snapshot;
    if (BatchedExportJob::supports(m_format) && m_batches->isChecked())
        return Path::Batched;
    return Path::Direct;
}

int ExportOptions::batchSize() const
{
    return m_batchSize->value();
}

bool ExportOptions::onlySelected() const
{
    return m_selectedTasks > 0 && path() != Path::Snapshot && m_onlySelected->isChecked();
}

SnapshotOptions ExportOptions::snapshotOptions() const
{
    SnapshotOptions o;
    o.skippedAnnotations = m_skippedAnnotations->isChecked();
    o.groundTruthOnly = m_groundTruthOnly->isChecked();
    o.drafts = m_drafts->isChecked();
    o.predictions = m_predictions->isChecked();
    o.annotationHistory = m_history->isChecked();
    if (m_keyFrames->isChecked())
        o.interpolateKeyFrames = true;
    o.finished = filterOf(m_finished);
    o.skipped = filterOf(m_skippedTasks);
    return o;
}

void ExportOptions::apply(ExportRequest *request) const
{
    // "All tasks / only annotated" is download_all_tasks for the direct export and the snapshot's
    // only_with_annotations (SnapshotExportJob::createBody).
    request->allTasks = m_allTasks->isChecked();
    request->downloadResources = m_resources->isChecked();
    request->snapshot = path() == Path::Snapshot ? snapshotOptions() : SnapshotOptions {};
}

void ExportOptions::update()
{
    const bool snapshot = path() == Path::Snapshot;
    m_throughSnapshot->setVisible(!m_snapshotsOnly);
    m_snapshotNote->setVisible(m_snapshotsOnly);
    m_snapshotGroup->setVisible(snapshot);
    // A snapshot is of the whole project: a selection cannot be expressed in its filters.
    m_onlySelected->setEnabled(!snapshot);
    m_onlySelected->setToolTip(
        snapshot ? tr("A snapshot covers the whole project, not a selection.") : QString());
    // Enterprise servers have no direct export to batch: not even offered there.
    for (QWidget *w : std::initializer_list<QWidget *> { m_batches, m_batchSize, m_batchTail })
        w->setVisible(!m_snapshotsOnly);
    m_batches->setEnabled(!snapshot && BatchedExportJob::supports(m_format));
    m_batchSize->setEnabled(m_batches->isEnabled() && m_batches->isChecked());
    Q_EMIT changed();
}

} // namespace lsdesk
