#pragma once

#include "cli/output.h"
#include "labelconfig/labelinterface.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <optional>

namespace lsdesk::cli {

// `lsdesk-cli config ...`: label configs from local files, no server needed.
class ConfigCommands
{
public:
    ConfigCommands(const QCommandLineParser &parser, Output &out)
        : m_parser(parser)
        , m_out(out)
    { }
    // `args` are the words after "config". Returns the exit code.
    int run(const QStringList &args);
    // The commands run() knows ("config parse", ...), for the help's cross-check.
    static QStringList commands();

private:
    int create();
    int validate(const QString &file);
    int parse(const QString &file);
    int diff(const QString &before, const QString &after);
    // Parses a config file; on failure prints a positioned error.
    std::unique_ptr<LabelInterface> load(const QString &path, int *exitCode);
    // Reads a whole file; on failure prints the error and returns nullopt.
    std::optional<QByteArray> readFile(const QString &path);

    const QCommandLineParser &m_parser;
    Output &m_out;
};

} // namespace lsdesk::cli
