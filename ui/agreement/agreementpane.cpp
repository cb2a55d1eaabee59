#include "agreement/agreementpane.h"

#include "agreement/agreementhistogram.h"
#include "agreement/agreementmatrixmodel.h"
#include "agreement/comparisonview.h"
#include "agreement/heatmap.h"
#include "agreement/metrics.h"
#include "agreement/pairtasksmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lsdesk {

namespace {
QTableView *makeMatrixView(AgreementMatrixModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new HeatMapDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(true);
    view->setWordWrap(false);
    view->setAccessibleName(name);
    // Tab leaves the table (the arrows move between cells): otherwise Tab walks every cell and the
    // keyboard cannot get past the matrix.
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QWidget *titled(QLabel *title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *lay = new QVBoxLayout(box);
    lay->setContentsMargins(0, 0, 0, 0);
    title->setBuddy(content);
    lay->addWidget(title);
    lay->addWidget(content, 1);
    return box;
}
} // namespace

AgreementPane::AgreementPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_groundTruth(new QCheckBox(tr("&Ground truth"), this))
    , m_predictions(new QCheckBox(tr("P&redictions"), this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_openExport(new QPushButton(tr("Open e&xport…"), this))
    , m_progress(new QProgressBar(this))
    , m_label(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_exportMatrix(new QPushButton(tr("Matrix CSV…"), this))
    , m_exportTasks(new QPushButton(tr("Tasks CSV…"), this))
    , m_model(new AgreementMatrixModel(this))
    , m_view(makeMatrixView(m_model, this, tr("Agreement matrix")))
    , m_serverTitle(new QLabel(tr("Server (Enterprise)"), this))
    , m_localTitle(new QLabel(tr("Computed locally"), this))
    , m_serverModel(new AgreementMatrixModel(this))
    , m_serverView(makeMatrixView(m_serverModel, this, tr("Agreement matrix of the server")))
    , m_legend(new AgreementLegend(this))
    , m_histogram(new AgreementHistogram(this))
    , m_pairModel(new PairTasksModel(this))
    , m_pairProxy(new QSortFilterProxyModel(this))
    , m_pairView(new QTableView(this))
    , m_pairTitle(new QLabel(tr("Tasks in common"), this))
    , m_comparison(new ComparisonView(this))
{
    m_heading->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->hide();
    m_heading->setText(tr("Compute the agreement of the open project, or open an export file."));

    auto *actions = new QHBoxLayout;
    m_compute->setToolTip(tr("Compute the agreement of the open project from its annotations"));
    m_cancel->setAccessibleName(tr("Cancel computing agreement"));
    m_cancel->hide();
    m_progress->setAccessibleName(tr("Tasks read"));
    m_progress->setFormat(tr("%v of %m tasks"));
    m_progress->hide();
    m_openExport->setToolTip(tr("Compute agreement from a Label Studio JSON export, without a server"));
    actions->addWidget(m_compute);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    actions->addWidget(m_openExport);

    auto *optionsRow = new QHBoxLayout;
    buildOptionsRow(optionsRow);

    auto *viewRow = new QHBoxLayout;
    auto *labelCaption = new QLabel(tr("&Label:"), this);
    labelCaption->setBuddy(m_label);
    m_label->setAccessibleName(tr("Label"));
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->addItem(tr("Overall"), QString());
    auto *sortCaption = new QLabel(tr("&Sort by:"), this);
    sortCaption->setBuddy(m_sort);
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Participant order"), int(AgreementMatrixModel::SortBy::Original));
    m_sort->addItem(tr("Name"), int(AgreementMatrixModel::SortBy::Name));
    m_sort->addItem(tr("Average agreement"), int(AgreementMatrixModel::SortBy::Average));
    m_exportMatrix->setToolTip(tr("Save the matrix shown (with the common-task counts) as CSV"));
    m_exportTasks->setToolTip(tr("Save every task's agreement as CSV"));
    viewRow->addWidget(labelCaption);
    viewRow->addWidget(m_label);
    viewRow->addWidget(sortCaption);
    viewRow->addWidget(m_sort);
    viewRow->addStretch();
    viewRow->addWidget(m_exportMatrix);
    viewRow->addWidget(m_exportTasks);

    // Ours and the server's side by side; the server's only on Enterprise.
    auto *matrices = new QSplitter(Qt::Horizontal, this);
    matrices->addWidget(titled(m_localTitle, m_view, matrices));
    m_serverBox = titled(m_serverTitle, m_serverView, matrices);
    matrices->addWidget(m_serverBox);
    m_serverBox->hide();
    m_localTitle->hide();

    auto *top = new QWidget(this);
    auto *topLay = new QVBoxLayout(top);
    topLay->setContentsMargins(0, 0, 0, 0);
    topLay->addWidget(matrices, 1);
    topLay->addWidget(m_legend);
    topLay->addWidget(m_histogram);

    m_pairProxy->setSourceModel(m_pairModel);
    m_pairProxy->setSortRole(PairTasksModel::SortRole);
    m_pairView->setModel(m_pairProxy);
    m_pairView->setSortingEnabled(true);
    m_pairView->sortByColumn(int(PairTasksModel::Column::Agreement), Qt::AscendingOrder); // worst first
    m_pairView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairView->verticalHeader()->hide();
    m_pairView->horizontalHeader()->setStretchLastSection(true);
    m_pairView->setAccessibleName(tr("Tasks in common"));
    m_pairView->setTabKeyNavigation(false); // as the matrices: Tab moves on to the comparison
    m_pairTitle->setWordWrap(true);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(titled(m_pairTitle, m_pairView, bottom));
    bottom->addWidget(m_comparison);
    bottom->setStretchFactor(1, 3);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    // The matrix is small next to the comparison, which needs the room.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *lay = new QVBoxLayout(this);
    lay->addLayout(actions);
    lay->addLayout(optionsRow);
    lay->addWidget(m_heading);
    lay->addWidget(m_note);
    lay->addLayout(viewRow);
    lay->addWidget(split, 1);

    setTabOrder(m_compute, m_cancel);
    setTabOrder(m_cancel, m_openExport);
    setTabOrder(m_openExport, m_method);
    setTabOrder(m_label, m_sort);
    setTabOrder(m_sort, m_exportMatrix);
    setTabOrder(m_exportMatrix, m_exportTasks);
    setTabOrder(m_exportTasks, m_view);
    setTabOrder(m_view, m_serverView);
    setTabOrder(m_serverView, m_pairView);

    connect(m_compute, &QPushButton::clicked, this, &AgreementPane::computeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &AgreementPane::cancelRequested);
    connect(m_openExport, &QPushButton::clicked, this, &AgreementPane::openExportRequested);
    connect(m_exportMatrix, &QPushButton::clicked, this, &AgreementPane::exportMatrixRequested);
    connect(m_exportTasks, &QPushButton::clicked, this, &AgreementPane::exportTasksRequested);
    connect(m_label, &QComboBox::currentIndexChanged, this, &AgreementPane::applyLabel);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &AgreementPane::applySort);
    // A click, or Enter on the current cell (QAbstractItemView::activated covers both).
    connect(m_view, &QTableView::activated, this, &AgreementPane::onMatrixActivated);
    connect(m_view, &QTableView::clicked, this, &AgreementPane::onMatrixActivated);
    connect(m_pairView, &QTableView::activated, this,
        [this](const QModelIndex &i) { compareTask(i.data(PairTasksModel::TaskIdRole).toInt()); });
    connect(m_pairView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &i) {
            if (i.isValid())
                compareTask(i.data(PairTasksModel::TaskIdRole).toInt());
        });
    setComputeAvailable(false, tr("Open a project first"));
    updateExportButtons();
}

AgreementPane::~AgreementPane() = default;

void AgreementPane::buildOptionsRow(QHBoxLayout *row)
{
    auto *methodCaption = new QLabel(tr("&Method:"), this);
    methodCaption->setBuddy(m_method);
    m_method->setAccessibleName(tr("Methodology"));
    m_method->addItem(tr("Pairwise"), int(agreement::AgreementOptions::Methodology::Pairwise));
    m_method->addItem(tr("Consensus"), int(agreement::AgreementOptions::Methodology::Consensus));
    m_method->setToolTip(tr("Task agreement: the mean over annotation pairs, or the share of the largest "
                            "group that agrees (consensus)"));
    // Consensus groups annotations whose pair score reaches this threshold (Enterprise's docs use 40%).
    m_consensus = new QDoubleSpinBox(this);
    m_consensus->setAccessibleName(tr("Consensus threshold"));
    m_consensus->setRange(0.05, 1);
    m_consensus->setSingleStep(0.05);
    m_consensus->setDecimals(2);
    m_consensus->setValue(agreement::AgreementOptions {}.consensusThreshold);
    m_consensus->setToolTip(tr("Consensus: two annotations agree when their score reaches this threshold"));
    const auto consensusOn = [this] {
        m_consensus->setEnabled(agreement::AgreementOptions::Methodology(m_method->currentData().toInt())
            == agreement::AgreementOptions::Methodology::Consensus);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, consensusOn);
    consensusOn();
    auto *thresholdCaption = new QLabel(tr("Io&U threshold:"), this);
    thresholdCaption->setBuddy(m_threshold);
    m_threshold->setAccessibleName(tr("IoU threshold"));
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setSpecialValueText(tr("None"));
    m_threshold->setToolTip(tr("With a threshold, a region pair counts fully when its IoU or overlap "
                               "reaches it, else not at all; None scores the IoU itself"));
    m_groundTruth->setToolTip(tr("Add the ground-truth annotations as a participant"));
    m_predictions->setToolTip(tr("Add the predictions as participants, one per model version"));
    row->addWidget(methodCaption);
    row->addWidget(m_method);
    row->addWidget(m_consensus);
    row->addWidget(thresholdCaption);
    row->addWidget(m_threshold);
    row->addWidget(m_groundTruth);
    row->addWidget(m_predictions);
    row->addStretch();
}

agreement::AgreementOptions AgreementPane::options() const
{
    agreement::AgreementOptions o;
    o.methodology = agreement::AgreementOptions::Methodology(m_method->currentData().toInt());
    o.consensusThreshold = m_consensus->value();
    if (m_threshold->value() > 0)
        o.iouThreshold = m_threshold->value();
    o.includeGroundTruth = m_groundTruth->isChecked();
    o.includePredictions = m_predictions->isChecked();
    return o;
}

void AgreementPane::setOptions(const agreement::AgreementOptions &o)
{
    m_method->setCurrentIndex(m_method->findData(int(o.methodology)));
    m_consensus->setValue(o.consensusThreshold);
    m_threshold->setValue(o.iouThreshold.value_or(0));
    m_groundTruth->setChecked(o.includeGroundTruth);
    m_predictions->setChecked(o.includePredictions);
}

void AgreementPane::setReport(
    const agreement::AgreementReport &report, const QStringList &names, const QString &heading)
{
    const bool samePeople = names == m_names;
    m_report = report;
    m_names = names;
    m_heading->setText(heading);
    // The label list grows while a computation streams in; keep the choice made.
    const QString label = currentLabel();
    {
        const QSignalBlocker block(m_label);
        m_label->clear();
        m_label->addItem(tr("Overall"), QString());
        for (auto it = report.perLabel.cbegin(); it != report.perLabel.cend(); ++it)
            m_label->addItem(it.key(), it.key());
        const int i = m_label->findData(label);
        m_label->setCurrentIndex(i >= 0 ? i : 0);
    }
    const QPersistentModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.data(AgreementMatrixModel::RowParticipantRole).toInt() : -1;
    const int col
        = current.isValid() ? current.data(AgreementMatrixModel::ColumnParticipantRole).toInt() : -1;
    applyLabel();
    if (samePeople && row >= 0 && col >= 0)
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(row), m_model->rowOf(col)));
    m_histogram->setDistribution(report.histogram(10), report.mean, report.stddev);
    // The task list of the pair shown follows the growing report; the comparison stays.
    if (samePeople && m_pairModel->participantA() >= 0)
        m_pairModel->setPair(m_report, m_pairModel->participantA(), m_pairModel->participantB());
    else if (!samePeople) {
        m_pairModel->clear();
        m_pairTitle->setText(tr("Tasks in common"));
        m_comparison->clear();
    }
    updateExportButtons();
}

