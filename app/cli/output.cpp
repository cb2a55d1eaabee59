#include "output.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lsdesk::cli {

Output::Output()
{
    m_out.open(stdout, QIODevice::WriteOnly);
}

void Output::write(const QByteArray &data)
{
    m_out.write(data);
}

void Output::writeLine(const QString &line)
{
    m_out.write(line.toUtf8());
    m_out.write("\n", 1);
}

void Output::flush()
{
    m_out.flush();
}

void Output::error(const QString &message)
{
    const QByteArray line = QByteArrayLiteral("lsdesk-cli: ") + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Output::info(const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool Output::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace lsdesk::cli
