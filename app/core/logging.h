#pragma once

#include <QLoggingCategory>

// One category per module. Nothing logged ever contains a secret, a token or a full
// Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // console.api
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // console.keychain
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // console.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // console.ui