void AgreementPane::setServerAgreement(const agreement::Matrix &overall,
    const QMap<QString, agreement::Matrix> &perLabel, const QStringList &names)
{
    m_serverOverall = overall;
    m_serverPerLabel = perLabel;
    m_serverNames = names;
    m_serverBox->show();
    m_localTitle->show();
    applyLabel();
}

void AgreementPane::clearServerAgreement()
{
    m_serverOverall = {};
    m_serverPerLabel.clear();
    m_serverNames.clear();
    m_serverModel->clear();
    m_serverBox->hide();
    m_localTitle->hide();
}

void AgreementPane::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void AgreementPane::setConfigHints(const QString &labelConfigXml)
{
    m_comparison->setHints(labelConfigXml.isEmpty() ? QHash<QString, agreement::ControlHint> {}
                                                    : agreement::hintsFromConfig(labelConfigXml));
}

void AgreementPane::clear()
{
    ++m_fetchGeneration;
    m_report = {};
    m_names.clear();
    m_model->clear();
    clearServerAgreement();
    setNote({});
    m_histogram->clear();
    m_pairModel->clear();
    m_comparison->clear();
    const QSignalBlocker block(m_label);
    m_label->clear();
    m_label->addItem(tr("Overall"), QString());
    m_heading->setText(tr("Compute the agreement of the open project, or open an export file."));
    updateExportButtons();
}

