#include "export/exportdialog.h"

#include "api/projectsapi.h"
#include "export/exportoptions.h"
#include "labelconfig/labelinterface.h"
#include "widgets/icons.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace lsdesk {

namespace {
// What label-studio-converter needs in a config for each format it converts to (its supported-formats
// rules): an object tag and one of the control tags. JSON, JSON_MIN, CSV and TSV need nothing.
struct Requirement
{
    const char *format;
    const char *object; // lower-case tag, "" for any
    QStringList controls; // lower-case tags
};
const QList<Requirement> &requirements()
{
    static const QList<Requirement> r {
        { "CONLL2003", "text", { QStringLiteral("labels") } },
        { "COCO", "image",
            { QStringLiteral("rectanglelabels"), QStringLiteral("polygonlabels"),
                QStringLiteral("keypointlabels"), QStringLiteral("rectangle"), QStringLiteral("polygon"),
                QStringLiteral("keypoint") } },
        { "YOLO", "image",
            { QStringLiteral("rectanglelabels"), QStringLiteral("polygonlabels"), QStringLiteral("rectangle"),
                QStringLiteral("polygon") } },
        { "YOLO_OBB", "image", { QStringLiteral("rectanglelabels"), QStringLiteral("rectangle") } },
        { "VOC", "image", { QStringLiteral("rectanglelabels"), QStringLiteral("rectangle") } },
        { "BRUSH_TO_NUMPY", "image", { QStringLiteral("brushlabels"), QStringLiteral("brush") } },
        { "BRUSH_TO_PNG", "image", { QStringLiteral("brushlabels"), QStringLiteral("brush") } },
        { "ASR_MANIFEST", "audio", { QStringLiteral("textarea") } },
    };
    return r;
}

QString extensionFor(const QString &format)
{
    if (format == QLatin1String("JSON") || format == QLatin1String("JSON_MIN"))
        return QStringLiteral("json");
    if (format == QLatin1String("CSV"))
        return QStringLiteral("csv");
    if (format == QLatin1String("TSV"))
        return QStringLiteral("tsv");
    if (format == QLatin1String("CONLL2003"))
        return QStringLiteral("conll");
    return QStringLiteral("zip"); // the converter packs the image and audio formats as archives
}

QString mib(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}
} // namespace

ExportDialog::ExportDialog(
    Client *client, const Project &project, const QList<int> &selectedTaskIds, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_selected(selectedTaskIds)
    , m_formatList(new QListWidget(this))
    , m_formatInfo(new QLabel(this))
    , m_options(new ExportOptions(int(selectedTaskIds.size()), this))
    , m_destination(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
    , m_cancelButton(new QPushButton(tr("Cancel export"), this))
    , m_openFolder(new QPushButton(tr("Open &folder"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export “%1”").arg(project.title));
    m_formatList->setAccessibleName(tr("Export formats"));
    m_formatInfo->setWordWrap(true);
    m_formatInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formatInfo->setMinimumHeight(48);
    m_destination->setAccessibleName(tr("Export destination"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton->setVisible(false);
    m_openFolder->setVisible(false);
    m_openFolder->setIcon(appIcon(QStringLiteral("open"), QStringLiteral("folder-open")));
    m_exportButton->setDefault(true);
    m_exportButton->setEnabled(false);

    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browse);
    auto *form = new QFormLayout;
    // Labels with their buddies, so that Alt+S and Alt+F reach the fields (and no '&' shows).
    auto *saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_destination);
    form->addRow(saveTo, destRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatList);
    layout->addWidget(formatLabel);
    layout->addWidget(m_formatList, 1);
    layout->addWidget(m_formatInfo);
    layout->addWidget(m_options);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(600, 640);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_destination->setText(
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(defaultFileName(project.title, QStringLiteral("JSON"), QDate::currentDate())));

    connect(m_formatList, &QListWidget::currentRowChanged, this, &ExportDialog::updateFormatInfo);
    connect(m_formatList, &QListWidget::itemActivated, this, [this] { startExport(); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastTarget).absolutePath())); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_destination->text());
        if (!path.isEmpty())
            m_destination->setText(path);
    });
    loadFormats();
    if (m_project.labelConfig.isEmpty())
        loadProject();
}

ExportDialog::~ExportDialog()
{
    cancelExport(); // removes the partial file
}

void ExportDialog::setUseSnapshots(bool on)
{
    m_options->setSnapshotsOnly(on);
}

QString ExportDialog::defaultFileName(const QString &projectTitle, const QString &format, const QDate &date)
{
    QString base = projectTitle.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+")), QStringLiteral("_"));
    if (base.isEmpty())
        base = QStringLiteral("export");
    return base + QLatin1Char('-') + date.toString(Qt::ISODate) + QLatin1Char('.') + extensionFor(format);
}

