// projects create / update / delete and actions list / run: setting a project up and cleaning it with
// Data Manager actions from the command line, over the same core as the desktop app (issue #8).
#include "api/dmactionsapi.h"
#include "api/projectsapi.h"
#include "cli/cliapp.h"
#include "cli/servercommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <memory>

namespace lsdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectCommands", text);
}

const QString kProject = QStringLiteral("project");
const QString kSet = QStringLiteral("set");
const QString kSettings = QStringLiteral("settings");

// A --set value: JSON when it parses as JSON (3, true, null, "x", [1], {"a": 1}), else the text itself.
QJsonValue parseValue(const QString &text)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + text.toUtf8() + "]"), &err);
    if (err.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

// "key=value" pairs of --set, or a usage message in `problem`.
QJsonObject parseSets(const QStringList &sets, QString *problem)
{
    QJsonObject out;
    for (const QString &s : sets) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = tr("--set takes key=value, not \"%1\".").arg(s);
            return {};
        }
        out.insert(s.left(eq).trimmed(), parseValue(s.mid(eq + 1)));
    }
    return out;
}

int projectOf(const QCommandLineParser &p)
{
    bool ok = false;
    const int id = p.value(kProject).toInt(&ok);
    return ok && id > 0 ? id : 0;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

class ProjectCommands : public ServerCommand
{
public:
    // --title and --set are declared by the storage command, --config by the agreement command, and
    // --project, --json, --ids and --query by CliApp: they are shared, not redeclared (QCommandLineParser
    // warns on every run about a name declared twice). tst_projectcli_server fails if one goes missing.
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("description"), tr("The project's description."), QStringLiteral("text") },
            { kSettings, tr("A JSON object of settings."), QStringLiteral("file") },
            { QStringLiteral("yes"),
                tr("projects delete, and actions run delete_... with --all or --query: confirm the "
                   "deletion.") },
            { QStringLiteral("all"), tr("Every task of the project (or of --query).") },
        };
    }

    QList<CommandSpec> specs() const override
    {
        const CommandSpec::Option project { kProject };
        return {
            { QStringLiteral("projects create"),
                QStringLiteral("--title T [--description D] [--config FILE.xml] [--json]"),
                tr("A new project; prints its id."), {},
                { { QStringLiteral("title"), tr("The project's title.") }, { QStringLiteral("description") },
                    { QStringLiteral("config"), tr("The project's label config, an XML file.") },
                    { QStringLiteral("json"), tr("The new project as JSON.") } },
                help::serverExits(
                    { { ExitValidation, tr("The server refused a field (one line per field).") },
                        { ExitLocalFile, tr("The config file could not be read.") } }) },
            { QStringLiteral("projects update"),
                QStringLiteral("--project N (--set key=value ... | --settings FILE.json) [--json]"),
                tr("Changes only the given settings of a project."),
                tr("Values are taken as JSON when they parse, else as text; --set wins over the file. Prints "
                   "what the server stored for each key."),
                { project,
                    { kSet,
                        tr("A setting, key=value (repeatable); the value as JSON when it parses, else "
                           "text.") },
                    { kSettings }, { QStringLiteral("json"), tr("The updated project as JSON.") } },
                help::serverExits(
                    { { ExitValidation, tr("The server refused a setting (one line per field).") },
                        { ExitLocalFile,
                            tr("The settings file could not be read or is not a JSON object.") } }) },
            { QStringLiteral("projects delete"), QStringLiteral("--project N --yes"),
                tr("Deletes a project with its tasks and annotations."), {},
                { project, { QStringLiteral("yes") } }, help::serverExits() },
            { QStringLiteral("actions list"), QStringLiteral("--project N [--json]"),
                tr("The project's Data Manager actions: id, title, and the confirmation and form fields."),
                {},
                { project,
                    { QStringLiteral("json"), tr("The actions (with their forms) as a JSON array.") } },
                help::serverExits() },
            { QStringLiteral("actions run"),
                QStringLiteral(
                    "ACTION --project N (--ids 1,2,... | --all | --query JSON) [--set field=value ...] "
                    "[--yes] [--json]"),
                tr("Runs a Data Manager action (delete_tasks, delete_tasks_annotations, ...) on tasks."),
                tr("--set fills the action's form (see actions list); a delete_ action on --all or --query "
                   "needs "
                   "--yes."),
                { project, { QStringLiteral("ids"), tr("These task ids (comma-separated).") },
                    { QStringLiteral("all") }, { QStringLiteral("query") },
                    { kSet, tr("A field of the action's form, field=value (repeatable).") },
                    { QStringLiteral("yes") },
                    { QStringLiteral("json"), tr("The server's answer as JSON.") } },
                help::serverExits(
                    { { ExitValidation, tr("The action is disabled, or the server refused it.") },
                        { ExitNotFound, tr("The project, or the action in it, does not exist.") } }) },
        };
    }

    QString check(const QString &command, const QCommandLineParser &p, const QStringList &args) const override
    {
        const bool run = command == QLatin1String("actions run");
        if (run && args.size() != 1)
            return tr("actions run takes one action id (see actions list).");
        if (!run && !args.isEmpty())
            return tr("Unexpected argument \"%1\".").arg(args.first());
        if (command == QLatin1String("projects create")) {
            if (p.value(QStringLiteral("title")).trimmed().isEmpty())
                return tr("projects create needs --title.");
            return {};
        }
        if (projectOf(p) == 0)
            return tr("%1 needs --project N.").arg(command);
        QString problem;
        if (command == QLatin1String("projects update")) {
            if (!p.isSet(kSet) && !p.isSet(kSettings))
                return tr("projects update needs --set key=value or --settings FILE.json.");
            parseSets(p.values(kSet), &problem);
            return problem;
        }
        if (command == QLatin1String("projects delete") && !p.isSet(QStringLiteral("yes")))
            return tr("projects delete deletes every task and annotation of the project: add --yes.");
        if (run) {
            const int ways = int(p.isSet(QStringLiteral("ids"))) + int(p.isSet(QStringLiteral("all")))
                + int(p.isSet(QStringLiteral("query")));
            if (ways != 1)
                return tr("actions run needs exactly one of --ids, --all or --query.");
            // Like projects delete: a deleting action over every task (or a whole filter) is confirmed.
            if (args.value(0).startsWith(QLatin1String("delete_")) && !p.isSet(QStringLiteral("ids"))
                && !p.isSet(QStringLiteral("yes")))
                return tr("%1 on --all or --query deletes from every matching task: add --yes.")
                    .arg(args.value(0));
            const QStringList ids
                = p.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (p.isSet(QStringLiteral("ids")) && ids.isEmpty())
                return tr("--ids takes task ids separated by commas.");
            for (const QString &id : ids) {
                bool ok = false;
                if (id.trimmed().toInt(&ok) <= 0 || !ok)
                    return tr("--ids takes task ids separated by commas, not \"%1\".").arg(id);
            }
            if (p.isSet(QStringLiteral("query"))) {
                QJsonParseError perr {};
                const auto doc = QJsonDocument::fromJson(p.value(QStringLiteral("query")).toUtf8(), &perr);
                if (perr.error != QJsonParseError::NoError || !doc.isObject())
                    return tr("--query is not a JSON object: %1.").arg(perr.errorString());
            }
            parseSets(p.values(kSet), &problem);
        }
        return problem;
    }

    void run(const QString &command, const CommandContext &ctx) override
    {
        if (command == QLatin1String("projects create"))
            create(ctx);
        else if (command == QLatin1String("projects update"))
            update(ctx);
        else if (command == QLatin1String("projects delete"))
            remove(ctx);
        else if (command == QLatin1String("actions list"))
            listActions(ctx);
        else
            runAction(ctx);
    }

