// lsdesk-cli export: the direct export, batched exports and snapshot exports, with progress on a
// terminal and one exit code rule for all three.

#include "api/session.h"
#include "cli/cliapp.h"
#include "export/batchedexport.h"
#include "export/exportjob.h"
#include "export/snapshotexport.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

namespace lsdesk::cli {

namespace {
// The snapshot options (SnapshotOptions), each a flag valid only for a snapshot export.
const struct
{
    const char *flag;
    const char *help;
    bool SnapshotOptions::*field; // null: interpolateKeyFrames
    bool value = true; // what the flag sets the field to
} kSnapshotFlags[] = {
    { "with-drafts",
        QT_TRANSLATE_NOOP("lsdesk::cli::CliApp", "With --snapshot: whole drafts, not their ids."),
        &SnapshotOptions::drafts },
    { "with-predictions",
        QT_TRANSLATE_NOOP("lsdesk::cli::CliApp", "With --snapshot: whole predictions, not their ids."),
        &SnapshotOptions::predictions },
    { "with-history", QT_TRANSLATE_NOOP("lsdesk::cli::CliApp", "With --snapshot: the annotations' history."),
        &SnapshotOptions::annotationHistory },
    { "without-skipped-annotations",
        QT_TRANSLATE_NOOP("lsdesk::cli::CliApp",
            "With --snapshot: leave out the skipped annotations (the direct export keeps them)."),
        &SnapshotOptions::skippedAnnotations, false },
    { "ground-truth-only",
        QT_TRANSLATE_NOOP("lsdesk::cli::CliApp", "With --snapshot: only the ground-truth annotations."),
        &SnapshotOptions::groundTruthOnly },
    { "interpolate-key-frames",
        QT_TRANSLATE_NOOP("lsdesk::cli::CliApp", "With --snapshot: every video frame between key frames."),
        nullptr },
};
} // namespace

void CliApp::addSnapshotOptions()
{
    for (const auto &f : kSnapshotFlags)
        addOptions({ { QString::fromLatin1(f.flag), tr(f.help) } });
}

void CliApp::cmdExport()
{
    ExportRequest r;
    r.project = m_parser.value(QStringLiteral("project")).toInt();
    r.format = m_parser.value(QStringLiteral("format"));
    r.allTasks = m_parser.isSet(QStringLiteral("all-tasks"));
    r.downloadResources = m_parser.isSet(QStringLiteral("download-resources"));
    for (const QString &id :
        m_parser.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.ids.append(id.trimmed().toInt());
    r.target = m_parser.value(QStringLiteral("output"));
    for (const auto &f : kSnapshotFlags) {
        if (!m_parser.isSet(QString::fromLatin1(f.flag)))
            continue;
        if (f.field)
            r.snapshot.*f.field = f.value;
        else
            r.snapshot.interpolateKeyFrames = true;
    }
    if (m_parser.isSet(QStringLiteral("batch-size"))) {
        const int batch = m_parser.value(QStringLiteral("batch-size")).toInt();
        if (batch <= 0) {
            done(usage(tr("--batch-size must be a positive number.")));
            return;
        }
        auto *batched = new BatchedExportJob(m_client.get(), r, batch, this);
        const bool tty = Output::stderrIsTerminal();
        if (tty) {
            connect(batched, &BatchedExportJob::progress, this, [](int doneBatches, int batches) {
                std::fprintf(
                    stderr, "\r%s   ", qPrintable(tr("batch %1 of %2").arg(doneBatches).arg(batches)));
            });
        }
        connect(batched, &BatchedExportJob::finished, this,
            [this, batched, tty](const ApiError &error) { finishExport(batched, tty, error); });
        m_cancel = [batched] { batched->cancel(); };
        batched->start();
        return;
    }
    if (m_parser.isSet(QStringLiteral("snapshot"))) {
        runSnapshotExport(r);
        return;
    }
    // Enterprise servers have only snapshots: ask the server which it is (no key needed) before choosing.
    SessionApi(m_client.get()).version(this, [this, r](const Result<ServerVersion> &v) {
        const bool enterprise = v.ok() && v->isEnterprise();
        if (enterprise && !r.ids.isEmpty())
            return done(usage(tr("--ids: this Enterprise server exports through snapshots, which cover the "
                                 "whole project.")));
        if (const QString flag = snapshotFlag(); !enterprise && !flag.isEmpty())
            return done(usage(tr("--%1 is a snapshot option: add --snapshot (this server's default export is "
                                 "the direct one, which has no such option).")
                                  .arg(flag)));
        if (enterprise)
            runSnapshotExport(r);
        else
            runDirectExport(r);
    });
}

QString CliApp::snapshotFlag() const
{
    for (const auto &f : kSnapshotFlags) {
        if (m_parser.isSet(QString::fromLatin1(f.flag)))
            return QString::fromLatin1(f.flag);
    }
    return {};
}

void CliApp::runSnapshotExport(const ExportRequest &r)
{
    auto *job = new SnapshotExportJob(m_client.get(), r, this);
    const bool tty = Output::stderrIsTerminal();
    if (tty) {
        connect(job, &SnapshotExportJob::stage, this, [](const QString &what) {
            // The stage names are identifiers; people get a sentence.
            const QString text = what == QLatin1String("creating") ? tr("the server builds a snapshot…")
                : what == QLatin1String("converting")              ? tr("the server converts the snapshot…")
                                                                   : tr("downloading…");
            std::fprintf(stderr, "\r%s          ", qPrintable(text));
        });
    }
    connect(job, &SnapshotExportJob::finished, this,
        [this, job, tty](const ApiError &error) { finishExport(job, tty, error); });
    m_cancel = [job] { job->cancel(); };
    job->start();
}

// The end of every export path (direct, batched, snapshot): one exit code rule.
void CliApp::finishExport(QObject *job, bool tty, const ApiError &error)
{
    job->deleteLater();
    m_cancel = nullptr;
    if (tty)
        std::fputs("\n", stderr); // end the progress line
    if (error.ok()) {
        done(ExitOk);
        return;
    }
    // A destination that cannot be written is a local file error, not a usage error.
    if (error.kind == ApiError::Kind::InvalidInput) {
        Output::error(error.message);
        done(ExitLocalFile);
        return;
    }
    fail(error);
}

void CliApp::runDirectExport(const ExportRequest &r)
{
    auto *job = new ExportJob(m_client.get(), r, this);
    // Progress only for people: a terminal on stderr gets one updating line, a pipe or log gets nothing.
    const bool tty = Output::stderrIsTerminal();
    QElapsedTimer clock;
    clock.start();
    if (tty) {
        connect(job, &ExportJob::progress, this, [clock](qint64 received, qint64 total) mutable {
            const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
            const double mib = double(received) / (1024 * 1024);
            if (total > 0)
                std::fprintf(stderr, "\r%s   ",
                    qPrintable(tr("%1 of %2 MiB (%3 MiB/s)")
                                   .arg(mib, 0, 'f', 1)
                                   .arg(double(total) / (1024 * 1024), 0, 'f', 1)
                                   .arg(mib / seconds, 0, 'f', 1)));
            else
                std::fprintf(stderr, "\r%s   ",
                    qPrintable(tr("%1 MiB (%2 MiB/s)").arg(mib, 0, 'f', 1).arg(mib / seconds, 0, 'f', 1)));
        });
    }
    if (tty) {
        connect(job, &ExportJob::verifying, this,
            [] { std::fprintf(stderr, "\r%s                    ", qPrintable(tr("checking the file…"))); });
    }
    connect(job, &ExportJob::finished, this,
        [this, job, tty](const ApiError &error) { finishExport(job, tty, error); });
    m_cancel = [job] { job->cancel(); };
    job->start();
}

} // namespace lsdesk::cli
