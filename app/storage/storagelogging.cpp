#include "storage/storagelogging.h"

Q_LOGGING_CATEGORY(lcState, "console.state", QtInfoMsg)
