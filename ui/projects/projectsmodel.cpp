#include "projects/projectsmodel.h"

#include "api/client.h"
#include "api/projectlisting.h"

#include <QHash>
#include <QLocale>

namespace lsdesk {

namespace {
// Counters that the cheap list leaves out; when a server sends them anyway (an older server ignoring
// `include`, or a project just created) they count as known.
bool hasCounters(const QJsonObject &raw)
{
    return raw.value(QLatin1String("task_number")).isDouble();
}

// The counter keys of `from` copied into `to` (raw stays the full picture of what the server said).
void mergeCounters(Project &to, const Project &from)
{
    to.taskNumber = from.taskNumber;
    to.finishedTaskNumber = from.finishedTaskNumber;
    to.totalAnnotationsNumber = from.totalAnnotationsNumber;
    to.totalPredictionsNumber = from.totalPredictionsNumber;
    to.numTasksWithAnnotations = from.numTasksWithAnnotations;
    for (auto it = from.raw.begin(); it != from.raw.end(); ++it) {
        if (it.key() != QLatin1String("id"))
            to.raw.insert(it.key(), it.value());
    }
}
} // namespace

ProjectsModel::ProjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProjectsModel::~ProjectsModel()
{
    ++m_generation;
    abortJobs();
}

void ProjectsModel::setClient(Client *client)
{
    cancel();
    m_client = client;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_nextPage = 1;
    m_countQueue.clear();
    m_lastError.clear();
}

void ProjectsModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, ProjectListing::kMaxPageSize);
}

bool ProjectsModel::isComplete() const
{
    return m_nextPage == 0 && m_countQueue.isEmpty() && !isLoading()
        && std::all_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.countsKnown; });
}

void ProjectsModel::reload()
{
    cancel();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_nextPage = 1;
    m_countQueue.clear();
    retry();
}

void ProjectsModel::retry()
{
    if (!m_client || isLoading())
        return;
    m_lastError.clear();
    // Counters that never arrived (a failed or cancelled batch) are asked for again.
    m_countQueue.clear();
    QList<int> missing;
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.countsKnown)
            missing << r.project.id;
    }
    for (qsizetype i = 0; i < missing.size(); i += ProjectListing::kMaxPageSize)
        m_countQueue << missing.mid(i, ProjectListing::kMaxPageSize);
    if (m_nextPage > 0)
        fetchListPage();
    fetchNextCounts();
    updateLoading();
    if (!isLoading())
        Q_EMIT loadFinished();
}

void ProjectsModel::cancel()
{
    ++m_generation;
    abortJobs();
    updateLoading();
}

void ProjectsModel::abortJobs()
{
    // cancel() finishes the job synchronously; the bumped generation makes its callback a no-op.
    if (ApiJob *job = m_listJob) {
        m_listJob = nullptr;
        job->cancel();
    }
    if (ApiJob *job = m_countsJob) {
        m_countsJob = nullptr;
        job->cancel();
    }
    m_countsInFlight.clear();
}

void ProjectsModel::fetchListPage()
{
    const quint64 generation = m_generation;
    const int page = m_nextPage;
    m_listJob = ProjectListing(m_client).listPage(
        page, m_pageSize, this, [this, generation](const Result<Page<Project>> &r) {
            if (generation != m_generation)
                return;
            m_listJob = nullptr;
            if (!r.ok()) {
                fail(r.error.message);
                return;
            }
            appendPage(r->items);
            m_nextPage = r->hasNext() && !r->items.isEmpty() ? r->page + 1 : 0;
            if (m_nextPage > 0)
                fetchListPage();
            fetchNextCounts();
            updateLoading();
        });
}

void ProjectsModel::appendPage(const QList<Project> &items)
{
    QList<Row> fresh;
    QList<int> needCounts;
    for (const Project &p : items) {
        const bool known = hasCounters(p.raw);
        const int existing = rowOfId(p.id);
        if (existing >= 0) { // a project created while paging shifts the pages: keep one row per id
            Row &row = m_rows[existing];
            if (!known) {
                Project merged = p;
                mergeCounters(merged, row.project);
                row.project = merged;
            } else {
                row.project = p;
                row.countsKnown = true;
            }
            Q_EMIT dataChanged(index(existing, 0), index(existing, int(Column::Count) - 1));
            continue;
        }
        fresh.append({ p, known });
        if (!known)
            needCounts << p.id;
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
    }
    if (!needCounts.isEmpty())
        m_countQueue << needCounts;
}

