#pragma once

#include <QString>

// The one place that names the application: QSettings, the keychain service, the window icon
// and the desktop file all take their names from here.
namespace AppInfo {
inline QString organizationName()
{
    return QStringLiteral("Webhook Console");
}
inline QString organizationDomain()
{
    return QStringLiteral("webhook-console.github.io");
}
inline QString applicationName()
{
    return QStringLiteral("webhook-console");
}
inline QString displayName()
{
    return QStringLiteral("Webhook Console");
}
inline QString applicationId()
{
    return QStringLiteral("io.github.webhook_console.WebhookConsole");
}
inline QString version()
{
    return QStringLiteral(WC_VERSION);
}
// The keychain service under which every secret of this application is stored.
inline QString keychainService()
{
    return applicationId();
}
} // namespace AppInfo
