// lsdesk-cli import: files (JSON, JSON lines, CSV, TSV, text, single assets) or URL lists into a project,
// checked against the project's config first, cut into requests the server accepts, with progress on a
// terminal.
#include "api/projectsapi.h"
#include "cli/cliapp.h"
#include "cli/servercommand.h"
#include "import/importjob.h"
#include "labelconfig/labelinterface.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace lsdesk::cli {

namespace {

using namespace lsdesk::import;

QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::cli::ImportCommand", text);
}

class ImportCommand : public ServerCommand
{
public:
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("urls"),
                tr("A file of URLs, one per line (- for standard input); each becomes a task that "
                   "references it."),
                QStringLiteral("file") },
            { QStringLiteral("download-urls"),
                tr("With --urls, the server downloads each URL and imports it like a file.") },
            { QStringLiteral("max-request-mb"),
                tr("The largest request in MiB (default 100); larger files are split at task "
                   "boundaries."),
                QStringLiteral("M") },
            { QStringLiteral("max-tasks"), tr("The most tasks per request (default 50000)."),
                QStringLiteral("K") },
            { QStringLiteral("preannotated-from-fields"),
                tr("Columns holding predictions in the config's result format (comma-separated)."),
                QStringLiteral("names") },
            { QStringLiteral("require-keys"),
                tr("Refuse (exit 1) when the files lack a variable the project's config reads.") },
            { QStringLiteral("return-task-ids"), tr("Print the new tasks' ids (with --json).") },
        };
    }

    QList<CommandSpec> specs() const override
    {
        return { { QStringLiteral("import"),
            QStringLiteral("--project N FILE... [--urls FILE|- [--download-urls]] [--max-request-mb M] "
                           "[--max-tasks K] [--preannotated-from-fields a,b] [--require-keys] [--json "
                           "[--return-task-ids]]"),
            tr("Tasks from JSON, JSON lines (.jsonl), CSV, TSV or text files, or single media files."),
            tr("Each file is checked first (nothing is sent if one does not parse: exit 6), the data keys "
               "are "
               "compared with the config's variables (a warning, or exit 1 with --require-keys), then sent "
               "in "
               "requests within the limits (a 413 halves a request). Prints what the server created; on a "
               "failure, what the completed requests created."),
            { { QStringLiteral("project") }, { QStringLiteral("urls") }, { QStringLiteral("download-urls") },
                { QStringLiteral("max-request-mb") }, { QStringLiteral("max-tasks") },
                { QStringLiteral("preannotated-from-fields") }, { QStringLiteral("require-keys") },
                { QStringLiteral("json"), tr("What the server created, as JSON.") },
                { QStringLiteral("return-task-ids") } },
            help::serverExits({ { ExitValidation,
                                    tr("With --require-keys: the files lack a variable the config reads; or "
                                       "the "
                                       "server refused a request (HTTP 400).") },
                { ExitLocalFile,
                    tr("A file (or the --urls list) could not be read or parsed; nothing was sent.") } }) } };
    }

    QString check(const QString &, const QCommandLineParser &parser, const QStringList &args) const override
    {
        bool ok = false;
        parser.value(QStringLiteral("project")).toInt(&ok);
        if (!ok)
            return tr("import needs --project N.");
        if (args.isEmpty() && !parser.isSet(QStringLiteral("urls")))
            return tr("import needs files or --urls FILE.");
        if (parser.isSet(QStringLiteral("download-urls")) && !parser.isSet(QStringLiteral("urls")))
            return tr("--download-urls goes with --urls.");
        if (parser.isSet(QStringLiteral("max-request-mb"))
            && parser.value(QStringLiteral("max-request-mb")).toDouble() <= 0)
            return tr("--max-request-mb must be a positive number.");
        if (parser.isSet(QStringLiteral("max-tasks"))
            && parser.value(QStringLiteral("max-tasks")).toInt() <= 0)
            return tr("--max-tasks must be a positive number.");
        return {};
    }

    void run(const QString &, const CommandContext &ctx) override
    {
        m_ctx = ctx;
        const QCommandLineParser &p = *ctx.parser;
        const int project = p.value(QStringLiteral("project")).toInt();
        // Scan everything first: a file that does not parse stops the import before anything is sent.
        QStringList problems;
        for (const QString &path : ctx.args) {
            ImportSource s = scanFile(path);
            if (!s.ok())
                problems << s.error;
            m_sources << s;
        }
        if (p.isSet(QStringLiteral("urls"))) {
            QStringList urls;
            const QString from = p.value(QStringLiteral("urls"));
            QFile f;
            const bool opened = from == QLatin1String("-")
                ? f.open(stdin, QIODevice::ReadOnly)
                : (f.setFileName(from), f.open(QIODevice::ReadOnly));
            if (!opened) {
                problems << tr("%1: %2").arg(from, f.errorString());
            } else {
                QTextStream in(&f);
                while (!in.atEnd())
                    urls << in.readLine();
            }
            ImportSource s
                = p.isSet(QStringLiteral("download-urls")) ? urlDownloadSource(urls) : urlTasksSource(urls);
            if (!s.ok())
                problems << s.error;
            m_sources << s;
        }
        if (!problems.isEmpty()) {
            for (const QString &e : problems)
                Output::error(e);
            Output::error(tr("Nothing was imported."));
            return ctx.done(ExitLocalFile);
        }
        ProjectsApi(ctx.client).get(project, ctx.owner, [this, project](const Result<Project> &r) {
            if (!r.ok())
                return m_ctx.fail(r.error);
            XmlError xmlError;
            const auto config = LabelInterface::parse(r->labelConfig, &xmlError);
            if (config) {
                const KeyCheck check = checkKeys(*config, m_sources);
                QStringList warnings;
                if (!check.problem.isEmpty())
                    warnings << check.problem;
                if (!check.missing.isEmpty())
                    warnings << tr("The files have no data for %1, which the project's config reads: those "
                                   "tasks would show nothing.")
                                    .arg(check.missing.join(QStringLiteral(", ")));
                for (const QString &w : warnings)
                    Output::error(w);
                if (!warnings.isEmpty() && m_ctx.parser->isSet(QStringLiteral("require-keys"))) {
                    Output::error(tr("Nothing was imported (--require-keys)."));
                    return m_ctx.done(ExitValidation);
                }
            }
            startImport(project);
        });
    }

