// webhook-console: the composition root. Everything else lives in wc_ui and wc_core.
#include "consolesession.h"
#include "core/appinfo.h"
#include "mainwindow.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppInfo::organizationName());
    QApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QApplication::setApplicationName(AppInfo::applicationName());
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QApplication::setApplicationVersion(AppInfo::version());
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage Vipps MobilePay webhooks from the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("main", "Open the profile <name>."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Open the built-in sandbox API (sample data, no keys needed)."));
    parser.addOption(profileOption);
    parser.addOption(sandboxOption);
    parser.process(app);

    ProfileStore store;
    KeychainSecretStore secrets(AppInfo::keychainService());
    ProfileManager manager(&store, &secrets);
    ConsoleSession session(&manager);
    MainWindow window(&session);
    window.show();
    window.openStartup(parser.value(profileOption), parser.isSet(sandboxOption));
    return QApplication::exec();
}