void AgreementPane::setComputeAvailable(bool available, const QString &why)
{
    m_computeAvailable = available;
    m_compute->setEnabled(available && !m_running);
    m_compute->setToolTip(
        available ? tr("Compute the agreement of the open project from its annotations") : why);
}

void AgreementPane::setRunning(bool running)
{
    m_running = running;
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_openExport->setEnabled(!running);
    if (running) {
        m_compute->setEnabled(false);
        m_progress->setRange(0, 0); // busy until the total is known
    } else {
        m_compute->setEnabled(m_computeAvailable);
    }
}

void AgreementPane::setProgress(int tasks, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 tasks").arg(tasks));
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setFormat(tr("%v of %m tasks"));
    }
    m_progress->setValue(std::min(tasks, std::max(total, tasks)));
}

QString AgreementPane::currentLabel() const
{
    return m_label->currentData().toString();
}

void AgreementPane::setCurrentLabel(const QString &label)
{
    const int i = m_label->findData(label);
    if (i >= 0)
        m_label->setCurrentIndex(i);
}

const agreement::Matrix &AgreementPane::shownMatrix() const
{
    return m_model->matrix();
}

void AgreementPane::applyLabel()
{
    const QString label = currentLabel();
    m_model->setMatrix(label.isEmpty() ? m_report.matrix : m_report.perLabel.value(label), m_names);
    if (m_serverBox->isVisible() || !m_serverNames.isEmpty()) {
        if (label.isEmpty() || m_serverPerLabel.contains(label))
            m_serverModel->setMatrix(
                label.isEmpty() ? m_serverOverall : m_serverPerLabel.value(label), m_serverNames);
        else
            m_serverModel->clear(); // the server sent no matrix for this label
    }
    applySort();
    // The matrix is what people came for: keep up to eight rows in view however small the dock is
    // (the splitter below gives the rest to the comparison); more rows scroll.
    for (QTableView *view : { m_view, m_serverView }) {
        const int rows = std::min(8, view->model() ? view->model()->rowCount() : 0);
        const int height = view->horizontalHeader()->sizeHint().height()
            + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth()
            + (rows ? 0 : view->verticalHeader()->defaultSectionSize());
        view->setMinimumHeight(height);
    }
}

