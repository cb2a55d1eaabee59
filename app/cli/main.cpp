#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>

namespace {
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("lsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LSDESK_VERSION));

    lsdesk::cli::CliApp cli;

    // Ctrl+C: cancel the running requests and exit 130 from the event loop (self-pipe: a signal handler
    // may do nothing else safely).
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
            cli.interrupt();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);

    const int immediate = cli.start(app.arguments());
    if (immediate >= 0)
        return immediate;
    return app.exec();
}
