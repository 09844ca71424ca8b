#include "core/environment.h"

#include "core/validation.h"

#include <QCoreApplication>

namespace Environments {

QUrl testBaseUrl()
{
    return QUrl(QStringLiteral("https://apitest.vipps.no"));
}

QUrl productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.vipps.no"));
}

QUrl baseUrl(Environment environment)
{
    switch (environment) {
    case Environment::Test: return testBaseUrl();
    case Environment::Production: return productionBaseUrl();
    case Environment::Custom:
    case Environment::Sandbox: break;
    }
    return {};
}

QString key(Environment environment)
{
    switch (environment) {
    case Environment::Test: return QStringLiteral("test");
    case Environment::Production: return QStringLiteral("production");
    case Environment::Custom: return QStringLiteral("custom");
    case Environment::Sandbox: return QStringLiteral("sandbox");
    }
    return {};
}

std::optional<Environment> fromKey(const QString &value)
{
    for (auto environment :
         {Environment::Test, Environment::Production, Environment::Custom, Environment::Sandbox}) {
        if (key(environment).compare(value, Qt::CaseInsensitive) == 0)
            return environment;
    }
    return std::nullopt;
}

QString displayName(Environment environment)
{
    switch (environment) {
    case Environment::Test: return QCoreApplication::translate("Environment", "Test");
    case Environment::Production: return QCoreApplication::translate("Environment", "Production");
    case Environment::Custom: return QCoreApplication::translate("Environment", "Custom");
    case Environment::Sandbox: return QCoreApplication::translate("Environment", "Sandbox");
    }
    return {};
}

std::optional<Environment> fixedByHost(const QUrl &baseUrl)
{
    // QUrl lowercases the host; a trailing dot names the same host.
    QString host = baseUrl.host();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == productionBaseUrl().host())
        return Environment::Production;
    if (host == testBaseUrl().host())
        return Environment::Test;
    return std::nullopt;
}

bool needsDeclaration(const QUrl &baseUrl)
{
    return !fixedByHost(baseUrl) && !Validation::isLoopbackHost(baseUrl.host());
}

Environment guardOf(const QUrl &baseUrl, std::optional<Environment> declared)
{
    if (const auto fixed = fixedByHost(baseUrl))
        return *fixed;
    if (declared == Environment::Test || declared == Environment::Production)
        return *declared;
    return needsDeclaration(baseUrl) ? Environment::Production : Environment::Test;
}

} // namespace Environments
