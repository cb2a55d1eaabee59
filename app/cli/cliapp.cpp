#include "cli/cliapp.h"

#include "api/projectsapi.h"
#include "api/session.h"
#include "api/taskstream.h"
#include "auth/credentialstore.h"
#include "cli/configcommands.h"
#include "cli/servercommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace lsdesk::cli {

QStringList CliApp::builtinServerCommands()
{
    return { QStringLiteral("version"), QStringLiteral("whoami"), QStringLiteral("projects list"),
        QStringLiteral("tasks list"), QStringLiteral("export"), QStringLiteral("agreement") };
}

namespace {
const QString kHelpSpec = QStringLiteral("help-spec");
} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{ }

CliApp::~CliApp() = default;

int CliApp::usage(const QString &message)
{
    Output::error(message + QLatin1Char(' ') + tr("(see lsdesk-cli --help)"));
    return ExitUsage;
}

int CliApp::start(const QStringList &arguments)
{
    m_serverCommands = makeServerCommands();
    m_specs = help::builtinCommands();
    for (const auto &c : m_serverCommands)
        m_specs << c->specs();
    addOptions({
        { { QStringLiteral("h"), QStringLiteral("help") },
            tr("This help; with a command, the command's options and exit codes.") },
        { { QStringLiteral("v"), QStringLiteral("version") }, tr("lsdesk-cli's version.") },
    });
    // For tests/cli: every option, command and exit code as JSON, to check the help against.
    QCommandLineOption helpSpec(kHelpSpec, QStringLiteral("(internal)"));
    helpSpec.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(helpSpec);
    addOptions({
        { QStringLiteral("url"), tr("Label Studio base URL (default $LABEL_STUDIO_URL)."),
            QStringLiteral("url") },
        { QStringLiteral("api-key"), tr("API key (default $LABEL_STUDIO_API_KEY). Prefer --api-key-stdin."),
            QStringLiteral("key") },
        { QStringLiteral("api-key-stdin"), tr("Read the API key from the first line of standard input.") },
        { QStringLiteral("profile"), tr("Use a saved server profile (key from the OS keychain)."),
            QStringLiteral("name") },
        { QStringLiteral("timeout"), tr("Request inactivity timeout in seconds (default 60)."),
            QStringLiteral("s") },
        { QStringLiteral("ca-bundle"), tr("Extra PEM CA bundle for a private certificate authority."),
            QStringLiteral("file") },
        { QStringLiteral("verbose"), tr("Log requests to stderr (never the key).") },
        { QStringLiteral("json"), tr("JSON output.") },
        { QStringLiteral("project"), tr("Project id."), QStringLiteral("id") },
        { QStringLiteral("fields"), tr("Task fields: all (default) or task-only."),
            QStringLiteral("fields") },
        { QStringLiteral("query"), tr("Data Manager query JSON (filters, ordering)."),
            QStringLiteral("json") },
        { QStringLiteral("format"), tr("Output format for tasks: ndjson (default) or json."),
            QStringLiteral("fmt") },
        { QStringLiteral("page-size"), tr("Tasks per page request (default 500)."), QStringLiteral("n") },
        { QStringLiteral("concurrency"),
            tr("Page requests in flight (default: adapts to the server, up to 4)."), QStringLiteral("n") },
        { QStringLiteral("search"), tr("Filter projects by text."), QStringLiteral("text") },
        { QStringLiteral("spec"), tr("The JSON spec file (docs/config-spec.md)."), QStringLiteral("file") },
        { QStringLiteral("task"), tr("A task JSON file."), QStringLiteral("file") },
        { QStringLiteral("annotation"), tr("An annotation JSON file."), QStringLiteral("file") },
        { QStringLiteral("prediction"), tr("A prediction JSON file."), QStringLiteral("file") },
        { QStringLiteral("summary"), tr("A project summary JSON file."), QStringLiteral("file") },
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."),
            QStringLiteral("file") },
        { QStringLiteral("all-tasks"), tr("Also the tasks without annotations.") },
        { QStringLiteral("download-resources"), tr("Include media files (archive formats).") },
        { QStringLiteral("ids"), tr("Only these task ids (comma-separated)."), QStringLiteral("ids") },
        { QStringLiteral("batch-size"),
            tr("Fetch K tasks per request and join them (JSON, JSON_MIN, CSV, TSV), for servers "
               "that time out on a whole project."),
            QStringLiteral("K") },
        { QStringLiteral("snapshot"),
            tr("Through a snapshot (create, convert, download; kept on the server). The default "
               "on Enterprise servers, which have no direct export.") },
    });
    addSnapshotOptions();
    addAgreementOptions();
    // addOption() refuses a name that is already declared: commands share --project, --json, ...
    for (const auto &c : m_serverCommands)
        addOptions(c->options());
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    const QStringList words = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help")))
        return showHelp(words);
    if (words.value(0) == QLatin1String("help"))
        return showHelp(words.mid(1));
    if (m_parser.isSet(kHelpSpec)) {
        dumpSpec();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::printf("lsdesk-cli %s\n", LSDESK_VERSION);
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("lsdesk.*.debug=true"));
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty())
        return usage(tr("No command given."));
    const QString cmd = m_positional.join(QLatin1Char(' '));
    // Every command has a spec; an option outside the command's is refused, not silently ignored.
    const CommandSpec *spec = findSpec(m_positional);
    if (!spec)
        return usage(tr("Unknown command \"%1\".").arg(cmd));
    const QStringList accepted = help::acceptedOptions(*spec);
    const QStringList given = m_parser.optionNames();
    for (const QString &name : given) {
        const QString option = m_aliases.value(name, name);
        if (!accepted.contains(option))
            return usage(tr("--%1 does not apply to %2.").arg(option, spec->name));
    }
    static const QStringList known = builtinServerCommands();
    if (m_positional.first() == QLatin1String("config")) {
        // Label config commands work on local files only: no server, no credentials.
        const int rc = ConfigCommands(m_parser, m_out).run(m_positional.mid(1));
        m_out.flush();
        return rc;
    }
    if (m_positional.first() == QLatin1String("profile")) {
        const QString sub = m_positional.value(1);
        if (sub == QLatin1String("list") && m_positional.size() == 2) {
            cmdProfile(sub);
            return -1;
        }
        if ((sub == QLatin1String("save") || sub == QLatin1String("remove")) && m_positional.size() == 3) {
            cmdProfile(sub);
            return m_finished ? QCoreApplication::instance()->property("lsdesk_exit").toInt() : -1;
        }
        return usage(tr("Use: profile save NAME --url URL | profile list | profile remove NAME."));
    }
    if (const ServerCommand *sc = findServerCommand(); sc) {
        if (const QString problem = sc->check(m_serverCommandName, m_parser, m_serverArgs);
            !problem.isEmpty())
            return usage(problem);
        withCredentials([this](const QString &url, const QString &key) { runCommand(url, key); });
        return m_finished ? QCoreApplication::instance()->property("lsdesk_exit").toInt() : -1;
    }
    if (!known.contains(cmd))
        return usage(tr("Unknown command \"%1\".").arg(cmd));
    if (cmd == QLatin1String("tasks list")) {
        bool ok = false;
        m_parser.value(QStringLiteral("project")).toInt(&ok);
        if (!ok)
            return usage(tr("tasks list needs --project N."));
        const QString fields = m_parser.value(QStringLiteral("fields"));
        if (!fields.isEmpty() && fields != QLatin1String("all") && fields != QLatin1String("task-only"))
            return usage(tr("--fields must be all or task-only."));
        const QString format = m_parser.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("ndjson") && format != QLatin1String("json"))
            return usage(tr("--format must be ndjson or json."));
        if (m_parser.isSet(QStringLiteral("query"))) {
            QJsonParseError perr {};
            const auto doc = QJsonDocument::fromJson(m_parser.value(QStringLiteral("query")).toUtf8(), &perr);
            if (perr.error != QJsonParseError::NoError || !doc.isObject())
                return usage(tr("--query is not a JSON object: %1.").arg(perr.errorString()));
        }
    }
    if (cmd == QLatin1String("export")) {
        bool ok = false;
        m_parser.value(QStringLiteral("project")).toInt(&ok);
        if (!ok)
            return usage(tr("export needs --project N."));
        if (m_parser.value(QStringLiteral("format")).isEmpty())
            return usage(tr("export needs --format, e.g. JSON, JSON_MIN, CSV, COCO."));
        if (m_parser.value(QStringLiteral("output")).isEmpty())
            return usage(tr("export needs -o FILE."));
        const QStringList ids
            = m_parser.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (id.trimmed().toInt(&ok) <= 0 || !ok)
                return usage(tr("--ids takes task ids separated by commas, not \"%1\".").arg(id));
        }
        if (const QString flag = snapshotFlag();
            !flag.isEmpty() && m_parser.isSet(QStringLiteral("batch-size")))
            return usage(tr("--%1 is a snapshot option; --batch-size uses the direct export.").arg(flag));
        if (m_parser.isSet(QStringLiteral("snapshot")) && !ids.isEmpty())
            return usage(tr("--ids does not go with --snapshot: a snapshot covers the whole project."));
    }
    if (cmd == QLatin1String("agreement")) {
        if (const int rc = checkAgreementArgs(); rc >= 0)
            return rc;
        // An export file needs no server and no credentials.
        if (m_parser.isSet(QStringLiteral("file"))) {
            cmdAgreement();
            return m_finished ? QCoreApplication::instance()->property("lsdesk_exit").toInt() : -1;
        }
    }
    withCredentials([this](const QString &url, const QString &key) { runCommand(url, key); });
    return m_finished ? QCoreApplication::instance()->property("lsdesk_exit").toInt() : -1;
}

