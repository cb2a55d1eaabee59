#include "tasks/importdialog.h"

#include "api/projectsapi.h"
#include "labelconfig/labelinterface.h"
#include "tasks/importmodels.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lsdesk {

using namespace lsdesk::import;

ImportDialog::ImportDialog(Client *client, int project, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_sources(new ImportSourcesModel(this))
    , m_preview(new ImportPreviewModel(this))
    , m_sourcesView(new QTableView(this))
    , m_previewView(new QTableView(this))
    , m_keys(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_maxMiB(new QSpinBox(this))
    , m_maxTasks(new QSpinBox(this))
{
    setWindowTitle(tr("Import tasks"));
    resize(900, 640);
    m_picker = [](QWidget *parent) {
        return QFileDialog::getOpenFileNames(parent, tr("Import tasks from files"), QString(),
            tr("Task files (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;All files (*)"));
    };
    m_confirmer = [](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Import tasks"), question) == QMessageBox::Yes;
    };

    auto *intro = new QLabel(tr("JSON, JSON lines, CSV, TSV or text files (one task per line), single media "
                                "files, or lists of URLs. Each file is checked before anything is sent."),
        this);
    intro->setWordWrap(true);

    m_sourcesView->setModel(m_sources);
    m_sourcesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesView->horizontalHeader()->setStretchLastSection(true);
    m_sourcesView->verticalHeader()->hide();
    m_sourcesView->setAccessibleName(tr("Files to import"));
    auto *addFilesButton = new QPushButton(tr("Add &files…"), this);
    auto *addUrlsButton = new QPushButton(tr("Add &URLs…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setEnabled(false);
    connect(addFilesButton, &QPushButton::clicked, this, &ImportDialog::pickFiles);
    connect(addUrlsButton, &QPushButton::clicked, this, &ImportDialog::askUrls);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &ImportDialog::removeSelected);
    m_sourcesView->addAction(removeAction);
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_remove->setEnabled(!isImporting() && m_sourcesView->selectionModel()->hasSelection()); });
    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(addFilesButton);
    sourceButtons->addWidget(addUrlsButton);
    sourceButtons->addWidget(m_remove);
    sourceButtons->addStretch();
    auto *sourcesRow = new QHBoxLayout;
    sourcesRow->addWidget(m_sourcesView, 1);
    sourcesRow->addLayout(sourceButtons);

    m_keys->setWordWrap(true);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setAccessibleName(tr("Preview of the first tasks"));
    m_previewView->horizontalHeader()->setDefaultSectionSize(160);

    auto *limitsBox = new QGroupBox(tr("Requests"), this);
    auto *limitsForm = new QFormLayout(limitsBox);
    const ImportLimits defaults;
    // The server refuses requests of DATA_UPLOAD_MAX_MEMORY_SIZE (250 MB by default) and more.
    m_maxMiB->setRange(1, 230);
    m_maxMiB->setSuffix(tr(" MiB"));
    m_maxMiB->setValue(int(defaults.maxRequestBytes / (1024 * 1024)));
    m_maxMiB->setToolTip(tr("Larger files are split at task boundaries. A server or proxy that refuses a "
                            "request as too large makes the import halve it and try again."));
    m_maxTasks->setRange(1, 1000000);
    m_maxTasks->setValue(defaults.maxTasksPerRequest);
    limitsForm->addRow(tr("Largest &request:"), m_maxMiB);
    limitsForm->addRow(tr("&Tasks per request:"), m_maxTasks);
    m_predictionColumns = new QLineEdit(this);
    m_predictionColumns->setPlaceholderText(tr("none"));
    m_predictionColumns->setToolTip(tr("Columns (or keys) that hold predictions in the config's result "
                                       "format, separated by commas: the server turns them into predictions "
                                       "instead of task data."));
    limitsForm->addRow(tr("&Prediction columns:"), m_predictionColumns);
    limitsBox->setTitle(tr("Options"));

    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addLayout(sourcesRow, 2);
    lay->addWidget(m_keys);
    lay->addWidget(new QLabel(tr("Preview:"), this));
    lay->addWidget(m_previewView, 3);
    lay->addWidget(limitsBox);
    lay->addWidget(m_progress);
    lay->addWidget(m_status);
    lay->addWidget(buttons);

    loadConfig();
    updateChecks();
}

ImportDialog::~ImportDialog()
{
    *m_alive = false;
    if (m_job)
        m_job->cancel();
}

QString ImportDialog::keyCheckText() const
{
    return m_keys->text();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

ImportLimits ImportDialog::limits() const
{
    ImportLimits l;
    l.maxRequestBytes = qint64(m_maxMiB->value()) * 1024 * 1024;
    l.maxTasksPerRequest = m_maxTasks->value();
    return l;
}

void ImportDialog::loadConfig()
{
    ProjectsApi(m_client).get(m_project, this, [this](const Result<Project> &r) {
        m_configLoaded = true;
        if (!r.ok()) {
            m_configError = tr("Could not read the project's labeling config (%1); the data keys are not "
                               "checked.")
                                .arg(r.error.message);
        } else {
            // The project by name: the dialog stays open while the main window moves to another project.
            setWindowTitle(tr("Import tasks into “%1”").arg(r->title));
            XmlError error;
            m_config = LabelInterface::parse(r->labelConfig, &error);
            if (m_config)
                m_variables = configVariables(*m_config);
            else
                m_configError
                    = tr("The project's labeling config does not parse; the data keys are not checked.");
        }
        updateChecks();
    });
}

void ImportDialog::pickFiles()
{
    const QStringList paths = m_picker(this);
    if (!paths.isEmpty())
        addFiles(paths);
}

void ImportDialog::addFiles(const QStringList &paths)
{
    m_showingResult = false;
    for (const QString &path : paths) {
        m_sources->addPending(path);
        // Reading a large file takes seconds: off the UI thread. The dialog may be gone by then.
        QThreadPool::globalInstance()->start([this, alive = m_alive, path] {
            ImportSource s = scanFile(path);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [this, alive, path, s] {
                    if (!*alive)
                        return;
                    m_sources->setScanned(path, s);
                    updateChecks();
                },
                Qt::QueuedConnection);
        });
    }
    updateChecks();
}

void ImportDialog::addUrls(const QStringList &urls, bool download)
{
    m_sources->addSource(download ? urlDownloadSource(urls) : urlTasksSource(urls));
    updateChecks();
}

void ImportDialog::askUrls()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Add URLs"));
    auto *edit = new QPlainTextEdit(&ask);
    edit->setPlaceholderText(tr("One URL per line"));
    edit->setAccessibleName(tr("URLs, one per line"));
    auto *asTasks = new QRadioButton(tr("Make a task of each URL (the files stay where they are)"), &ask);
    auto *download = new QRadioButton(tr("Let the server download each URL and import it like a file"), &ask);
    asTasks->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *lay = new QVBoxLayout(&ask);
    lay->addWidget(edit);
    lay->addWidget(asTasks);
    lay->addWidget(download);
    lay->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QStringList urls = edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_showingResult = false;
    if (!urls.isEmpty())
        addUrls(urls, download->isChecked());
}

