// lsdesk-cli storage: list a project's import and export storages, add or validate one, and sync one
// until the server is done. Secrets never come from the command line: from the environment
// (LSDESK_STORAGE_<FIELD>) or from standard input (--secret-stdin FIELD, one line each).

#include "api/storagesapi.h"
#include "cli/cliapp.h"
#include "cli/servercommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>
#include <iostream>
#include <string>

namespace lsdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StorageCommand", text);
}

QString directionName(StorageDirection d)
{
    return d == StorageDirection::Import ? QStringLiteral("import") : QStringLiteral("export");
}

QString envName(const QString &key)
{
    return QStringLiteral("LSDESK_STORAGE_") + key.toUpper();
}

// A --set value typed as the field wants it; nullopt when it cannot be.
std::optional<QJsonValue> typedValue(const StorageField &f, const QString &value)
{
    switch (f.kind) {
    case StorageField::Kind::Bool: {
        const QString v = value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
            return QJsonValue(true);
        if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
            return QJsonValue(false);
        return std::nullopt;
    }
    case StorageField::Kind::Number: {
        bool ok = false;
        const int n = value.toInt(&ok);
        return ok ? std::optional<QJsonValue>(QJsonValue(n)) : std::nullopt;
    }
    default:
        return QJsonValue(value);
    }
}

