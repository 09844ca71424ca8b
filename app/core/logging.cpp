#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "console.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "console.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "console.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "console.ui", QtInfoMsg)
