#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where the API calls go. Test and Production are the two Vipps MobilePay environments;
// Custom is an explicit base URL (https, or plain http for loopback only); Sandbox is the
// embedded sandbox API running in this process.
enum class Environment {
    Test,
    Production,
    Custom,
    Sandbox
};

namespace Environments {
QUrl testBaseUrl();       // https://apitest.vipps.no
QUrl productionBaseUrl(); // https://api.vipps.no
// The fixed base URL of Test and Production; an empty URL for Custom and Sandbox.
QUrl baseUrl(Environment environment);
// "test", "production", "custom", "sandbox": the names used in QSettings and on the command line.
QString key(Environment environment);
std::optional<Environment> fromKey(const QString &key);
// "Test", "Production", "Custom", "Sandbox": translated names for people.
QString displayName(Environment environment);
} // namespace Environments
