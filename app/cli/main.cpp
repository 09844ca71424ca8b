// webhook-console-cli: the command-line companion of Webhook Console. A composition root only;
// the commands live in wc_cli (app/cli).
#include "cli/cliapplication.h"
#include "cli/console.h"
#include "core/appinfo.h"
#include "core/networkaccessmanager.h"
#include "core/translations.h"
#include "storage/changehistory.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so both see the same profiles (QSettings) and keychain entries.
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    // What the history records as the program that made a change.
    ChangeHistory::setProgram(QStringLiteral("command line"));
    QCoreApplication::setApplicationVersion(AppInfo::version());

    // The language chosen in the window's Preferences, else the system's.
    Translations::install(app, Translations::savedSetting());

    // The core's informational logging stays out of a command's output unless asked for with
    // QT_LOGGING_RULES (which overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.info=false"));

    Console console;
    CliApplication cli(console);
    const int exitCode = cli.run(QCoreApplication::arguments());
    NetworkAccessManager::shutDown();
    return exitCode;
}
