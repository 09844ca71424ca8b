// webhook-console: the composition root. Everything else lives in wc_ui and wc_core.
#include "core/appinfo.h"
#include "core/networkaccessmanager.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "operations/consolesession.h"
#include "quitafterfirstlist.h"
#include "storage/changehistory.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>
#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    // What the history records as the program that made a change.
    ChangeHistory::setProgram(QStringLiteral("window"));
    QCoreApplication::setApplicationVersion(AppInfo::version());
}

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("main", "Open the profile <name>."),
                               QCoreApplication::translate("main", "name")};
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Open the built-in sandbox API (sample data, no keys needed).")};
    // For the package's install test; not in --help.
    QCommandLineOption quitAfterFirstList = hidden(QStringLiteral("quit-after-first-list"));

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Manage Vipps MobilePay webhooks from the desktop."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(profile);
        parser.addOption(sandbox);
        parser.addOption(quitAfterFirstList);
    }

    static QCommandLineOption hidden(const QString &name)
    {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }
};

// --help, --version and bad options answer on the terminal, with no display needed.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        Translations::install(app, Translations::savedSetting());
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());
    QGuiApplication::setWindowIcon(MainWindow::applicationIcon());
    // The saved language (Preferences), else the system's; before any text is made.
    Translations::install(app, Translations::savedSetting());
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    // The extra certificate authorities of WEBHOOK_CONSOLE_CA_FILE, read as the command line reads them.
    const auto caProblem = NetworkAccessManager::instance()->trustCaFileFromEnvironment();

    ProfileStore store;
    KeychainSecretStore secrets(AppInfo::keychainService());
    ProfileManager manager(&store, &secrets);
    ConsoleSession session(&manager);
    MainWindow window(&session);
    std::unique_ptr<QuitAfterFirstList> quitAfterFirstList;
    if (parser.isSet(options.quitAfterFirstList))
        quitAfterFirstList = std::make_unique<QuitAfterFirstList>(&session, &window);
    window.show();
    window.openStartup(parser.value(options.profile), parser.isSet(options.sandbox));
    if (caProblem) {
        qWarning("%s", qPrintable(*caProblem));
        window.messageBar()->showMessage(
            MessageBar::Level::Error,
            QCoreApplication::translate("main", "The extra certificate authorities could not be loaded"),
            *caProblem);
    }
    return QApplication::exec();
}