void CliApp::withCredentials(const std::function<void(const QString &, const QString &)> &then)
{
    QString url = m_parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = qEnvironmentVariable("LABEL_STUDIO_URL");
    QString key = m_parser.value(QStringLiteral("api-key"));
    if (m_parser.isSet(QStringLiteral("api-key-stdin"))) {
        std::string line;
        std::getline(std::cin, line);
        key = QString::fromStdString(line).trimmed();
        if (key.isEmpty()) {
            done(usage(tr("--api-key-stdin: standard input held no key.")));
            return;
        }
    }
    if (m_parser.isSet(QStringLiteral("profile"))) {
        auto *store = new CredentialStore(nullptr, QStringLiteral("lsdesk"), this);
        const QString name = m_parser.value(QStringLiteral("profile"));
        const auto profile = store->profile(name);
        if (!profile) {
            done(usage(tr("There is no saved profile \"%1\".").arg(name)));
            return;
        }
        if (m_parser.value(QStringLiteral("url")).isEmpty())
            url = profile->url;
        if (!key.isEmpty()) {
            then(url, key);
            return;
        }
        store->readSecret(name, this, [this, then, url](const CredentialStore::Outcome &o) {
            if (!o.ok()) {
                Output::error(o.error);
                done(ExitAuth);
                return;
            }
            then(url, o.secret);
        });
        return;
    }
    if (key.isEmpty())
        key = qEnvironmentVariable("LABEL_STUDIO_API_KEY");
    then(url, key);
}

