#include "cli/clilogging.h"

Q_LOGGING_CATEGORY(lcCli, "console.cli", QtInfoMsg)
