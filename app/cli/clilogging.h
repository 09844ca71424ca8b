#pragma once

#include <QLoggingCategory>

// The command line's own category (console.cli), next to those of core/logging.h. Nothing logged
// ever contains a secret or a token.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