void AgreementPane::applySort()
{
    const auto by = AgreementMatrixModel::SortBy(m_sort->currentData().toInt());
    // Best agreement first reads naturally; names go A to Z.
    const Qt::SortOrder order
        = by == AgreementMatrixModel::SortBy::Average ? Qt::DescendingOrder : Qt::AscendingOrder;
    m_model->setSortBy(by, order);
    m_serverModel->setSortBy(by, order);
}

void AgreementPane::onMatrixActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int a = index.data(AgreementMatrixModel::RowParticipantRole).toInt();
    const int b = index.data(AgreementMatrixModel::ColumnParticipantRole).toInt();
    if (b < 0 || a == b)
        return; // the Average column and the diagonal have no pair
    // A click may also activate (per style): one pair, listed once.
    if (a == m_pairModel->participantA() && b == m_pairModel->participantB() && sender() != nullptr
        && m_pairModel->rowCount() > 0 && m_pairView->currentIndex().isValid())
        return;
    showPair(a, b);
}

void AgreementPane::showPair(int a, int b)
{
    if (a < 0 || b < 0 || a >= m_report.participants.size() || b >= m_report.participants.size())
        return;
    m_pairModel->setPair(m_report, a, b);
    m_pairTitle->setText(tr("%n task(s) of %1 and %2", nullptr, m_pairModel->rowCount())
                             .arg(m_names.value(a), m_names.value(b)));
    m_comparison->clear();
    if (m_pairProxy->rowCount() > 0)
        m_pairView->setCurrentIndex(m_pairProxy->index(0, 0)); // the worst task first: compared right away
}

