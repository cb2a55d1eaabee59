#pragma once

#include <QObject>
#include <functional>

namespace lsdesk::cli {

// Ctrl+C (SIGINT, SIGTERM; on Windows the console's Ctrl+C, Ctrl+Break and close events) calls
// `onInterrupt` from `context`'s event loop, so it may cancel requests and exit like any other code.
// Writing to a closed pipe (lsdesk-cli ... | head) is an error to handle, not a signal that kills.
void installInterruptHandler(QObject *context, std::function<void()> onInterrupt);

} // namespace lsdesk::cli