void CliApp::runCommand(const QString &url, const QString &key)
{
    if (url.isEmpty()) {
        done(usage(tr("No server URL: pass --url or set LABEL_STUDIO_URL.")));
        return;
    }
    const ServerUrl server = ServerUrl::parse(url);
    if (!server.isValid()) {
        done(usage(server.errorString()));
        return;
    }
    const ApiKey apiKey = ApiKey::classify(key);
    const QString cmd = m_positional.join(QLatin1Char(' '));
    if (!apiKey.usable() && cmd != QLatin1String("version")) {
        Output::error(apiKey.problem());
        done(ExitAuth);
        return;
    }
    ClientOptions options;
    if (m_parser.isSet(QStringLiteral("timeout")))
        options.timeoutMs = int(m_parser.value(QStringLiteral("timeout")).toDouble() * 1000);
    options.caBundlePath = m_parser.value(QStringLiteral("ca-bundle"));
    m_client = std::make_unique<Client>(server, apiKey, nullptr, options);
    if (cmd == QLatin1String("version"))
        cmdVersion();
    else if (cmd == QLatin1String("whoami"))
        cmdWhoami();
    else if (cmd == QLatin1String("projects list"))
        cmdProjectsList();
    else if (cmd == QLatin1String("tasks list"))
        cmdTasksList();
    else if (cmd == QLatin1String("export"))
        cmdExport();
    else if (cmd == QLatin1String("agreement"))
        cmdAgreement();
    else if (ServerCommand *sc = findServerCommand())
        runServerCommand(sc);
}

