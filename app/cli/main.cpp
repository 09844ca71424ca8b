// webhook-console-cli: the command-line companion of Webhook Console. A composition root only;
// the commands live in wc_cli (app/cli).
#include "cli/cliapplication.h"
#include "cli/console.h"
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so both see the same profiles (QSettings) and keychain entries.
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("webhook-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // The core's informational logging stays out of a command's output unless asked for with
    // QT_LOGGING_RULES (which overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.info=false"));

    Console console;
    CliApplication cli(console);
    return cli.run(QCoreApplication::arguments());
}
