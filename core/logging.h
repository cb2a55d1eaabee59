#pragma once

#include <QLoggingCategory>

// Logging categories of the client core. Messages never contain an API key or an access token:
// URLs are logged without their query, and headers are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
