#pragma once

#include <QLoggingCategory>

// The local state store (the SQLite file shared by every program). Never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcState) // console.state