QString ExportDialog::missingFor(const QString &format, const QString &labelConfig)
{
    const auto &all = requirements();
    const auto it = std::find_if(
        all.begin(), all.end(), [&](const Requirement &r) { return format == QLatin1String(r.format); });
    if (it == all.end())
        return {};
    XmlError error;
    const auto li = LabelInterface::parse(labelConfig, &error);
    if (!li)
        return tr("the label config cannot be read (%1)").arg(error.toString());
    const QString object = QString::fromLatin1(it->object);
    for (const ControlTagInfo &c : li->controls()) {
        if (!it->controls.contains(c.tag.toLower()))
            continue;
        for (const QString &to : c.toName) {
            const ObjectTagInfo *o = li->object(to);
            if (o && (object.isEmpty() || o->tag.toLower() == object))
                return {};
        }
    }
    // Tag names as the converter knows them (lower case).
    return tr("%1 needs %2 labelled with one of %3; this project's label config has none.")
        .arg(format, object.isEmpty() ? tr("an object") : QStringLiteral("<%1>").arg(object),
            it->controls.join(QStringLiteral(", ")));
}

// A project from the projects list comes without its label config, which says why a format is disabled.
void ExportDialog::loadProject()
{
    ProjectsApi(m_client).get(m_project.id, this, [this](const Result<Project> &r) {
        if (!r.ok())
            return; // the formats still show; only the reason for a disabled one is missing
        m_project = *r;
        setWindowTitle(tr("Export “%1”").arg(m_project.title));
        updateFormatInfo();
    });
}

