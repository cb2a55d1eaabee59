#include "cli/commandhelp.h"

#include "cli/cliapp.h"

#include <QCoreApplication>

namespace lsdesk::cli::help {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lsdesk::cli::CommandHelp", text);
}

constexpr int kWidth = 100; // the help's line width
constexpr int kColumn = 31; // where descriptions start

// `text` wrapped at kWidth, every line indented by `indent` (the first one too).
QString wrap(const QString &text, int indent)
{
    QString out;
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > kWidth) {
                out += pad + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out += pad + line + QLatin1Char('\n');
    }
    return out;
}

// "  term                          description", the description on the next line when the term is long.
QString entry(const QString &term, const QString &description, int column = kColumn)
{
    QString out = QStringLiteral("  ") + term;
    if (description.isEmpty())
        return out + QLatin1Char('\n');
    if (out.size() + 1 < column)
        return out + wrap(description, column).mid(out.size());
    return out + QLatin1Char('\n') + wrap(description, column);
}

QString optionTerm(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString term = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        term += QStringLiteral(" <%1>").arg(o.valueName());
    return term;
}

QString optionList(const QStringList &names, const CommandSpec *spec, const OptionTable &options)
{
    QString out;
    for (const QString &name : names) {
        const auto it = options.constFind(name);
        if (it == options.cend())
            continue; // not declared: the test (tests/cli) catches it by feeding the option back
        QString description = it->description();
        if (spec) {
            for (const CommandSpec::Option &o : spec->options)
                if (o.name == name && !o.help.isEmpty())
                    description = o.help;
        }
        out += entry(optionTerm(*it), description);
    }
    return out;
}

QString exitList(const QList<CommandSpec::Exit> &codes)
{
    QString out;
    for (const CommandSpec::Exit &e : codes)
        out += entry(QString::number(e.code), e.help.isEmpty() ? exitCodeText(e.code) : e.help, 8);
    return out;
}

QString connectionEnvironment()
{
    return entry(QStringLiteral("LABEL_STUDIO_URL"),
               tr("The server's URL when neither --url nor --profile gives one."))
        + entry(QStringLiteral("LABEL_STUDIO_API_KEY"),
            tr("The API key (a personal access token or a legacy token) when neither --api-key, "
               "--api-key-stdin nor --profile gives one."));
}

} // namespace

QList<CommandSpec::Exit> serverExits(const QList<CommandSpec::Exit> &extra)
{
    QList<CommandSpec::Exit> codes { { ExitOk }, { ExitValidation }, { ExitUsage }, { ExitAuth },
        { ExitNotFound }, { ExitServer } };
    for (const CommandSpec::Exit &e : extra) {
        bool replaced = false;
        for (CommandSpec::Exit &c : codes)
            if (c.code == e.code) {
                c = e;
                replaced = true;
            }
        if (!replaced)
            codes << e;
    }
    codes << CommandSpec::Exit { ExitInterrupted };
    return codes;
}
QString canonicalName(const QCommandLineOption &option)
{
    for (const QString &n : option.names())
        if (n.size() > 1)
            return n;
    return option.names().value(0);
}

QStringList globalOptions()
{
    return { QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("verbose") };
}

QStringList connectionOptions()
{
    return { QStringLiteral("url"), QStringLiteral("api-key"), QStringLiteral("api-key-stdin"),
        QStringLiteral("profile"), QStringLiteral("timeout"), QStringLiteral("ca-bundle") };
}

QList<int> allExitCodes()
{
    return { ExitOk, ExitValidation, ExitUsage, ExitAuth, ExitNotFound, ExitServer, ExitLocalFile,
        ExitInterrupted };
}

