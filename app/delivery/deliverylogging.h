#pragma once

#include <QLoggingCategory>

// console.delivery: test deliveries, simulated deliveries and URL preflights. Logs name the
// host and path of a URL (never its query, which may carry a token) and never a secret, a
// signature or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)