void ImportDialog::removeSelected()
{
    if (isImporting())
        return;
    QList<int> rows;
    for (const QModelIndex &i : m_sourcesView->selectionModel()->selectedRows())
        rows << i.row();
    m_sources->removeRows(rows);
    m_showingResult = false;
    updateChecks();
}

void ImportDialog::updateChecks()
{
    const QList<ImportSource> sources = m_sources->sources();
    m_preview->setSources(sources, m_variables);
    QString text;
    if (!m_configLoaded) {
        text = tr("Reading the project's labeling config…");
    } else if (!m_configError.isEmpty()) {
        text = m_configError;
    } else if (m_config && !sources.isEmpty()) {
        const KeyCheck check = checkKeys(*m_config, sources);
        QStringList lines;
        lines << tr("The config reads: %1.")
                     .arg(
                         m_variables.isEmpty() ? tr("no task data") : m_variables.join(QStringLiteral(", ")));
        if (!check.problem.isEmpty())
            lines << QStringLiteral("⚠ ") + check.problem;
        if (!check.missing.isEmpty())
            lines << QStringLiteral("⚠ ")
                    + tr("No task provides %1: those tasks would show nothing in the labeling interface.")
                          .arg(check.missing.join(QStringLiteral(", ")));
        else if (check.problem.isEmpty())
            lines << tr("Every variable is provided.");
        if (!check.unused.isEmpty())
            lines << tr("Keys no tag reads (kept in the task data): %1.")
                         .arg(check.unused.join(QStringLiteral(", ")));
        text = lines.join(QLatin1Char('\n'));
    }
    m_keys->setText(text);
    const bool ready = !sources.isEmpty() && !m_sources->isScanning() && !m_sources->hasErrors();
    m_import->setEnabled(ready && !isImporting() && !m_done && m_configLoaded);
    if (!isImporting() && !m_done && !m_showingResult) {
        if (m_sources->isScanning())
            setStatus(tr("Reading the files…"));
        else if (m_sources->hasErrors())
            setStatus(tr("A file has a problem (see its Status): fix or remove it. Nothing is sent while "
                         "one of them does not parse."));
        else if (!sources.isEmpty())
            setStatus(tr("%n task(s) ready to import.", nullptr, m_sources->taskCount()));
        else
            setStatus({});
    }
}

void ImportDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ImportDialog::startImport()
{
    if (isImporting() || m_done || !m_import->isEnabled())
        return;
    const QList<ImportSource> sources = m_sources->sources();
    if (m_config) {
        const KeyCheck check = checkKeys(*m_config, sources);
        if (!check.ok()) {
            const QString question
                = (check.problem.isEmpty() ? tr("No task provides %1, which the labeling config reads.")
                                                 .arg(check.missing.join(QStringLiteral(", ")))
                                           : check.problem)
                + QLatin1Char('\n') + tr("Import anyway?");
            if (!m_confirmer(this, question))
                return;
        }
    }
    ImportOptions options;
    options.limits = limits();
    for (const QString &c : m_predictionColumns->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            options.preannotatedFromFields << c.trimmed();
    auto *job = new ImportJob(m_client, m_project, sources, options, this);
    m_job = job;
    m_import->setEnabled(false);
    m_remove->setEnabled(false);
    m_maxMiB->setEnabled(false);
    m_maxTasks->setEnabled(false);
    m_predictionColumns->setEnabled(false);
    m_close->setText(tr("&Cancel import"));
    m_progress->setVisible(true);
    m_progress->setValue(0);
    setStatus(tr("Preparing the first request…"));
    connect(job, &ImportJob::progress, this, [this](qint64 sent, qint64 total, int done, int requests) {
        m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
        setStatus(tr("Request %1 of %2: %3 of %4 sent.")
                      .arg(qMin(done + 1, requests))
                      .arg(requests)
                      .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    });
    connect(job, &ImportJob::finished, this, [this, job] { onFinished(job); });
    job->start();
}

void ImportDialog::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

void ImportDialog::onFinished(ImportJob *job)
{
    m_job.clear();
    job->deleteLater();
    const ImportTotals &r = job->result();
    m_close->setText(tr("&Close"));
    m_showingResult = true; // stays until the files change
    m_maxMiB->setEnabled(true);
    m_maxTasks->setEnabled(true);
    m_predictionColumns->setEnabled(true);
    if (job->error().ok()) {
        m_done = true;
        m_progress->setValue(1000);
        setStatus(tr("Imported %1 task(s), %2 annotation(s) and %3 prediction(s) in %n request(s).", nullptr,
            r.requests)
                      .arg(r.tasks)
                      .arg(r.annotations)
                      .arg(r.predictions));
    } else {
        // Tasks created by earlier requests stay: importing the same files again would duplicate them.
        m_done = r.tasks > 0;
        setStatus(job->error().message);
    }
    if (r.tasks > 0)
        Q_EMIT imported(r.tasks);
    updateChecks();
}

void ImportDialog::reject()
{
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace lsdesk
