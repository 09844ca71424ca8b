// The keychain layer when there is no Secret Service at all (run under
// `WC_KEYRING=none scripts/with-test-keyring`): every call fails quickly and clearly with
// NoBackend, nothing is half-saved, and nothing falls back to a plain-text file. Last, a Secret
// Service that never answers gives Timeout instead of a hang.

#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include "storagetestsupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <optional>

using DoneResult = Result<Done, KeychainError>;
using ReadResult = Result<QByteArray, KeychainError>;

namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
constexpr int Wait = 20000;

// Owns org.freedesktop.secrets and takes every call without ever answering: a keychain that hangs.
class SilentSecretService final : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // handled, never answered
    }
    QString introspect(const QString &) const override { return {}; }

    std::atomic<int> calls{0};
};

template<typename R, typename Start> std::optional<R> await(Start start)
{
    std::optional<R> result;
    start([&result](const R &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Wait))
        return std::nullopt;
    return result;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKeychainNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void write_withoutSecretService_isNoBackend();
    void readAndRemove_withoutSecretService_areNoBackend();
    void saveProfile_withoutSecretService_leavesSettingsUntouched();
    void webhookSecret_withoutSecretService_leavesIndexUntouched();
    void insecureFallback_neverWritesAFile();
    // Last: the unanswered call stays queued inside QtKeychain until D-Bus gives up on it.
    void timeout_whenTheSecretServiceNeverAnswers();

private:
    const QByteArray m_canary = QByteArrayLiteral("nobackend-canary-secret-3e4f5a");
};

void TestKeychainNoBackend::initTestCase()
{
    if (!StorageTest::inThrowawayKeyring())
        QSKIP("needs `WC_KEYRING=none scripts/with-test-keyring` (a private bus without a Secret Service)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the private session bus should be reachable");
    QVERIFY2(!bus.interface()->isServiceRegistered(SecretsService).value(),
             "a Secret Service is running: run this test under WC_KEYRING=none");
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeychainNoBackend::write_withoutSecretService_isNoBackend()
{
    KeychainSecretStore store;
    bool calledInside = false;
    std::optional<DoneResult> result;
    store.write(QStringLiteral("nobackend/write"), m_canary, this, [&](const DoneResult &r) { result = r; });
    calledInside = result.has_value();
    QVERIFY(!calledInside);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), Wait);
    QVERIFY(!result->ok());
    QCOMPARE(KeychainError::kindName(result->error().kind), QStringLiteral("NoBackend"));
    QVERIFY2(result->error().message.contains(QStringLiteral("Secret Service")),
             StorageTest::errorText(*result).constData());
}

void TestKeychainNoBackend::readAndRemove_withoutSecretService_areNoBackend()
{
    KeychainSecretStore store;
    const auto read
        = await<ReadResult>([&](auto done) { store.read(QStringLiteral("nobackend/read"), this, done); });
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().kind, KeychainError::Kind::NoBackend);
    const auto removed
        = await<DoneResult>([&](auto done) { store.remove(QStringLiteral("nobackend/read"), this, done); });
    QVERIFY(removed && !removed->ok());
    QCOMPARE(removed->error().kind, KeychainError::Kind::NoBackend);
}

void TestKeychainNoBackend::saveProfile_withoutSecretService_leavesSettingsUntouched()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/wc-nobackend-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ProfileStore store(path);
    Profile existing;
    existing.name = QStringLiteral("Existing");
    existing.msn = QStringLiteral("123456");
    store.save(existing); // written directly: the state a previous session left
    store.setLastUsed(existing.name);
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    KeychainSecretStore secrets;
    ProfileManager manager(&store, &secrets);
    int signals_ = 0;
    connect(&manager, &ProfileManager::profilesChanged, this, [&] { ++signals_; });
    const Credentials credentials{QStringLiteral("id"), QString::fromLatin1(m_canary), QStringLiteral("key")};

    Profile added = existing;
    added.name = QStringLiteral("Added");
    const auto saved
        = await<DoneResult>([&](auto done) { manager.saveProfile(added, credentials, this, done); });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().kind, KeychainError::Kind::NoBackend);
    QVERIFY(saved->error().message.contains(QStringLiteral("Secret Service")));

    Profile renamed = existing;
    renamed.name = QStringLiteral("Renamed");
    const auto rename = await<DoneResult>(
        [&](auto done) { manager.saveProfile(renamed, credentials, this, done, existing.name); });
    QVERIFY(rename && !rename->ok());
    QCOMPARE(rename->error().kind, KeychainError::Kind::NoBackend);

    const auto removed
        = await<DoneResult>([&](auto done) { manager.removeProfile(existing.name, this, done); });
    QVERIFY(removed && !removed->ok());
    QCOMPARE(removed->error().kind, KeychainError::Kind::NoBackend);

    QCOMPARE(signals_, 0);
    QCOMPARE(fileBytes(path), before);
    ProfileStore reopened(path);
    QCOMPARE(reopened.profiles().size(), 1);
    QCOMPARE(reopened.find(existing.name), std::optional<Profile>(existing));
    QCOMPARE(reopened.lastUsed(), existing.name);
}

void TestKeychainNoBackend::webhookSecret_withoutSecretService_leavesIndexUntouched()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/wc-nobackend-XXXXXX"));
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore secrets;
    ProfileManager manager(&store, &secrets);
    Profile profile;
    profile.name = QStringLiteral("Shop");
    const QString id = QStringLiteral("77777777-7777-4777-8777-777777777777");

    const auto stored = await<DoneResult>([&](auto done) {
        manager.storeWebhookSecret(profile, id, QString::fromLatin1(m_canary), this, done);
    });
    QVERIFY(stored && !stored->ok());
    QCOMPARE(stored->error().kind, KeychainError::Kind::NoBackend);
    QVERIFY(manager.webhookSecretIds(profile).isEmpty());
    QVERIFY(store.settings().allKeys().isEmpty());
}

void TestKeychainNoBackend::insecureFallback_neverWritesAFile()
{
    // Everything above tried to store the canary; QtKeychain's plain-text fallback (QSettings)
    // must not have caught any of it.
    const QStringList dirs = StorageTest::userDirectories();
    QCOMPARE(StorageTest::filesContaining(dirs, m_canary), QStringList());
    QCOMPARE(StorageTest::filesContaining(dirs, m_canary.toBase64()), QStringList());
}

void TestKeychainNoBackend::timeout_whenTheSecretServiceNeverAnswers()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentSecretService silent;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(SecretsService));

    KeychainSecretStore store;
    store.setTimeout(1000);
    std::optional<DoneResult> result;
    bool lateCall = false;
    store.write(QStringLiteral("nobackend/timeout"), m_canary, this, [&](const DoneResult &r) {
        lateCall = result.has_value();
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), Wait);
    QVERIFY(silent.calls > 0);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, KeychainError::Kind::Timeout);
    QVERIFY2(result->error().message.contains(QStringLiteral("did not answer")),
             StorageTest::errorText(*result).constData());
    QVERIFY(!lateCall);

    bus.unregisterService(SecretsService);
    bus.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
}

QTEST_GUILESS_MAIN(TestKeychainNoBackend)
#include "tst_keychain_nobackend.moc"
