#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lsdesk::cli {

// One command's documentation and the options it accepts. `lsdesk-cli --help`, `lsdesk-cli COMMAND
// --help`, `lsdesk-cli help COMMAND` and the check that refuses an option a command does not take all read
// this one description, so the help cannot drift from what the command accepts (tests/cli checks both).
struct CommandSpec
{
    struct Option
    {
        QString name; // the long name, without "--"
        QString help = {}; // empty: the option's own description
    };
    struct Exit
    {
        int code;
        QString help = {}; // empty: the code's general meaning (exitCodeText)
    };
    struct Variable
    {
        QString name;
        QString help;
    };

    QString name; // "tasks list"
    QString synopsis; // its arguments, "--project N [--json]"
    QString summary; // one line for the overview
    QString details = {}; // more for the command's own help (may be empty)
    QList<Option> options = {}; // beyond the global and connection options
    QList<Exit> exitCodes = {}; // every code the command can end with
    // Connects to a server: takes the connection options and $LABEL_STUDIO_URL / $LABEL_STUDIO_API_KEY.
    bool server = true;
    QList<Variable> environment = {}; // beyond the connection's
};

// What the options are, by long name: the same QCommandLineOption objects the parser was given.
using OptionTable = QHash<QString, QCommandLineOption>;

namespace help {
// The long name an option is known by (its first name longer than one letter).
QString canonicalName(const QCommandLineOption &option);
// Options every command takes (--help, --version, --verbose).
QStringList globalOptions();
// Options of every command that connects (--url, --api-key, --profile, ...).
QStringList connectionOptions();
// The general meaning of an exit code.
QString exitCodeText(int code);
// The exit codes of a command that talks to a server (0, 1, 2, 3, 4, 5, 130), with `extra` added or
// replacing the general text of a code.
QList<CommandSpec::Exit> serverExits(const QList<CommandSpec::Exit> &extra = {});
// Every exit code lsdesk-cli uses, in order.
QList<int> allExitCodes();
// The commands CliApp itself runs (version ... agreement, config, profile).
QList<CommandSpec> builtinCommands();
// The options a command accepts: its own, the connection options when it connects, the global ones.
QStringList acceptedOptions(const CommandSpec &spec);
// `lsdesk-cli COMMAND --help`.
QString commandHelp(const CommandSpec &spec, const OptionTable &options);
// `lsdesk-cli --help`.
QString overview(const QList<CommandSpec> &specs, const OptionTable &options);
} // namespace help

} // namespace lsdesk::cli
