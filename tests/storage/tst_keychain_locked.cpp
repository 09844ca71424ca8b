// A locked keychain whose unlock prompt cannot be shown or is dismissed: every operation gives
// a clear, specific error quickly, never a hang, and a profile being saved is never half-written.
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include "testkeyring.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

template<typename R> struct Outcome
{
    std::optional<R> result;
    auto callback()
    {
        return [this](const R &r) { result.emplace(r); };
    }
};

} // namespace

class TestKeychainLocked final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
            QSKIP("Runs only inside scripts/with-test-keyring (never against a real keychain).");
        QStandardPaths::setTestModeEnabled(true);
    }

    void lockedKeychain_givesAClearErrorAndLosesNothing()
    {
        KeychainSecretStore store;
        store.setTimeout(20000);
        Outcome<Result<Done, KeychainError>> written;
        store.write(QStringLiteral("locked-test/before"), "value-before", this, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.result.has_value(), 30000);
        QVERIFY2(written.result->ok(), qPrintable(written.result->error().message));

        QVERIFY(TestKeyring::lock());
        QVERIFY(TestKeyring::isLocked());

        Outcome<Result<QByteArray, KeychainError>> read;
        store.read(QStringLiteral("locked-test/before"), this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), 30000);
        QVERIFY(!read.result->ok());
        qInfo() << "read from a locked keychain:" << KeychainError::kindName(read.result->error().kind)
                << read.result->error().message;
        QCOMPARE(read.result->error().kind, KeychainError::Kind::AccessDenied);
        QVERIFY(read.result->error().message.contains(QStringLiteral("locked")));

        // Saving a profile while locked: refused, and QSettings stays as it was.
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        ProfileStore profiles(settingsFile);
        ProfileManager manager(&profiles, &store);
        Profile profile;
        profile.name = QStringLiteral("Locked shop");
        profile.msn = QStringLiteral("123456");
        Outcome<Result<Done, KeychainError>> saved;
        manager.saveProfile(
            profile, Credentials{QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("key")}, this,
            saved.callback());
        QTRY_VERIFY_WITH_TIMEOUT(saved.result.has_value(), 30000);
        QVERIFY(!saved.result->ok());
        QCOMPARE(saved.result->error().kind, KeychainError::Kind::AccessDenied);
        QVERIFY(profiles.profiles().isEmpty());
        profiles.settings().sync();
        QFile file(settingsFile);
        QVERIFY(!file.exists() || (file.open(QIODevice::ReadOnly) && !file.readAll().contains("secret")));

        // Unlocked again (what the shared test helper does after a locked scope): the value
        // written before is there, nothing was lost.
        QVERIFY(TestKeyring::unlock());
        QVERIFY(!TestKeyring::isLocked());
        Outcome<Result<QByteArray, KeychainError>> again;
        store.read(QStringLiteral("locked-test/before"), this, again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.result.has_value(), 30000);
        QVERIFY2(again.result->ok(),
                 qPrintable(again.result->ok() ? QString() : again.result->error().message));
        QCOMPARE(again.result->value(), QByteArray("value-before"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
