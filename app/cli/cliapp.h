#pragma once

#include "api/client.h"
#include "api/statsapi.h"
#include "cli/commandhelp.h"
#include "cli/output.h"
#include "export/exportjob.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace lsdesk::agreement {
class AgreementSource;
}

namespace lsdesk::cli {

class ServerCommand;

// Exit codes, stable for scripts.
enum ExitCode {
    ExitOk = 0,
    ExitValidation = 1,
    ExitUsage = 2,
    ExitAuth = 3,
    ExitNotFound = 4,
    ExitServer = 5,
    ExitLocalFile = 6,
    ExitInterrupted = 130,
};

// lsdesk-cli: the headless companion over the same core. Parses the command line, resolves the
// credentials (flags, environment, a saved profile, or stdin), connects and runs one command.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;
    // Parses and starts; returns -1 when the command runs asynchronously (exit comes through the event
    // loop), or an exit code when it ended already (usage errors, --help).
    int start(const QStringList &arguments);
    void interrupt();

private:
    void withCredentials(const std::function<void(const QString &url, const QString &key)> &then);
    void runCommand(const QString &url, const QString &key);
    void cmdVersion();
    void cmdWhoami();
    void cmdProjectsList();
    void cmdTasksList();
    // The export command (exportcommand.cpp).
    void addSnapshotOptions();
    void cmdExport();
    void runDirectExport(const ExportRequest &r);
    void runSnapshotExport(const ExportRequest &r);
    // The first snapshot option flag given, empty when none.
    QString snapshotFlag() const;
    void finishExport(QObject *job, bool tty, const ApiError &error);
    // The agreement command (agreementcommand.cpp).
    void addAgreementOptions();
    // -1 when the arguments are usable, else the usage exit code.
    int checkAgreementArgs();
    void cmdAgreement();
    void writeAgreement(
        const agreement::AgreementSource &source, const Result<ServerAgreement> *server, bool perLabel);
    void cmdProfile(const QString &sub);
    // Commands in files of their own (servercommand.h): the one the positional arguments name, if any.
    ServerCommand *findServerCommand();
    void runServerCommand(ServerCommand *command);
    void fail(const ApiError &error);
    void done(int code);
    int usage(const QString &message);
    // Help (clihelp.cpp): options are declared through addOptions() so the help can list them.
    void addOptions(const QList<QCommandLineOption> &options);
    // --help and `help`: the overview without `words`, else the help of the command(s) they name.
    int showHelp(const QStringList &words);
    // The spec of the command the leading positional arguments name (the longest match), or null.
    const CommandSpec *findSpec(const QStringList &words) const;
    // --help-spec (hidden, for tests/cli): options, commands and their options and exit codes as JSON.
    void dumpSpec() const;
    // The server commands start() runs itself (version ... agreement).
    static QStringList builtinServerCommands();

    QCommandLineParser m_parser;
    OptionTable m_options; // by canonical name
    QHash<QString, QString> m_aliases; // every name ("o") -> canonical name ("output")
    QList<CommandSpec> m_specs;
    QStringList m_positional;
    Output m_out;
    std::unique_ptr<Client> m_client;
    std::function<void()> m_cancel;
    std::vector<std::unique_ptr<ServerCommand>> m_serverCommands;
    QString m_serverCommandName;
    QStringList m_serverArgs;
    bool m_finished = false;
};

} // namespace lsdesk::cli
