#include "configeditor/problemspanel.h"

#include "configeditor/problemsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lsdesk {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        int(ProblemsModel::Column::Severity), QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        int(ProblemsModel::Column::Message), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        int(ProblemsModel::Column::Location), QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Problems"));
    m_status->setAccessibleName(tr("Problems status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // activated(): Enter/Return on the current row, and a double click (where the style does not
    // activate on a single click).
    connect(m_view, &QTableView::activated, this, &ProblemsPanel::activate);
    updateStatus();
}

void ProblemsPanel::setChecker(ConfigChecker *checker)
{
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (checker) {
        connect(checker, &ConfigChecker::problemsChanged, this, &ProblemsPanel::refresh);
        connect(checker, &ConfigChecker::serverCheckRunning, this, &ProblemsPanel::updateStatus);
        connect(checker, &QObject::destroyed, this, &ProblemsPanel::refresh);
    }
    refresh();
}

void ProblemsPanel::refresh()
{
    // Keep the current row across updates as typing re-checks: the keyboard user stays where they were.
    const int row = m_view->currentIndex().row();
    m_model->setProblems(m_checker ? m_checker->problems() : QList<ConfigProblem>());
    if (row >= 0 && m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    updateStatus();
}

QString ProblemsPanel::statusText() const
{
    const int n = m_model->rowCount();
    const bool running = m_checker && m_checker->isServerCheckRunning();
    QString count;
    if (n == 1)
        count = tr("1 problem");
    else if (n > 1)
        count = tr("%1 problems").arg(n);
    if (running)
        return count.isEmpty() ? tr("checking with the server…")
                               : tr("%1; checking with the server…").arg(count);
    return count.isEmpty() ? tr("No problems") : count;
}

void ProblemsPanel::updateStatus()
{
    m_status->setText(statusText());
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    const ConfigProblem *p = m_model->problemAt(index.row());
    if (p)
        Q_EMIT problemActivated(p->path, p->line);
}

} // namespace lsdesk