QString exitCodeText(int code)
{
    switch (code) {
    case ExitOk:
        return tr("Success.");
    case ExitValidation:
        return tr("Validation failure: the input did not pass a check, or the server refused it (HTTP 400); "
                  "the reasons are on standard error.");
    case ExitUsage:
        return tr("Usage error: a missing, unknown or invalid argument; nothing was done.");
    case ExitAuth:
        return tr("Authentication: no usable API key, the server refused it (HTTP 401, 403), or the keychain "
                  "could not give the profile's key.");
    case ExitNotFound:
        return tr("Not found: the project, task, storage or route does not exist (HTTP 404).");
    case ExitServer:
        return tr("Server or network error: no connection, a timeout, TLS, or an HTTP 5xx answer.");
    case ExitLocalFile:
        return tr("Local file error: a file could not be read, parsed or written.");
    case ExitInterrupted:
        return tr("Interrupted (Ctrl+C or SIGTERM): the running requests were cancelled.");
    default:
        return {};
    }
}

QStringList acceptedOptions(const CommandSpec &spec)
{
    QStringList names;
    for (const CommandSpec::Option &o : spec.options)
        names << o.name;
    if (spec.server)
        names << connectionOptions();
    return names << globalOptions();
}

QString commandHelp(const CommandSpec &spec, const OptionTable &options)
{
    QString out
        = tr("Usage: lsdesk-cli %1")
              .arg(spec.name + (spec.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + spec.synopsis))
        + QStringLiteral("\n\n")
        + wrap(spec.summary + (spec.details.isEmpty() ? QString() : QLatin1Char(' ') + spec.details), 0);
    QStringList own;
    for (const CommandSpec::Option &o : spec.options)
        own << o.name;
    if (!own.isEmpty())
        out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionList(own, &spec, options);
    if (spec.server)
        out += QLatin1Char('\n') + tr("Connection options:") + QLatin1Char('\n')
            + optionList(connectionOptions(), nullptr, options);
    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n')
        + optionList(globalOptions(), nullptr, options);
    if (spec.server || !spec.environment.isEmpty()) {
        out += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
        if (spec.server)
            out += connectionEnvironment();
        for (const CommandSpec::Variable &v : spec.environment)
            out += entry(v.name, v.help);
    }
    out += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n') + exitList(spec.exitCodes);
    return out;
}

QString overview(const QList<CommandSpec> &specs, const OptionTable &options)
{
    QString out = tr("Usage: lsdesk-cli [options] COMMAND [arguments]") + QLatin1Char('\n')
        + tr("Label Studio Desktop, headless: the desktop app's core on the command line.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &s : specs) {
        const QString term = s.synopsis.isEmpty() ? s.name : s.name + QLatin1Char(' ') + s.synopsis;
        // A long synopsis gets lines of its own, continued under the command's name.
        if (term.size() + 3 < kColumn)
            out += entry(term, s.summary);
        else
            out += wrap(term, 2).replace(QStringLiteral("\n  "), QStringLiteral("\n    "))
                + wrap(s.summary, kColumn);
    }
    out += QLatin1Char('\n') + tr("Connection options (commands that talk to a server):") + QLatin1Char('\n')
        + optionList(connectionOptions(), nullptr, options);
    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n')
        + optionList(globalOptions(), nullptr, options);
    out += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n') + connectionEnvironment();
    // The connection's variables are listed above; the commands' own after them, once each.
    QList<CommandSpec::Variable> seen { { QStringLiteral("LABEL_STUDIO_URL"), {} },
        { QStringLiteral("LABEL_STUDIO_API_KEY"), {} } };
    for (const CommandSpec &s : specs) {
        for (const CommandSpec::Variable &v : s.environment) {
            if (std::none_of(seen.cbegin(), seen.cend(),
                    [&v](const CommandSpec::Variable &x) { return x.name == v.name; })) {
                seen << v;
                out += entry(v.name, v.help);
            }
        }
    }
    QList<CommandSpec::Exit> codes;
    for (int code : allExitCodes())
        codes << CommandSpec::Exit { code };
    out += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n') + exitList(codes);
    out += QLatin1Char('\n')
        + wrap(
            tr("\"lsdesk-cli help COMMAND\" or \"lsdesk-cli COMMAND --help\" shows a command's options and "
               "the exit codes it can end with."),
            0);
    return out;
}