ServerCommand *CliApp::findServerCommand()
{
    // The longest match of a command's words against the leading positional arguments wins.
    ServerCommand *best = nullptr;
    qsizetype bestWords = 0;
    for (const auto &c : m_serverCommands) {
        for (const QString &name : c->commands()) {
            const QStringList words = name.split(QLatin1Char(' '));
            if (words.size() > bestWords && m_positional.mid(0, words.size()) == words) {
                best = c.get();
                bestWords = words.size();
                m_serverCommandName = name;
            }
        }
    }
    if (best)
        m_serverArgs = m_positional.mid(bestWords);
    return best;
}

void CliApp::runServerCommand(ServerCommand *command)
{
    CommandContext ctx;
    ctx.client = m_client.get();
    ctx.parser = &m_parser;
    ctx.args = m_serverArgs;
    ctx.out = &m_out;
    ctx.owner = this;
    ctx.done = [this](int code) { done(code); };
    ctx.fail = [this](const ApiError &e) { fail(e); };
    ctx.setCancel = [this](std::function<void()> cancel) { m_cancel = std::move(cancel); };
    command->run(m_serverCommandName, ctx);
}

void CliApp::cmdVersion()
{
    SessionApi(m_client.get()).version(this, [this](const Result<ServerVersion> &r) {
        if (!r.ok())
            return fail(r.error);
        if (m_parser.isSet(QStringLiteral("json")))
            m_out.write(QJsonDocument(r->raw).toJson(QJsonDocument::Compact) + '\n');
        else
            m_out.writeLine(QStringLiteral("Label Studio %1 (%2)").arg(r->release, r->edition));
        done(ExitOk);
    });
}

void CliApp::cmdWhoami()
{
    SessionApi(m_client.get()).connectToServer(this, [this](const Result<ServerInfo> &r) {
        if (!r.ok())
            return fail(r.error);
        if (m_parser.isSet(QStringLiteral("json")))
            m_out.write(QJsonDocument(r->user.raw).toJson(QJsonDocument::Compact) + '\n');
        else
            m_out.writeLine(
                QStringLiteral("%1\t%2\t%3").arg(r->user.id).arg(r->user.username, r->user.email));
        done(ExitOk);
    });
}

void CliApp::cmdProjectsList()
{
    // Walks all pages one after another; the project count is small compared with tasks.
    auto json = std::make_shared<QJsonArray>();
    auto fetch = std::make_shared<std::function<void(int)>>();
    const bool asJson = m_parser.isSet(QStringLiteral("json"));
    *fetch = [this, json, fetch, asJson](int page) {
        ProjectQuery q;
        q.page = page;
        q.search = m_parser.value(QStringLiteral("search"));
        ProjectsApi(m_client.get())
            .list(q, this, [this, json, fetch, asJson](const Result<Page<Project>> &r) {
                if (!r.ok()) {
                    *fetch = nullptr; // break the self-reference
                    return fail(r.error);
                }
                for (const Project &p : r->items) {
                    if (asJson)
                        json->append(p.raw);
                    else
                        m_out.writeLine(
                            QStringLiteral("%1\t%2\t%3").arg(p.id).arg(p.title).arg(p.taskNumber));
                }
                if (r->hasNext()) {
                    (*fetch)(r->page + 1);
                    return;
                }
                if (asJson)
                    m_out.write(QJsonDocument(*json).toJson(QJsonDocument::Compact) + '\n');
                *fetch = nullptr;
                done(ExitOk);
            });
    };
    (*fetch)(1);
}

