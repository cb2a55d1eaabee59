#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lsdesk::cli {

// stdout for data, stderr for one-line errors. stdout is written in large blocks and flushed per page
// so that a consumer (jq, a script) sees tasks as they arrive.
class Output
{
public:
    Output();
    void write(const QByteArray &data);
    void writeLine(const QString &line);
    void flush();
    static void error(const QString &message);
    static void info(const QString &message);
    // Whether standard error is a terminal (progress lines go only there).
    static bool stderrIsTerminal();

private:
    QFile m_out;
};

} // namespace lsdesk::cli
