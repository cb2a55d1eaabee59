#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "lsdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "lsdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "lsdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "lsdesk.keychain", QtInfoMsg)