void AgreementPane::compareTask(int taskId)
{
    const int a = m_pairModel->participantA(), b = m_pairModel->participantB();
    int row = -1;
    for (int i = 0; i < m_pairModel->rowCount(); ++i) {
        if (m_pairModel->row(i).taskId == taskId)
            row = i;
    }
    if (row < 0)
        return;
    if (!m_fetcher) {
        m_comparison->setMessage(tr("Task %1 cannot be fetched here.").arg(taskId));
        return;
    }
    const PairTasksModel::Row r = m_pairModel->row(row);
    const quint64 generation = ++m_fetchGeneration;
    m_comparison->setMessage(tr("Loading task %1…").arg(taskId));
    const QString nameA = m_names.value(a), nameB = m_names.value(b);
    // The kinds say where each id is: predictions and annotations number their ids separately.
    const agreement::Participant::Kind kindA = m_report.participants.at(a).kind;
    const agreement::Participant::Kind kindB = m_report.participants.at(b).kind;
    m_fetcher(taskId, m_comparison,
        [this, generation, r, nameA, nameB, kindA, kindB](const QJsonObject &task, const ApiError &error) {
            if (generation != m_fetchGeneration)
                return; // another task was chosen meanwhile
            if (!error.ok()) {
                m_comparison->setMessage(error.message);
                return;
            }
            // With several annotations of one participant on the task, the task's first pair of the two
            // is compared (never a ground-truth annotation with itself).
            m_comparison->setComparison(task, r.pairA, r.pairB, nameA, nameB, kindA, kindB);
        });
}

void AgreementPane::updateExportButtons()
{
    const bool any = m_report.matrix.size > 0;
    m_exportMatrix->setEnabled(any);
    m_exportTasks->setEnabled(!m_report.tasks.isEmpty());
}

} // namespace lsdesk
