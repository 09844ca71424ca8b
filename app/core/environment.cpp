#include "core/environment.h"

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

} // namespace Environments