void ProjectsModel::fetchNextCounts()
{
    if (m_countsJob || m_countQueue.isEmpty() || !m_client)
        return;
    m_countsInFlight = m_countQueue.takeFirst();
    const quint64 generation = m_generation;
    m_countsJob = ProjectListing(m_client).counts(
        m_countsInFlight, this, [this, generation](const Result<Page<Project>> &r) {
            if (generation != m_generation)
                return;
            m_countsJob = nullptr;
            if (!r.ok()) {
                m_countQueue.prepend(m_countsInFlight);
                m_countsInFlight.clear();
                fail(r.error.message);
                return;
            }
            m_countsInFlight.clear();
            applyCounts(r->items);
            fetchNextCounts();
            updateLoading();
        });
}

void ProjectsModel::applyCounts(const QList<Project> &counts)
{
    for (const Project &c : counts) {
        const int row = rowOfId(c.id);
        if (row < 0)
            continue; // deleted meanwhile
        mergeCounters(m_rows[row].project, c);
        m_rows[row].countsKnown = true;
        Q_EMIT dataChanged(index(row, int(Column::Tasks)), index(row, int(Column::Skipped)));
    }
}

void ProjectsModel::fail(const QString &message)
{
    // Stop everything: the model keeps what arrived and retry() resumes from here.
    ++m_generation;
    abortJobs();
    m_lastError = message;
    updateLoading();
    Q_EMIT loadFailed(message);
}

void ProjectsModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_wasLoading)
        return;
    m_wasLoading = loading;
    Q_EMIT loadingChanged(loading);
    if (!loading && m_lastError.isEmpty() && m_nextPage == 0 && m_countQueue.isEmpty())
        Q_EMIT loadFinished();
}

int ProjectsModel::rowOfId(int id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].project.id == id)
            return i;
    }
    return -1;
}

void ProjectsModel::upsertProject(const Project &project, bool countsKnown)
{
    const int row = rowOfId(project.id);
    if (row >= 0) {
        Row &r = m_rows[row];
        if (countsKnown) {
            r.project = project;
            r.countsKnown = true;
        } else {
            Project merged = project;
            mergeCounters(merged, r.project);
            r.project = merged;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    m_rows.append({ project, countsKnown });
    endInsertRows();
}

void ProjectsModel::removeProject(int id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString ProjectsModel::authorOf(const Project &project)
{
    const QJsonObject by = project.raw.value(QLatin1String("created_by")).toObject();
    const QString name = QString(by.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + by.value(QLatin1String("last_name")).toString())
                             .trimmed();
    return name.isEmpty() ? by.value(QLatin1String("email")).toString() : name;
}

int ProjectsModel::skippedOf(const Project &project)
{
    return intOf(project.raw.value(QLatin1String("skipped_annotations_number")));
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ProjectsModel::display(const Row &row, Column column) const
{
    const Project &p = row.project;
    switch (column) {
    case Column::Title:
        return p.title;
    case Column::Created:
        return p.createdAt.isValid() ? QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
    case Column::Author:
        return authorOf(p);
    default:
        break;
    }
    if (!row.countsKnown)
        return QString(); // not counted yet: blank rather than a misleading 0
    return sortValue(row, column);
}

QVariant ProjectsModel::sortValue(const Row &row, Column column) const
{
    const Project &p = row.project;
    // Unknown counters sort below every real count.
    const auto count = [&row](int n) { return QVariant(row.countsKnown ? n : -1); };
    switch (column) {
    case Column::Title:
        return p.title;
    case Column::Tasks:
        return count(p.taskNumber);
    case Column::Finished:
        return count(p.finishedTaskNumber);
    case Column::Annotations:
        return count(p.totalAnnotationsNumber);
    case Column::Predictions:
        return count(p.totalPredictionsNumber);
    case Column::Skipped:
        return count(skippedOf(p));
    case Column::Created:
        return p.createdAt;
    case Column::Author:
        return authorOf(p);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.project.id;
    case CountsKnownRole:
        return row.countsKnown;
    case Qt::ToolTipRole:
        if (column == Column::Title && !row.project.description.isEmpty())
            return row.project.description;
        if (column > Column::Title && column < Column::Created && !row.countsKnown)
            return tr("Counting…");
        return {};
    case Qt::TextAlignmentRole:
        if (column > Column::Title && column < Column::Created)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Title:
        return tr("Title");
    case Column::Tasks:
        return tr("Tasks");
    case Column::Finished:
        return tr("Finished");
    case Column::Annotations:
        return tr("Annotations");
    case Column::Predictions:
        return tr("Predictions");
    case Column::Skipped:
        return tr("Skipped");
    case Column::Created:
        return tr("Created");
    case Column::Author:
        return tr("Author");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lsdesk