QList<CommandSpec> builtinCommands()
{
    const QList<CommandSpec::Exit> configExits { { ExitOk }, { ExitValidation }, { ExitUsage },
        { ExitLocalFile } };
    return {
        { QStringLiteral("version"), QStringLiteral("[--json]"), tr("The server's version and edition."),
            tr("Needs no API key."),
            { { QStringLiteral("json"), tr("The server's version answer as JSON.") } }, serverExits() },
        { QStringLiteral("whoami"), QStringLiteral("[--json]"), tr("The user the API key belongs to."),
            tr("Prints id, user name and e-mail, separated by tabs."),
            { { QStringLiteral("json"), tr("The user as the server describes it, as JSON.") } },
            serverExits() },
        { QStringLiteral("projects list"), QStringLiteral("[--search TEXT] [--json]"),
            tr("All projects (id, title, task count)."), {},
            { { QStringLiteral("search") }, { QStringLiteral("json"), tr("The projects as a JSON array.") } },
            serverExits() },
        { QStringLiteral("tasks list"),
            QStringLiteral("--project N [--fields all|task-only] [--query JSON] [--format ndjson|json] "
                           "[--page-size N] [--concurrency N]"),
            tr("All tasks of a project, streamed as pages arrive."),
            tr("One JSON object per line (ndjson), or one JSON array."),
            { { QStringLiteral("project") }, { QStringLiteral("fields") }, { QStringLiteral("query") },
                { QStringLiteral("format") }, { QStringLiteral("page-size") },
                { QStringLiteral("concurrency") } },
            serverExits() },
        { QStringLiteral("export"),
            QStringLiteral(
                "--project N --format FMT -o FILE [--all-tasks] [--download-resources] [--ids 1,2,...] "
                "[--batch-size K] [--snapshot [--with-drafts] [--with-predictions] [--with-history] "
                "[--without-skipped-annotations] [--ground-truth-only] [--interpolate-key-frames]]"),
            tr("An export in a server format (JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ...), streamed to FILE."),
            tr("FILE is replaced only by a complete, checked export. The snapshot options need --snapshot "
               "(implied on Enterprise servers, which have no direct export)."),
            { { QStringLiteral("project") },
                { QStringLiteral("format"),
                    tr("The export format: JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ... (the project's "
                       "formats).") },
                { QStringLiteral("output") }, { QStringLiteral("all-tasks") },
                { QStringLiteral("download-resources") }, { QStringLiteral("ids") },
                { QStringLiteral("batch-size") }, { QStringLiteral("snapshot") },
                { QStringLiteral("with-drafts") }, { QStringLiteral("with-predictions") },
                { QStringLiteral("with-history") }, { QStringLiteral("without-skipped-annotations") },
                { QStringLiteral("ground-truth-only") }, { QStringLiteral("interpolate-key-frames") } },
            serverExits(
                { { ExitLocalFile, tr("FILE could not be written (the old FILE is left as it was).") } }) },
        { QStringLiteral("agreement"),
            QStringLiteral("--project N | --file EXPORT.json [--config CONFIG.xml] [--per-label] [--format "
                           "json|csv] [--ground-truth] [--predictions] [--methodology pairwise|consensus "
                           "[--threshold T]]"),
            tr("Inter-annotator agreement computed locally as Enterprise defines it (docs/agreement.md)."),
            tr("From a live project, or offline from a JSON export (--file needs no server: with --config, "
               "the "
               "project's controls; without it, every control seen). json: participants (key, name), the "
               "matrix with common-task counts and standard deviations, mean and std, per-task scores and "
               "pairs, per-label matrices with --per-label, and on Enterprise the server's own matrix under "
               "\"server\" (Community: a note on standard error). csv: the matrix, then the common-task "
               "counts "
               "(and one block per label with --per-label)."),
            { { QStringLiteral("project") }, { QStringLiteral("file") }, { QStringLiteral("config") },
                { QStringLiteral("per-label") },
                { QStringLiteral("format"), tr("The output format: json (default) or csv.") },
                { QStringLiteral("ground-truth") }, { QStringLiteral("predictions") },
                { QStringLiteral("methodology") }, { QStringLiteral("threshold") } },
            serverExits({ { ExitLocalFile,
                tr("The export file could not be read or is not a JSON export, or "
                   "the config file could not be read.") } }) },
        { QStringLiteral("config create"), QStringLiteral("--spec SPEC.json"),
            tr("A label config from a JSON spec, byte-identical to the SDK's LabelInterface.create."),
            tr("The spec format is in docs/config-spec.md. Local files only: no server."),
            { { QStringLiteral("spec") } }, configExits, false },
        { QStringLiteral("config parse"), QStringLiteral("FILE.xml [--json]"),
            tr("Controls, objects and labels of a config (the server's parsed_label_config)."),
            tr("Local files only: no server."),
            { { QStringLiteral("json"), tr("The parsed_label_config as JSON.") } }, configExits, false },
        { QStringLiteral("config validate"),
            QStringLiteral("FILE.xml [--task T.json] [--annotation A.json] [--prediction P.json]"),
            tr("The SDK's validation of a config, and of a task, annotation or prediction against it."),
            tr("Local files only: no server."),
            { { QStringLiteral("task") }, { QStringLiteral("annotation") },
                { QStringLiteral("prediction") } },
            { { ExitOk }, { ExitValidation, tr("Not valid: each error on its own line on standard error.") },
                { ExitUsage }, { ExitLocalFile } },
            false },
        { QStringLiteral("config diff"), QStringLiteral("OLD.xml NEW.xml [--summary S.json] [--json]"),
            tr("Structural changes between two configs."),
            tr("With a project summary, whether the server will refuse the new config and why. Local files "
               "only: no server."),
            { { QStringLiteral("summary") },
                { QStringLiteral("json"), tr("The changes (and the verdict) as JSON.") } },
            { { ExitOk }, { ExitValidation, tr("With --summary: the server will refuse the new config.") },
                { ExitUsage }, { ExitLocalFile } },
            false },
        { QStringLiteral("profile save"), QStringLiteral("NAME --url URL [--api-key-stdin]"),
            tr("Save a server profile; its key goes to the OS keychain only."),
            tr("The key comes from --api-key-stdin, --api-key or $LABEL_STUDIO_API_KEY; the URL from --url "
               "or "
               "$LABEL_STUDIO_URL. Use it with --profile NAME."),
            { { QStringLiteral("url"), tr("The server's URL.") }, { QStringLiteral("api-key") },
                { QStringLiteral("api-key-stdin") } },
            { { ExitOk }, { ExitUsage }, { ExitAuth, tr("The key is not usable (empty or malformed).") },
                { ExitLocalFile, tr("The keychain could not store the key.") } },
            false,
            { { QStringLiteral("LABEL_STUDIO_URL"), tr("The server's URL when --url is not given.") },
                { QStringLiteral("LABEL_STUDIO_API_KEY"),
                    tr("The key when neither --api-key nor --api-key-stdin gives one.") } } },
        { QStringLiteral("profile list"), {}, tr("Saved profiles (name, URL)."), {}, {},
            { { ExitOk }, { ExitUsage } }, false },
        { QStringLiteral("profile remove"), QStringLiteral("NAME"),
            tr("Log out: delete the profile and its key from the keychain."), {}, {},
            { { ExitOk }, { ExitUsage, tr("There is no such profile.") },
                { ExitLocalFile, tr("The keychain could not delete the key.") } },
            false },
    };
}

} // namespace lsdesk::cli::help
