// SettingsFileWatcher: a profile added by `webhook-console-cli profile add` (another process,
// the real command line, the real keychain of scripts/with-test-keyring) appears in the open
// window's profile selector without a restart, and one removed there goes away.

#include "settingsfilewatcher.h"

#include "core/appinfo.h"
#include "profileheader.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace UiTest;

class TestSettingsFileWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.isValid());
    }

    void profileAddedByTheCommandLine_appearsInTheWindow()
    {
        // The file the command line writes, with XDG_CONFIG_HOME pointing here.
        const QString file = m_config.filePath(AppInfo::organizationName() + QLatin1Char('/')
                                               + AppInfo::applicationName() + QStringLiteral(".conf"));
        ProfileStore store(file);
        KeychainSecretStore keychain(QStringLiteral("wc-ui-test-")
                                     + QUuid::createUuid().toString(QUuid::Id128));
        ProfileManager manager(&store, &keychain);
        ConsoleSession session(&manager);
        session.setSandboxStateFile({});
        MainWindow window(&session);
        window.show();
        auto *watcher = window.findChild<SettingsFileWatcher *>();
        QVERIFY(watcher);
        QCOMPARE(QFileInfo(watcher->fileName()).absoluteFilePath(), QFileInfo(file).absoluteFilePath());
        QComboBox *combo = window.findChild<ProfileHeader *>()->profileComboBox();
        QCOMPARE(combo->findText(QStringLiteral("From CLI"), Qt::MatchContains), -1);

        QSignalSpy changed(&manager, &ProfileManager::profilesChanged);
        QVERIFY2(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("From CLI"),
                      QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("--msn"),
                      QStringLiteral("123456")}),
                 "profile add");
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("From CLI"), Qt::MatchContains) >= 0, 10000);
        QVERIFY(store.contains(QStringLiteral("From CLI")));
        QCOMPARE(store.find(QStringLiteral("From CLI"))->msn, QStringLiteral("123456"));
        QVERIFY(!changed.isEmpty());

        // A second write (the file is replaced again) is seen too.
        QVERIFY2(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("From CLI")}),
                 "profile remove");
        QTRY_COMPARE_WITH_TIMEOUT(combo->findText(QStringLiteral("From CLI"), Qt::MatchContains), -1, 10000);
        QVERIFY(!store.contains(QStringLiteral("From CLI")));
    }

private:
    bool cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("VIPPS_CLIENT_ID"), QStringLiteral("cli-test-client"));
        environment.insert(QStringLiteral("VIPPS_CLIENT_SECRET"), QStringLiteral("cli-test-secret"));
        environment.insert(QStringLiteral("VIPPS_SUBSCRIPTION_KEY"), QStringLiteral("cli-test-subscription"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_CLI_PATH), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return false;
        }
        return true;
    }

    QTemporaryDir m_config;
};

QTEST_MAIN(TestSettingsFileWatcher)
#include "tst_settingsfilewatcher.moc"