private:
    static bool readFile(const QString &path, QByteArray *out)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            Output::error(tr("Cannot read %1: %2").arg(path, f.errorString()));
            return false;
        }
        *out = f.readAll();
        return true;
    }

    static void create(const CommandContext &ctx)
    {
        const QCommandLineParser &p = *ctx.parser;
        QJsonObject fields { { QStringLiteral("title"), p.value(QStringLiteral("title")) } };
        if (p.isSet(QStringLiteral("description")))
            fields.insert(QStringLiteral("description"), p.value(QStringLiteral("description")));
        if (p.isSet(QStringLiteral("config"))) {
            QByteArray xml;
            if (!readFile(p.value(QStringLiteral("config")), &xml))
                return ctx.done(ExitLocalFile);
            fields.insert(QStringLiteral("label_config"), QString::fromUtf8(xml));
        }
        const bool asJson = p.isSet(QStringLiteral("json"));
        ProjectsApi(ctx.client).create(fields, ctx.owner, [ctx, asJson](const Result<Project> &r) {
            if (!r.ok())
                return failWithFields(ctx, r.error);
            if (asJson)
                ctx.out->write(compact(r->raw));
            else
                ctx.out->writeLine(QString::number(r->id));
            ctx.done(ExitOk);
        });
    }

    static void update(const CommandContext &ctx)
    {
        const QCommandLineParser &p = *ctx.parser;
        QJsonObject fields;
        if (p.isSet(kSettings)) {
            QByteArray bytes;
            if (!readFile(p.value(kSettings), &bytes))
                return ctx.done(ExitLocalFile);
            QJsonParseError perr {};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
            if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
                Output::error(tr("%1 is not a JSON object: %2")
                                  .arg(p.value(kSettings),
                                      perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                             : tr("another JSON value")));
                return ctx.done(ExitLocalFile);
            }
            fields = doc.object();
        }
        QString problem;
        const QJsonObject sets = parseSets(p.values(kSet), &problem);
        for (auto it = sets.begin(); it != sets.end(); ++it) // --set wins over the file
            fields.insert(it.key(), it.value());
        const int project = projectOf(p);
        const bool asJson = p.isSet(QStringLiteral("json"));
        ProjectsApi(ctx.client)
            .update(project, fields, ctx.owner, [ctx, fields, asJson](const Result<Project> &r) {
                if (!r.ok())
                    return failWithFields(ctx, r.error);
                if (asJson) {
                    ctx.out->write(compact(r->raw));
                } else {
                    // What the server stored for each key sent (it may normalise values).
                    for (auto it = fields.begin(); it != fields.end(); ++it) {
                        const QJsonValue stored = r->raw.value(it.key());
                        ctx.out->writeLine(it.key() + QLatin1Char('\t')
                            + (stored.isUndefined() ? tr("(not in the reply)")
                                                    : ApiError::fieldMessages(stored)));
                    }
                }
                ctx.done(ExitOk);
            });
    }

    static void remove(const CommandContext &ctx)
    {
        const int project = projectOf(*ctx.parser);
        ProjectsApi(ctx.client).remove(project, ctx.owner, [ctx, project](const Result<Empty> &r) {
            if (!r.ok())
                return ctx.fail(r.error);
            ctx.out->writeLine(tr("Deleted project %1.").arg(project));
            ctx.done(ExitOk);
        });
    }

    static void listActions(const CommandContext &ctx)
    {
        const int project = projectOf(*ctx.parser);
        DmActionsApi(ctx.client).list(project, ctx.owner, [ctx, project](const Result<QList<DmAction>> &r) {
            if (!r.ok())
                return ctx.fail(r.error);
            // The forms the server computes per project (who annotated, which model versions) come from
            // their own route; the list is printed once they are all in.
            auto actions = std::make_shared<QList<DmAction>>(*r);
            auto pending = std::make_shared<int>(0);
            for (const DmAction &a : *actions)
                *pending += a.dialog.formOnDemand ? 1 : 0;
            if (*pending == 0)
                return printActions(ctx, *actions);
            for (qsizetype i = 0; i < actions->size(); ++i) {
                if (!actions->at(i).dialog.formOnDemand)
                    continue;
                DmActionsApi(ctx.client)
                    .form(project, actions->at(i).id, ctx.owner,
                        [ctx, actions, pending, i](const Result<QList<DmActionField>> &f) {
                            if (f.ok()) {
                                (*actions)[i].dialog.form = *f;
                                (*actions)[i].dialog.formOnDemand = false;
                                QJsonObject raw = actions->at(i).raw;
                                QJsonObject dialog = raw.value(QStringLiteral("dialog")).toObject();
                                QJsonArray fields;
                                for (const DmActionField &field : *f) {
                                    QJsonArray options;
                                    for (const auto &o : field.options)
                                        options.append(QJsonObject { { QStringLiteral("value"), o.first },
                                            { QStringLiteral("label"), o.second } });
                                    fields.append(QJsonObject { { QStringLiteral("name"), field.name },
                                        { QStringLiteral("type"), field.type },
                                        { QStringLiteral("label"), field.label },
                                        { QStringLiteral("options"), options } });
                                }
                                dialog.insert(QStringLiteral("form"), fields);
                                raw.insert(QStringLiteral("dialog"), dialog);
                                (*actions)[i].raw = raw;
                            }
                            // A form that cannot be read leaves that action's form "computed when run".
                            if (--*pending == 0)
                                printActions(ctx, *actions);
                        });
            }
        });
    }

    static void printActions(const CommandContext &ctx, const QList<DmAction> &actions)
    {
        if (ctx.parser->isSet(QStringLiteral("json"))) {
            QJsonArray all;
            for (const DmAction &a : actions)
                all.append(a.raw);
            ctx.out->write(QJsonDocument(all).toJson(QJsonDocument::Compact) + '\n');
            return ctx.done(ExitOk);
        }
        for (const DmAction &a : actions) {
            QString line = a.id + QLatin1Char('\t') + a.title;
            if (a.disabled)
                line += QLatin1Char('\t') + tr("(disabled: %1)").arg(a.disabledReason);
            ctx.out->writeLine(line);
            if (!a.dialog.text.isEmpty())
                ctx.out->writeLine(QStringLiteral("    ") + a.dialog.text.simplified());
            if (a.dialog.formOnDemand)
                ctx.out->writeLine(QStringLiteral("    ") + tr("form: computed by the server when run"));
            for (const DmActionField &f : a.dialog.form) {
                QString field = QStringLiteral("    --set %1=<%2>").arg(f.name, f.type);
                if (!f.label.isEmpty())
                    field += QLatin1Char('\t') + f.label;
                QStringList options;
                for (const auto &o : f.options)
                    options << (o.first == o.second ? o.first : o.first + QLatin1Char('=') + o.second);
                if (!options.isEmpty())
                    field += QStringLiteral(" [%1]").arg(options.join(QLatin1Char('|')));
                ctx.out->writeLine(field);
            }
        }
        ctx.done(ExitOk);
    }

    static void runAction(const CommandContext &ctx)
    {
        const QCommandLineParser &p = *ctx.parser;
        const int project = projectOf(p);
        const QString actionId = ctx.args.first();
        DmSelection selection;
        if (p.isSet(QStringLiteral("ids"))) {
            QList<int> ids;
            for (const QString &id :
                p.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids << id.trimmed().toInt();
            selection = DmSelection::ids(ids);
        } else {
            const QJsonObject query
                = QJsonDocument::fromJson(p.value(QStringLiteral("query")).toUtf8()).object();
            selection = DmSelection::allMatching(query);
        }
        QString problem;
        const QJsonObject form = parseSets(p.values(kSet), &problem);
        const bool asJson = p.isSet(QStringLiteral("json"));
        // The action must be one the server offers this user here: a typo is a clear "not found", not a
        // server error from the run.
        DmActionsApi(ctx.client)
            .list(project, ctx.owner,
                [ctx, project, actionId, selection, form, asJson](const Result<QList<DmAction>> &r) {
                    if (!r.ok())
                        return ctx.fail(r.error);
                    const auto it = std::find_if(
                        r->cbegin(), r->cend(), [&](const DmAction &a) { return a.id == actionId; });
                    if (it == r->cend()) {
                        Output::error(tr("Project %1 has no action \"%2\" (see actions list).")
                                          .arg(project)
                                          .arg(actionId));
                        return ctx.done(ExitNotFound);
                    }
                    if (it->disabled) {
                        Output::error(tr("Action \"%1\" is disabled: %2").arg(actionId, it->disabledReason));
                        return ctx.done(ExitValidation);
                    }
                    DmActionsApi(ctx.client)
                        .run(project, actionId, selection, form, ctx.owner,
                            [ctx, actionId, asJson](const Result<DmActionResult> &done) {
                                if (!done.ok())
                                    return failWithFields(ctx, done.error);
                                if (asJson) {
                                    ctx.out->write(compact(done->raw));
                                } else {
                                    QString line = tr("%1: %2 items processed.")
                                                       .arg(actionId)
                                                       .arg(done->processedItems);
                                    if (!done->detail.isEmpty())
                                        line += QLatin1Char(' ') + done->detail;
                                    ctx.out->writeLine(line);
                                }
                                ctx.done(ExitOk);
                            });
                });
    }

    // A refusal with per-field messages prints one line per field ("title: ...") and exits 1; anything
    // else goes the usual way.
    static void failWithFields(const CommandContext &ctx, const ApiError &error)
    {
        if (error.validationErrors.isEmpty())
            return ctx.fail(error);
        Output::error(error.message);
        for (auto it = error.validationErrors.begin(); it != error.validationErrors.end(); ++it)
            Output::error(it.key() + QStringLiteral(": ") + ApiError::fieldMessages(it.value()));
        ctx.done(ExitValidation);
    }
};
} // namespace

std::unique_ptr<ServerCommand> makeProjectCommands()
{
    return std::make_unique<ProjectCommands>();
}

} // namespace lsdesk::cli