private:
    void startImport(int project)
    {
        const QCommandLineParser &p = *m_ctx.parser;
        ImportOptions options;
        if (p.isSet(QStringLiteral("max-request-mb")))
            options.limits.maxRequestBytes
                = qint64(p.value(QStringLiteral("max-request-mb")).toDouble() * 1024 * 1024);
        if (p.isSet(QStringLiteral("max-tasks")))
            options.limits.maxTasksPerRequest = p.value(QStringLiteral("max-tasks")).toInt();
        options.returnTaskIds = p.isSet(QStringLiteral("return-task-ids"));
        options.preannotatedFromFields
            = p.value(QStringLiteral("preannotated-from-fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        auto *job = new ImportJob(m_ctx.client, project, m_sources, options, m_ctx.owner);
        const bool tty = Output::stderrIsTerminal();
        if (tty) {
            QObject::connect(job, &ImportJob::progress, m_ctx.owner,
                [](qint64 sent, qint64 total, int done, int requests) {
                    std::fprintf(stderr, "\r%s   ",
                        qPrintable(tr("request %1 of %2, %3 of %4 MiB")
                                       .arg(qMin(done + 1, requests))
                                       .arg(requests)
                                       .arg(double(sent) / (1 << 20), 0, 'f', 1)
                                       .arg(double(total) / (1 << 20), 0, 'f', 1)));
                });
        }
        QObject::connect(job, &ImportJob::finished, m_ctx.owner, [this, job, tty] {
            if (tty)
                std::fputs("\n", stderr);
            const ImportTotals &r = job->result();
            if (m_ctx.parser->isSet(QStringLiteral("json"))) {
                QJsonObject o { { QStringLiteral("task_count"), r.tasks },
                    { QStringLiteral("annotation_count"), r.annotations },
                    { QStringLiteral("prediction_count"), r.predictions },
                    { QStringLiteral("requests"), r.requests }, { QStringLiteral("splits"), r.splits },
                    { QStringLiteral("ok"), job->error().ok() } };
                if (m_ctx.parser->isSet(QStringLiteral("return-task-ids"))) {
                    QJsonArray ids;
                    for (int id : r.taskIds)
                        ids.append(id);
                    o.insert(QStringLiteral("task_ids"), ids);
                }
                m_ctx.out->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            } else if (job->error().ok()) {
                m_ctx.out->writeLine(
                    tr("Imported %1 task(s), %2 annotation(s), %3 prediction(s) in %4 request(s).")
                        .arg(r.tasks)
                        .arg(r.annotations)
                        .arg(r.predictions)
                        .arg(r.requests));
            }
            job->deleteLater();
            if (!job->error().ok()) {
                if (job->error().kind == ApiError::Kind::Cancelled) {
                    // interrupt() has set the exit code; say what the completed requests created, so that
                    // nobody imports the same files again into duplicates.
                    Output::error(job->error().message);
                    return;
                }
                return m_ctx.fail(job->error());
            }
            m_ctx.done(ExitOk);
        });
        m_ctx.setCancel([job] { job->cancel(); });
        job->start();
    }

    CommandContext m_ctx;
    QList<ImportSource> m_sources;
};

} // namespace

std::unique_ptr<ServerCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace lsdesk::cli