void ExportDialog::loadFormats()
{
    m_status->setText(tr("Loading the formats…"));
    ProjectsApi(m_client).exportFormats(m_project.id, this, [this](const Result<QList<ExportFormat>> &r) {
        if (!r.ok()) {
            m_status->setText(tr("The formats could not be loaded: %1").arg(r.error.message));
            return;
        }
        m_formats = *r;
        m_formatList->clear();
        for (const ExportFormat &f : m_formats) {
            auto *item = new QListWidgetItem(f.title.isEmpty() ? f.name : f.title, m_formatList);
            item->setData(Qt::UserRole, f.name);
            if (f.disabled)
                item->setForeground(m_formatList->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_status->clear();
        if (!selectFormat(QStringLiteral("JSON")) && m_formatList->count() > 0)
            m_formatList->setCurrentRow(0);
        Q_EMIT formatsLoaded();
    });
}

QString ExportDialog::selectedFormat() const
{
    const QListWidgetItem *item = m_formatList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ExportDialog::selectFormat(const QString &name)
{
    for (int i = 0; i < m_formatList->count(); ++i) {
        if (m_formatList->item(i)->data(Qt::UserRole).toString() == name) {
            m_formatList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::updateFormatInfo()
{
    const int row = m_formatList->currentRow();
    if (row < 0 || row >= m_formats.size()) {
        m_formatInfo->clear();
        m_exportButton->setEnabled(false);
        return;
    }
    const ExportFormat &f = m_formats.at(row);
    m_options->setFormat(f.name);
    QString text = f.description;
    if (f.disabled) {
        const QString why = missingFor(f.name, m_project.labelConfig);
        text += QStringLiteral("\n")
            + (why.isEmpty() ? tr("The server does not offer this format for this project.") : why);
    }
    m_formatInfo->setText(text);
    m_exportButton->setEnabled(!f.disabled && !isExporting());
    // Keep a destination the user typed; follow the format's extension in the default name.
    const QFileInfo dest(destination());
    const QString stem = dest.completeBaseName();
    if (!dest.fileName().isEmpty() && dest.suffix() != extensionFor(f.name))
        m_destination->setText(dest.dir().filePath(stem + QLatin1Char('.') + extensionFor(f.name)));
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const QString format = selectedFormat();
    if (format.isEmpty())
        return;
    const QString target = destination();
    if (const QString why = ExportJob::checkTarget(target); !why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    if (QFileInfo::exists(target)) {
        const bool replace = m_confirmOverwrite
            ? m_confirmOverwrite(target)
            : QMessageBox::question(this, tr("Replace the file?"),
                  tr("%1 exists. Replace it with the new export? The old file stays until the export has "
                     "completed.")
                      .arg(QDir::toNativeSeparators(target)))
                == QMessageBox::Yes;
        if (!replace)
            return;
    }
    ExportRequest r;
    r.project = m_project.id;
    r.format = format;
    m_options->apply(&r);
    if (m_options->onlySelected())
        r.ids = m_selected;
    r.target = target;
    m_lastTarget = target;
    startJob(r);
}

// One of the three paths; each streams to a temporary file and puts it in place only when complete.
void ExportDialog::startJob(const ExportRequest &r)
{
    m_clock.start();
    setBusy(true);
    switch (m_options->path()) {
    case ExportOptions::Path::Snapshot:
        m_snapshotJob = new SnapshotExportJob(m_client, r, this);
        connect(m_snapshotJob, &SnapshotExportJob::progress, this, &ExportDialog::onProgress);
        connect(m_snapshotJob, &SnapshotExportJob::finished, this, &ExportDialog::onFinished);
        connect(m_snapshotJob, &SnapshotExportJob::stage, this, [this](const QString &what) {
            if (what == QLatin1String("converting"))
                m_status->setText(tr("The server is converting the snapshot to %1…").arg(selectedFormat()));
            else if (what == QLatin1String("creating"))
                m_status->setText(tr("The server is building a snapshot of the project…"));
        });
        m_snapshotJob->start();
        return;
    case ExportOptions::Path::Batched:
        m_batchJob = new BatchedExportJob(m_client, r, m_options->batchSize(), this);
        connect(m_batchJob, &BatchedExportJob::progress, this, [this](int done, int batches) {
            m_progress->setRange(0, std::max(1, batches));
            m_progress->setValue(done);
            m_status->setText(tr("Downloaded batch %1 of %2").arg(done).arg(batches));
        });
        connect(m_batchJob, &BatchedExportJob::finished, this, &ExportDialog::onFinished);
        m_status->setText(tr("Listing the tasks to export in batches…"));
        m_batchJob->start();
        return;
    case ExportOptions::Path::Direct:
        break;
    }
    m_job = new ExportJob(m_client, r, this);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::verifying, this, [this] {
        m_progress->setRange(0, 0); // busy: the check reads the whole file, with no steps to show
        m_status->setText(tr("Downloaded; checking that the file is complete…"));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    m_status->setText(tr("Waiting for the server to prepare the export…"));
    m_job->start();
}

void ExportDialog::cancelExport()
{
    if (m_job)
        m_job->cancel();
    if (m_snapshotJob)
        m_snapshotJob->cancel();
    if (m_batchJob)
        m_batchJob->cancel();
}

void ExportDialog::onProgress(qint64 received, qint64 total)
{
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    const double rate = double(received) / seconds;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(received) / double(total)));
        const int eta = rate > 0 ? int(double(total - received) / rate) : -1;
        m_status->setText(tr("%1 of %2 — %3/s — about %n s left", nullptr, std::max(0, eta))
                              .arg(mib(received), mib(total), mib(qint64(rate))));
    } else {
        m_progress->setRange(0, 0); // the direct export streams without a length: busy, not a percentage
        m_status->setText(tr("%1 — %2/s").arg(mib(received), mib(qint64(rate))));
    }
}

void ExportDialog::onFinished(const ApiError &error)
{
    if (m_job)
        m_job->deleteLater();
    if (m_snapshotJob)
        m_snapshotJob->deleteLater();
    if (m_batchJob)
        m_batchJob->deleteLater();
    m_job = nullptr;
    m_snapshotJob = nullptr;
    m_batchJob = nullptr;
    setBusy(false);
    if (error.ok()) {
        m_status->setText(
            tr("Exported to %1 (%2).")
                .arg(QDir::toNativeSeparators(m_lastTarget), mib(QFileInfo(m_lastTarget).size())));
        m_openFolder->setVisible(true);
        // Only for a user who went elsewhere during a long export; one who watches sees the status.
        if (m_notifier && !isActiveWindow()) {
            const QFileInfo file(m_lastTarget);
            m_notifier->notify(tr("Export finished"),
                tr("%1 (%2) is in %3")
                    .arg(file.fileName(), mib(file.size()), QDir::toNativeSeparators(file.absolutePath())));
        }
        Q_EMIT exportFinished(true);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled)
        m_status->setText(
            tr("Cancelled. Nothing was written to %1.").arg(QDir::toNativeSeparators(m_lastTarget)));
    else
        m_status->setText(tr("The export failed: %1\nNothing was written to %2. Press Export to try again.")
                              .arg(error.message, QDir::toNativeSeparators(m_lastTarget)));
    m_exportButton->setText(error.kind == ApiError::Kind::Cancelled ? tr("&Export") : tr("&Retry"));
    Q_EMIT exportFinished(false);
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancelButton->setVisible(busy);
    m_exportButton->setEnabled(!busy);
    m_formatList->setEnabled(!busy);
    m_options->setEnabled(!busy);
    m_destination->setEnabled(!busy);
    m_closeButton->setEnabled(!busy);
    if (busy)
        m_openFolder->setVisible(false);
}

} // namespace lsdesk