class StorageCommand : public ServerCommand
{
public:
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("type"),
                tr("The storage type: s3, gcs, azure, redis or localfiles (default localfiles)."),
                QStringLiteral("type") },
            { QStringLiteral("path"), tr("The local-files directory on the server."), QStringLiteral("dir") },
            { QStringLiteral("regex"), tr("Only files whose name matches."), QStringLiteral("regex") },
            { QStringLiteral("title"), tr("The storage's title."), QStringLiteral("title") },
            { QStringLiteral("use-blob-urls"), tr("One task per media file.") },
            { QStringLiteral("export"), tr("An export (target) storage instead of an import one.") },
            { QStringLiteral("set"), tr("A field of the type, key=value (repeatable)."),
                QStringLiteral("key=value") },
            { QStringLiteral("secret-stdin"),
                tr("Read this secret field from the next line of standard input "
                   "(repeatable)."),
                QStringLiteral("key") },
            { QStringLiteral("storage"), tr("The storage id."), QStringLiteral("id") },
        };
    }

    QList<CommandSpec> specs() const override
    {
        const QList<CommandSpec::Option> form { { QStringLiteral("project") }, { QStringLiteral("type") },
            { QStringLiteral("path") }, { QStringLiteral("regex") }, { QStringLiteral("title") },
            { QStringLiteral("use-blob-urls") }, { QStringLiteral("export") }, { QStringLiteral("set") },
            { QStringLiteral("secret-stdin") } };
        const QString formSynopsis = QStringLiteral(
            "--project N [--type localfiles] --path DIR [--regex R] [--title T] [--use-blob-urls] [--export] "
            "[--set key=value ...] [--secret-stdin key ...]");
        const QString formDetails = tr("Other types than localfiles take their fields with --set; secrets "
                                       "come from $LSDESK_STORAGE_<KEY> "
                                       "or --secret-stdin, never from the command line.");
        const QList<CommandSpec::Variable> secrets { { QStringLiteral("LSDESK_STORAGE_<KEY>"),
            tr("A secret field of the storage type (e.g. LSDESK_STORAGE_AWS_SECRET_ACCESS_KEY, "
               "LSDESK_STORAGE_PASSWORD) when --secret-stdin does not give it.") } };
        const CommandSpec::Exit formUsage { ExitUsage,
            tr("Usage error, a missing required field or a secret given with --set; nothing was sent.") };
        return {
            { QStringLiteral("storage list"), QStringLiteral("--project N [--json]"),
                tr("The project's import and export storages."),
                tr("One line each: id, direction, type, title, status, last sync count, location."),
                { { QStringLiteral("project") },
                    { QStringLiteral("json"), tr("The storages as a JSON array.") } },
                help::serverExits() },
            { QStringLiteral("storage add"), formSynopsis + QStringLiteral(" [--json]"),
                tr("Add an import (or with --export, an export) storage to a project."), formDetails,
                form
                    + QList<CommandSpec::Option> { { QStringLiteral("json"),
                        tr("The new storage as JSON.") } },
                help::serverExits({ formUsage }), true, secrets },
            { QStringLiteral("storage validate"), formSynopsis,
                tr("The same arguments as storage add: the server checks them, nothing is created."),
                formDetails, form,
                help::serverExits(
                    { formUsage, { ExitValidation, tr("The server refused the storage (HTTP 400).") } }),
                true, secrets },
            { QStringLiteral("storage sync"),
                QStringLiteral("--project N --storage ID [--type T] [--export] [--json]"),
                tr("Sync a storage, wait until the server is done and print the task count."),
                tr("Without --type the storage is looked up in the project's list."),
                { { QStringLiteral("project") }, { QStringLiteral("storage") },
                    { QStringLiteral("type"), tr("The storage's type, to skip looking it up.") },
                    { QStringLiteral("export"), tr("It is an export storage.") },
                    { QStringLiteral("json"), tr("The storage's state at the end, as JSON.") } },
                help::serverExits({ { ExitValidation, tr("The sync ran but some tasks were refused.") },
                    { ExitNotFound, tr("The project has no such storage.") },
                    { ExitServer, tr("The sync failed on the server, or a server or network error.") } }) },
        };
    }

    QString check(const QString &command, const QCommandLineParser &p, const QStringList &args) const override
    {
        if (!args.isEmpty())
            return tr("Unexpected argument \"%1\".").arg(args.first());
        bool ok = false;
        if (p.value(QStringLiteral("project")).toInt(&ok) <= 0 || !ok)
            return tr("%1 needs --project N.").arg(command);
        const QString typeName = p.isSet(QStringLiteral("type")) ? p.value(QStringLiteral("type"))
                                                                 : QStringLiteral("localfiles");
        const StorageType *type = storageType(typeName);
        if (p.isSet(QStringLiteral("type")) && !type)
            return tr("--type must be s3, gcs, azure, redis or localfiles.");
        if (command == QLatin1String("storage sync")) {
            if (p.value(QStringLiteral("storage")).toInt(&ok) <= 0 || !ok)
                return tr("storage sync needs --storage ID.");
            return {};
        }
        if (command != QLatin1String("storage add") && command != QLatin1String("storage validate"))
            return {};
        const StorageDirection d
            = p.isSet(QStringLiteral("export")) ? StorageDirection::Export : StorageDirection::Import;
        QString error;
        const QJsonObject fields = formFields(p, *type, d, &error);
        if (!error.isEmpty())
            return error;
        for (const StorageField &f : type->fieldsFor(d)) {
            if (f.required && fields.value(f.key).toString().isEmpty())
                return f.key == QLatin1String("path") && type->name == QLatin1String("localfiles")
                    ? tr("%1 of a local-files storage needs --path DIR.").arg(command)
                    : tr("%1 needs --set %2=...").arg(command, f.key);
        }
        for (const QString &key : p.values(QStringLiteral("secret-stdin"))) {
            const StorageField *f = type->field(key);
            if (!f || !f->isSecret())
                return tr("--secret-stdin %1: not a secret field of %2.").arg(key, type->name);
        }
        return {};
    }

    void run(const QString &command, const CommandContext &ctx) override
    {
        const QCommandLineParser &p = *ctx.parser;
        const int project = p.value(QStringLiteral("project")).toInt();
        const StorageDirection d
            = p.isSet(QStringLiteral("export")) ? StorageDirection::Export : StorageDirection::Import;
        if (command == QLatin1String("storage list"))
            return list(ctx, project);
        if (command == QLatin1String("storage sync"))
            return sync(ctx, project, d);
        const StorageType &type = *storageType(
            p.isSet(QStringLiteral("type")) ? p.value(QStringLiteral("type")) : QStringLiteral("localfiles"));
        QString error;
        QJsonObject fields = formFields(p, type, d, &error);
        if (!readSecrets(p, type, d, &fields, &error)) {
            Output::error(error);
            ctx.done(ExitUsage);
            return;
        }
        fields.insert(QStringLiteral("project"), project);
        // The server's error texts are printed without the secrets that were sent.
        const auto fail = [ctx, t = &type, fields](ApiError e) {
            e.message = t->redact(e.message, fields);
            ctx.fail(e);
        };
        StoragesApi api(ctx.client);
        if (command == QLatin1String("storage validate")) {
            api.validate(type.name, d, fields, 0, ctx.owner, [ctx, fail](const Result<Empty> &r) {
                if (!r.ok())
                    return fail(r.error);
                ctx.out->writeLine(tr("Valid."));
                ctx.done(ExitOk);
            });
            return;
        }
        const bool asJson = p.isSet(QStringLiteral("json"));
        api.create(type.name, d, fields, ctx.owner, [ctx, asJson, fail](const Result<Storage> &r) {
            if (!r.ok())
                return fail(r.error);
            if (asJson)
                ctx.out->write(QJsonDocument(r->raw).toJson(QJsonDocument::Compact) + '\n');
            else
                ctx.out->writeLine(QString::number(r->id));
            Output::info(
                tr("Created %1 storage %2 (%3). Run: storage sync --project %4 --storage %2 --type %3%5")
                    .arg(directionName(r->direction))
                    .arg(r->id)
                    .arg(r->type)
                    .arg(r->project)
                    .arg(r->isExport() ? QStringLiteral(" --export") : QString()));
            ctx.done(ExitOk);
        });
    }

