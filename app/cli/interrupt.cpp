// The platform parts of lsdesk-cli's Ctrl+C handling, each behind its own #ifdef.
#include "cli/interrupt.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>
#endif

namespace lsdesk::cli {

namespace {
QObject *g_context = nullptr;
std::function<void()> *g_onInterrupt = nullptr;

#ifdef Q_OS_WIN
// Runs on a thread of its own that Windows starts: hand over to the event loop.
BOOL WINAPI onConsoleEvent(DWORD)
{
    if (!g_context)
        return FALSE;
    QMetaObject::invokeMethod(
        g_context, [] { (*g_onInterrupt)(); }, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_signalPipe[2] = { -1, -1 };

// A signal handler may do nothing else safely: the byte wakes the event loop (self-pipe).
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif
} // namespace

void installInterruptHandler(QObject *context, std::function<void()> onInterrupt)
{
    g_context = context;
    g_onInterrupt = new std::function<void()>(std::move(onInterrupt)); // lives as long as the process
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
        QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
            (*g_onInterrupt)();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

} // namespace lsdesk::cli
