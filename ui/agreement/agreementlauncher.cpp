#include "agreement/agreementlauncher.h"

#include "agreement/agreementmatrixmodel.h"
#include "agreement/agreementpane.h"
#include "agreement/agreementsource.h"
#include "agreement/csvwriter.h"
#include "api/client.h"
#include "api/projectsapi.h"
#include "api/statsapi.h"
#include "tasks/taskspane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <cmath>

namespace lsdesk {

using agreement::AgreementSource;

AgreementLauncher::AgreementLauncher(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Agreement"), window))
    , m_pane(new AgreementPane(m_dock))
    , m_openExport(new QAction(tr("Open e&xport…"), this))
{
    m_dock->setObjectName(QStringLiteral("agreementDock")); // names it in saveState()/restoreState()
    m_dock->setWidget(m_pane);
    m_openExport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openExport->setToolTip(tr("Compute agreement from a Label Studio JSON export, without a server"));
    connect(m_openExport, &QAction::triggered, this, &AgreementLauncher::openExportFile);
    connect(m_pane, &AgreementPane::openExportRequested, this, &AgreementLauncher::openExportFile);
    connect(m_pane, &AgreementPane::computeRequested, this, &AgreementLauncher::computeProject);
    connect(m_pane, &AgreementPane::cancelRequested, this, &AgreementLauncher::cancel);
    connect(m_pane, &AgreementPane::exportMatrixRequested, this, [this] { saveCsv(true); });
    connect(m_pane, &AgreementPane::exportTasksRequested, this, [this] { saveCsv(false); });
}

AgreementLauncher::~AgreementLauncher()
{
    detach();
}

void AgreementLauncher::attach(Client *client, bool enterprise, TasksPane *tasks)
{
    m_client = client;
    m_enterprise = enterprise;
    m_tasks = tasks;
    m_projectId = 0;
    m_pane->setComputeAvailable(false, client ? tr("Open a project first") : tr("Connect to a server first"));
}

void AgreementLauncher::detach()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    if (m_source && m_sourceIsProject) {
        // It reads through the client that is going: the source and what it showed go with it.
        delete m_source;
        m_pane->clear();
        m_pane->setRunning(false);
    }
    m_client = nullptr;
    m_tasks = nullptr;
}

void AgreementLauncher::setOpenProject(int projectId, const QString &title)
{
    m_projectId = projectId;
    m_projectTitle = title;
    m_pane->setComputeAvailable(m_client && projectId > 0, tr("Open a project first"));
    applyTasksColumn();
}

bool AgreementLauncher::isRunning() const
{
    return m_source && m_source->isRunning();
}

void AgreementLauncher::computeProject()
{
    if (!m_client || m_projectId <= 0)
        return;
    const int projectId = m_projectId;
    start(AgreementSource::fromProject(m_client, projectId, m_pane->options(), this), true);
    m_sourceProject = projectId;
    m_heading = m_projectTitle.isEmpty() ? tr("Project %1, computed locally").arg(projectId)
                                         : tr("%1, computed locally").arg(m_projectTitle);
    // The comparison view needs the config to find the text that spans point into.
    m_jobs << ProjectsApi(m_client).get(projectId, m_pane, [this, projectId](const Result<Project> &r) {
        if (r.ok() && projectId == m_sourceProject)
            m_pane->setConfigHints(r->labelConfig);
    });
    if (m_enterprise) {
        fetchServerAgreement(projectId);
    } else {
        m_pane->clearServerAgreement();
        m_pane->setNote(tr("Computed locally (this server has no agreement endpoint)."));
    }
}

void AgreementLauncher::computeFile(const QString &path, const QString &labelConfigXml)
{
    start(AgreementSource::fromExportFile(path, m_pane->options(), labelConfigXml, this), false);
    m_sourceProject = 0;
    m_heading = tr("%1, computed locally").arg(QFileInfo(path).fileName());
    m_pane->setConfigHints(labelConfigXml);
    m_pane->clearServerAgreement();
    m_pane->setNote({});
}

void AgreementLauncher::start(AgreementSource *source, bool fromProject)
{
    if (m_source) {
        m_source->disconnect(this);
        delete m_source; // stops its thread and requests
    }
    m_source = source;
    m_sourceIsProject = fromProject;
    m_pane->clear();
    m_pane->setRunning(true);
    connect(source, &AgreementSource::progress, m_pane, &AgreementPane::setProgress);
    connect(source, &AgreementSource::reportUpdated, this, &AgreementLauncher::showReport);
    connect(source, &AgreementSource::finished, this, [this, source](const ApiError &error) {
        if (source != m_source)
            return;
        m_pane->setRunning(false);
        showReport();
        applyTasksColumn();
        const bool ok = error.ok();
        if (!ok && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT errorOccurred(error.message);
        Q_EMIT computationFinished(ok);
    });
    QPointer<AgreementSource> guard(source);
    m_pane->setTaskFetcher([guard](int taskId, QObject *context,
                               std::function<void(const QJsonObject &, const ApiError &)> done) {
        if (!guard) {
            done({}, ApiError::make(ApiError::Kind::Cancelled, tr("The agreement computation is gone.")));
            return;
        }
        guard->fetchTask(taskId, context, std::move(done));
    });
    source->start();
}

QStringList AgreementLauncher::participantNames() const
{
    QStringList names;
    if (!m_source)
        return names;
    for (const agreement::Participant &p : m_source->report().participants)
        names << m_source->participantName(p);
    return names;
}

void AgreementLauncher::showReport()
{
    if (!m_source)
        return;
    m_pane->setReport(m_source->report(), participantNames(), m_heading);
}

void AgreementLauncher::fetchServerAgreement(int projectId)
{
    // Two calls: the server sends the overall matrix only without per_label, the per-label ones only
    // with it.
    auto overall = std::make_shared<std::optional<ServerAgreement>>();
    m_jobs << StatsApi(m_client).iaa(
        projectId, false, m_pane, [this, projectId, overall](const Result<ServerAgreement> &r) {
            if (projectId != m_sourceProject)
                return;
            if (!r.ok()) {
                m_pane->setNote(r.error.kind == ApiError::Kind::NotAvailable
                        ? tr("Computed locally (this server has no agreement endpoint).")
                        : tr("The server's agreement could not be read: %1").arg(r.error.message));
                return;
            }
            *overall = *r;
            m_pane->setServerAgreement(r->overall, {}, r->userNames);
            m_jobs << StatsApi(m_client).iaa(
                projectId, true, m_pane, [this, projectId, overall](const Result<ServerAgreement> &pl) {
                    if (projectId == m_sourceProject && pl.ok() && *overall)
                        m_pane->setServerAgreement((*overall)->overall, pl->perLabel, (*overall)->userNames);
                });
        });
}

void AgreementLauncher::applyTasksColumn()
{
    if (!m_tasks)
        return;
    QHash<int, double> scores;
    if (m_source && m_sourceIsProject && m_sourceProject == m_projectId
        && m_tasks->project() == m_projectId) {
        for (const agreement::TaskAgreement &t : m_source->report().tasks) {
            if (!std::isnan(t.agreement))
                scores.insert(t.taskId, t.agreement);
        }
    }
    m_tasks->model()->setLocalAgreement(scores);
}

void AgreementLauncher::cancel()
{
    if (m_source)
        m_source->cancel();
}

void AgreementLauncher::openExportFile()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open a Label Studio JSON export"), docs, tr("JSON exports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString xml;
    const auto answer = QMessageBox::question(m_window, tr("Label config"),
        tr("An export has no label config. Choose the project's config file (XML) so that every control "
           "counts, including ones nobody used? Without it, the controls are those seen in the file."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        const QString configPath = QFileDialog::getOpenFileName(m_window, tr("Choose the label config"),
            QFileInfo(path).absolutePath(), tr("Label configs (*.xml *.txt);;All files (*)"));
        if (!configPath.isEmpty()) {
            QFile file(configPath);
            if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
                Q_EMIT errorOccurred(
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(configPath), file.errorString()));
                return;
            }
            xml = QString::fromUtf8(file.readAll());
        }
    }
    m_dock->show();
    m_dock->raise();
    computeFile(path, xml);
}

bool AgreementLauncher::writeMatrixCsv(const QString &path)
{
    QString error;
    if (writeFileAtomically(
            path, agreement::csv::matrix(m_pane->shownMatrix(), m_pane->matrixModel()->names()), &error))
        return true;
    Q_EMIT errorOccurred(error);
    return false;
}

bool AgreementLauncher::writeTasksCsv(const QString &path)
{
    QString error;
    if (writeFileAtomically(path, agreement::csv::tasks(m_pane->report()), &error))
        return true;
    Q_EMIT errorOccurred(error);
    return false;
}

void AgreementLauncher::saveCsv(bool matrix)
{
    QString suggested = m_projectTitle.isEmpty() ? QStringLiteral("agreement") : m_projectTitle;
    if (!m_pane->currentLabel().isEmpty())
        suggested += QLatin1Char('-') + m_pane->currentLabel();
    suggested += matrix ? QStringLiteral("-matrix.csv") : QStringLiteral("-tasks.csv");
    suggested.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window,
        matrix ? tr("Save the agreement matrix") : tr("Save the task agreement"),
        QDir(docs).filePath(suggested), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (matrix)
        writeMatrixCsv(path);
    else
        writeTasksCsv(path);
}

} // namespace lsdesk