void CliApp::cmdTasksList()
{
    TaskQuery q;
    q.project = m_parser.value(QStringLiteral("project")).toInt();
    q.fields = m_parser.value(QStringLiteral("fields")) == QLatin1String("task-only")
        ? TaskQuery::Fields::TaskOnly
        : TaskQuery::Fields::All;
    if (m_parser.isSet(QStringLiteral("query")))
        q.query = QJsonDocument::fromJson(m_parser.value(QStringLiteral("query")).toUtf8()).object();
    q.pageSize = m_parser.isSet(QStringLiteral("page-size"))
        ? m_parser.value(QStringLiteral("page-size")).toInt()
        : 500;
    if (q.pageSize <= 0) {
        done(usage(tr("--page-size must be a positive number.")));
        return;
    }
    const int concurrency = m_parser.isSet(QStringLiteral("concurrency"))
        ? m_parser.value(QStringLiteral("concurrency")).toInt()
        : 4;
    const bool asJson = m_parser.value(QStringLiteral("format")) == QLatin1String("json");
    auto *stream = new TaskStream(m_client.get(), q, concurrency, this);
    // An explicit --concurrency is taken as given; by default it adapts to the server, up to 4.
    stream->setAdaptive(!m_parser.isSet(QStringLiteral("concurrency")));
    auto first = std::make_shared<bool>(true);
    if (asJson)
        m_out.write("[");
    connect(stream, &TaskStream::pageReady, this, [this, asJson, first](const QList<Task> &tasks) {
        QByteArray chunk;
        for (const Task &t : tasks) {
            if (asJson && !*first)
                chunk += ',';
            *first = false;
            chunk += QJsonDocument(t.raw).toJson(QJsonDocument::Compact);
            if (!asJson)
                chunk += '\n';
        }
        m_out.write(chunk);
        m_out.flush();
    });
    connect(stream, &TaskStream::finished, this, [this, asJson, stream](const ApiError &error) {
        stream->deleteLater();
        m_cancel = nullptr;
        if (!error.ok())
            return fail(error);
        if (asJson)
            m_out.write("]\n");
        done(ExitOk);
    });
    m_cancel = [stream] { stream->cancel(); };
    stream->start();
}

void CliApp::cmdProfile(const QString &sub)
{
    auto *store = new CredentialStore(nullptr, QStringLiteral("lsdesk"), this);
    if (sub == QLatin1String("list")) {
        const auto profiles = store->profiles();
        for (const ServerProfile &p : profiles)
            m_out.writeLine(p.name + QLatin1Char('\t') + p.url);
        done(ExitOk);
        return;
    }
    const QString name = m_positional.value(2);
    if (sub == QLatin1String("remove")) {
        if (!store->profile(name)) {
            done(usage(tr("There is no saved profile \"%1\".").arg(name)));
            return;
        }
        store->removeProfile(name, this, [this](const CredentialStore::Outcome &o) {
            if (!o.ok()) {
                Output::error(o.error);
                done(ExitLocalFile);
                return;
            }
            done(ExitOk);
        });
        return;
    }
    // save: the URL must be valid and the key usable before anything is stored.
    withCredentials([this, store, name](const QString &url, const QString &key) {
        const ServerUrl server = ServerUrl::parse(url);
        if (!server.isValid()) {
            done(usage(server.errorString()));
            return;
        }
        const ApiKey apiKey = ApiKey::classify(key);
        if (!apiKey.usable()) {
            Output::error(apiKey.problem());
            done(ExitAuth);
            return;
        }
        store->saveProfile(
            { name, server.toString() }, apiKey.secret(), this, [this](const CredentialStore::Outcome &o) {
                if (!o.ok()) {
                    Output::error(o.error);
                    done(ExitLocalFile);
                    return;
                }
                done(ExitOk);
            });
    });
}

void CliApp::fail(const ApiError &error)
{
    if (m_finished)
        return;
    Output::error(error.message);
    done(error.exitCode());
}

void CliApp::interrupt()
{
    if (m_finished)
        return;
    Output::error(tr("Interrupted."));
    done(ExitInterrupted);
    if (m_cancel)
        m_cancel();
}

void CliApp::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    QCoreApplication::instance()->setProperty("lsdesk_exit", code);
    // exit() is a no-op before exec() runs; start() returns the code itself in that case.
    QTimer::singleShot(0, QCoreApplication::instance(), [code] { QCoreApplication::exit(code); });
}

} // namespace lsdesk::cli
