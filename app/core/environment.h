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

// The one rule both programs follow to decide whether calls to a base URL are production calls
// (red band, typed confirmations, --yes). The host decides first, whatever a profile says:
// api.vipps.no is Production and apitest.vipps.no is Test. Any other host is what its profile
// declared (Test or Production); a loopback host is Test unless declared; any other undeclared
// host is guarded as Production. Returns Test or Production.
Environment guardOf(const QUrl &baseUrl, std::optional<Environment> declared = std::nullopt);
// The environment the host of a base URL fixes (api.vipps.no, apitest.vipps.no), if any.
std::optional<Environment> fixedByHost(const QUrl &baseUrl);
// Whether a profile on this base URL must declare Test or Production before it is saved: a host
// that is neither a Vipps MobilePay API nor loopback.
bool needsDeclaration(const QUrl &baseUrl);
} // namespace Environments