private:
    // The form from the flags: --path, --regex, --title, --use-blob-urls and every --set.
    static QJsonObject formFields(
        const QCommandLineParser &p, const StorageType &type, StorageDirection d, QString *error)
    {
        QJsonObject fields;
        // By direction: a key may have a field per direction (redis "db" defaults differ).
        const QList<StorageField> applicable = type.fieldsFor(d);
        const auto known = [&applicable](const QString &key) -> const StorageField * {
            for (const StorageField &f : applicable)
                if (f.key == key)
                    return &f;
            return nullptr;
        };
        for (const QString &pair : p.values(QStringLiteral("set"))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = pair.left(eq).trimmed();
            if (eq <= 0) {
                *error = tr("--set takes key=value, not \"%1\".").arg(pair);
                return {};
            }
            const QString value = pair.mid(eq + 1);
            if (key == QLatin1String("title") || key == QLatin1String("description")) {
                fields.insert(key, value);
                continue;
            }
            const StorageField *f = known(key);
            if (!f) {
                QStringList keys;
                for (const StorageField &k : type.fieldsFor(d))
                    if (!k.isSecret())
                        keys.append(k.key);
                *error = tr("--set %1: %2 %3 storages have no such field (they have: %4).")
                             .arg(key, type.name, directionName(d), keys.join(QStringLiteral(", ")));
                return {};
            }
            if (f->isSecret()) {
                // Never echo the value: it is a secret the user should not have typed here.
                *error
                    = tr("%1 is a secret and is not taken on the command line: set $%2 or use --secret-stdin "
                         "%1.")
                          .arg(key, envName(key));
                return {};
            }
            const auto v = typedValue(*f, value);
            if (!v) {
                *error = tr("--set %1 takes %2.")
                             .arg(key,
                                 f->kind == StorageField::Kind::Bool ? tr("true or false") : tr("a number"));
                return {};
            }
            fields.insert(key, *v);
        }
        const auto put = [&](const char *option, const char *key) {
            if (p.isSet(QLatin1String(option)) && known(QLatin1String(key)))
                fields.insert(QLatin1String(key), p.value(QLatin1String(option)));
        };
        put("path", "path");
        put("regex", "regex_filter");
        if (p.isSet(QStringLiteral("title")))
            fields.insert(QStringLiteral("title"), p.value(QStringLiteral("title")));
        if (p.isSet(QStringLiteral("use-blob-urls")) && known(QStringLiteral("use_blob_urls")))
            fields.insert(QStringLiteral("use_blob_urls"), true);
        return fields;
    }

    // Secrets from --secret-stdin (one line each, in order) and from $LSDESK_STORAGE_<KEY>.
    static bool readSecrets(const QCommandLineParser &p, const StorageType &type, StorageDirection d,
        QJsonObject *fields, QString *error)
    {
        for (const QString &key : p.values(QStringLiteral("secret-stdin"))) {
            std::string line;
            if (!std::getline(std::cin, line)) {
                *error = tr("--secret-stdin %1: standard input ended before its line.").arg(key);
                return false;
            }
            fields->insert(key, QString::fromStdString(line).trimmed());
        }
        for (const StorageField &f : type.fieldsFor(d)) {
            if (f.isSecret() && !fields->contains(f.key)
                && qEnvironmentVariableIsSet(qPrintable(envName(f.key))))
                fields->insert(f.key, qEnvironmentVariable(qPrintable(envName(f.key))));
        }
        return true;
    }

    static QString row(const Storage &s)
    {
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
            .arg(s.id)
            .arg(directionName(s.direction), s.type, s.title, s.statusName)
            .arg(s.lastSyncCount < 0 ? QStringLiteral("-") : QString::number(s.lastSyncCount))
            .arg(s.location());
    }

    void list(const CommandContext &ctx, int project)
    {
        const bool asJson = ctx.parser->isSet(QStringLiteral("json"));
        StoragesApi(ctx.client)
            .list(project, StorageDirection::Import, ctx.owner,
                [ctx, project, asJson](const Result<QList<Storage>> &in) {
                    if (!in.ok())
                        return ctx.fail(in.error);
                    StoragesApi(ctx.client)
                        .list(project, StorageDirection::Export, ctx.owner,
                            [ctx, asJson, imports = *in](const Result<QList<Storage>> &out) {
                                if (!out.ok())
                                    return ctx.fail(out.error);
                                QJsonArray json;
                                for (const QList<Storage> *group : { &imports, &*out.value }) {
                                    for (const Storage &s : *group) {
                                        if (!asJson) {
                                            ctx.out->writeLine(row(s));
                                            continue;
                                        }
                                        // The server's record, plus which list it came from.
                                        QJsonObject o = s.raw;
                                        o.insert(QStringLiteral("direction"), directionName(s.direction));
                                        json.append(o);
                                    }
                                }
                                if (asJson)
                                    ctx.out->write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
                                ctx.done(ExitOk);
                            });
                });
    }

    void sync(const CommandContext &ctx, int project, StorageDirection d)
    {
        const int id = ctx.parser->value(QStringLiteral("storage")).toInt();
        if (ctx.parser->isSet(QStringLiteral("type"))) {
            Storage s;
            s.id = id;
            s.type = ctx.parser->value(QStringLiteral("type"));
            s.direction = d;
            s.project = project;
            return follow(ctx, s);
        }
        // Without --type, the project's list says which type the id belongs to.
        StoragesApi(ctx.client)
            .list(project, d, ctx.owner, [this, ctx, id, d](const Result<QList<Storage>> &r) {
                if (!r.ok())
                    return ctx.fail(r.error);
                for (const Storage &s : *r)
                    if (s.id == id)
                        return follow(ctx, s);
                Output::error(tr("The project has no %1 storage %2.").arg(directionName(d)).arg(id));
                ctx.done(ExitNotFound);
            });
    }

    void follow(const CommandContext &ctx, const Storage &s)
    {
        auto *sync = new StorageSync(ctx.client, s, ctx.owner);
        const bool tty = Output::stderrIsTerminal();
        const bool asJson = ctx.parser->isSet(QStringLiteral("json"));
        QObject::connect(sync, &StorageSync::progress, ctx.owner, [tty](const Storage &st) {
            if (tty && st.isRunning())
                std::fprintf(stderr, "\r%s   ",
                    qPrintable(tr("%1: %2 so far").arg(st.statusName).arg(qMax(0, st.lastSyncCount))));
        });
        QObject::connect(sync, &StorageSync::finished, ctx.owner,
            [ctx, sync, tty, asJson](const Storage &st, const ApiError &error) {
                sync->deleteLater();
                ctx.setCancel(nullptr);
                if (tty)
                    std::fputs("\n", stderr);
                if (!error.ok())
                    return ctx.fail(error);
                if (asJson)
                    ctx.out->write(QJsonDocument(st.raw).toJson(QJsonDocument::Compact) + '\n');
                else
                    ctx.out->writeLine(QString::number(qMax(0, st.lastSyncCount)));
                const QString counted = st.isExport()
                    ? tr("%1 annotation(s) exported").arg(qMax(0, st.lastSyncCount))
                    : tr("%1 task(s) imported").arg(qMax(0, st.lastSyncCount));
                if (st.status == Storage::Status::Failed) {
                    Output::error(tr("The sync failed: %1").arg(st.traceback.trimmed()));
                    ctx.done(ExitServer);
                    return;
                }
                if (st.status == Storage::Status::CompletedWithErrors) {
                    Output::error(tr("%1; some were refused:\n%2").arg(counted, st.traceback.trimmed()));
                    ctx.done(ExitValidation);
                    return;
                }
                Output::info(counted + QLatin1Char('.'));
                ctx.done(ExitOk);
            });
        ctx.setCancel([sync] { sync->cancel(); });
        sync->start();
    }
};
} // namespace

std::unique_ptr<ServerCommand> makeStorageCommand()
{
    return std::make_unique<StorageCommand>();
}

} // namespace lsdesk::cli
