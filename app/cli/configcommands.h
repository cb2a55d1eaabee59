#pragma once

#include "cli/output.h"

#include <QCommandLineParser>
#include <QStringList>

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

private:
    int parse(const QString &file);
    // Reads a whole file; on failure prints the error and returns nullopt.
    std::optional<QByteArray> readFile(const QString &path);

    const QCommandLineParser &m_parser;
    Output &m_out;
};

} // namespace lsdesk::cli
