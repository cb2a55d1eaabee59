// CliApp's help: the overview, one command's help, and the hidden --help-spec for tests/cli. The texts
// come from the command specs (commandhelp.h) and the options the parser was given.
#include "cli/cliapp.h"
#include "cli/configcommands.h"
#include "cli/servercommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace lsdesk::cli {

void CliApp::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &o : options) {
        // A name declared twice is a bug (QCommandLineParser warns on every run): the first one stays.
        if (!m_parser.addOption(o))
            continue;
        const QString name = help::canonicalName(o);
        m_options.insert(name, o);
        for (const QString &alias : o.names())
            m_aliases.insert(alias, name);
    }
}

const CommandSpec *CliApp::findSpec(const QStringList &words) const
{
    const CommandSpec *best = nullptr;
    qsizetype bestWords = 0;
    for (const CommandSpec &s : m_specs) {
        const QStringList name = s.name.split(QLatin1Char(' '));
        if (name.size() > bestWords && words.mid(0, name.size()) == name) {
            best = &s;
            bestWords = name.size();
        }
    }
    return best;
}

int CliApp::showHelp(const QStringList &words)
{
    QString text;
    if (words.isEmpty()) {
        text = help::overview(m_specs, m_options);
    } else if (const CommandSpec *spec = findSpec(words)) {
        text = help::commandHelp(*spec, m_options);
    } else {
        // A group ("storage", "config"): the help of each of its commands.
        const QString prefix = words.join(QLatin1Char(' ')) + QLatin1Char(' ');
        for (const CommandSpec &s : std::as_const(m_specs)) {
            if (s.name.startsWith(prefix))
                text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + help::commandHelp(s, m_options);
        }
        if (text.isEmpty())
            return usage(tr("Unknown command \"%1\".").arg(words.join(QLatin1Char(' '))));
    }
    std::fputs(text.toUtf8().constData(), stdout);
    return ExitOk;
}

void CliApp::dumpSpec() const
{
    QJsonArray options;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        options.append(QJsonObject {
            { QStringLiteral("name"), it.key() }, { QStringLiteral("value"), !it->valueName().isEmpty() } });
    QJsonArray commands;
    for (const CommandSpec &s : m_specs) {
        QJsonArray codes;
        for (const CommandSpec::Exit &e : s.exitCodes)
            codes.append(e.code);
        commands.append(
            QJsonObject { { QStringLiteral("name"), s.name }, { QStringLiteral("server"), s.server },
                { QStringLiteral("options"), QJsonArray::fromStringList(help::acceptedOptions(s)) },
                { QStringLiteral("exitCodes"), codes } });
    }
    // What start() and the server commands actually run, to check every one has a spec.
    QStringList dispatch = builtinServerCommands()
        + QStringList { QStringLiteral("profile save"), QStringLiteral("profile list"),
              QStringLiteral("profile remove") }
        + ConfigCommands::commands();
    for (const auto &c : m_serverCommands)
        dispatch << c->commands();
    QJsonArray codes;
    for (int code : help::allExitCodes())
        codes.append(code);
    const QJsonObject out { { QStringLiteral("options"), options }, { QStringLiteral("commands"), commands },
        { QStringLiteral("dispatch"), QJsonArray::fromStringList(dispatch) },
        { QStringLiteral("global"), QJsonArray::fromStringList(help::globalOptions()) },
        { QStringLiteral("connection"), QJsonArray::fromStringList(help::connectionOptions()) },
        { QStringLiteral("exitCodes"), codes } };
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
}

} // namespace lsdesk::cli
