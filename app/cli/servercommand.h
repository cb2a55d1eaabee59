#pragma once

#include "api/client.h"
#include "cli/commandhelp.h"
#include "cli/output.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace lsdesk::cli {

// What a server command runs with: the connected client, the parsed command line and the one way out.
// The command calls exactly one of done() or fail(), once.
struct CommandContext
{
    Client *client = nullptr;
    const QCommandLineParser *parser = nullptr;
    // The positional arguments after the command's words ("import a.json b.csv" -> a.json, b.csv).
    QStringList args;
    Output *out = nullptr;
    // Receiver for the command's callbacks: destroyed with the CLI, so no callback outlives it.
    QObject *owner = nullptr;
    std::function<void(int exitCode)> done;
    std::function<void(const ApiError &)> fail;
    // What Ctrl+C runs before the process exits (abort requests, remove temporary files).
    std::function<void(std::function<void()>)> setCancel;
};

// A command that talks to a server, in a file of its own (importcommand.cpp, storagecommand.cpp, ...).
// CliApp adds its options, checks its arguments before any credentials are read, connects, then runs it.
// Options another command already declared (--project, --json, --ids, ...) are shared, not redeclared.
class ServerCommand
{
public:
    virtual ~ServerCommand() = default;
    // One spec per command it handles ("storage list", "storage sync", ...): its synopsis, help, the
    // options it accepts (its own and shared ones) and its exit codes. A command runs only with a spec.
    virtual QList<CommandSpec> specs() const = 0;
    // The command words it handles, from specs().
    QStringList commands() const
    {
        QStringList names;
        for (const CommandSpec &s : specs())
            names << s.name;
        return names;
    }
    // The options it declares (shared ones another command declared already are not redeclared).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Before credentials: empty when the arguments are usable, else a usage message (printed by CliApp,
    // exit code 2).
    virtual QString check(
        const QString &command, const QCommandLineParser &parser, const QStringList &args) const
    {
        Q_UNUSED(command)
        Q_UNUSED(parser)
        Q_UNUSED(args)
        return {};
    }
    virtual void run(const QString &command, const CommandContext &ctx) = 0;
};

// Every server command in a file of its own; servercommands.cpp lists them.
std::vector<std::unique_ptr<ServerCommand>> makeServerCommands();

} // namespace lsdesk::cli
