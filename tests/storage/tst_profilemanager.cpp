// ProfileManager with the real Secret Service: gnome-keyring in a throwaway HOME on a private
// session bus (run under scripts/with-test-keyring).

#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include "storagetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using DoneResult = Result<Done, KeychainError>;
using CredentialsResult = Result<Credentials, KeychainError>;
using SecretResult = Result<QString, KeychainError>;

class TestProfileManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveProfile_thenLoadCredentials_roundTrip();
    void saveProfile_again_replacesCredentials();
    void saveProfile_invalidProfile_writesNothing();
    void saveProfile_rename_movesCredentialsAndWebhookSecrets();
    void saveProfile_renameOntoExistingProfile_isRefused();
    void loadCredentials_missing_namesTheProfile();
    void removeProfile_removesCredentialsSecretsAndSettings();
    void webhookSecret_storeReadRemove_keepsTheIndex();
    void webhookSecretIds_separatePerEnvironmentAndBucket();
    void webhookSecretKey_emptyProfileNameUsesDash();
    void callbacks_skippedWhenContextDestroyed();
    void secrets_neverReachAFile();

private:
    std::optional<DoneResult> save(const Profile &profile, const Credentials &credentials,
                                   const QString &previousName = {});
    std::optional<CredentialsResult> load(const QString &name);
    std::optional<DoneResult> remove(const QString &name);
    std::optional<DoneResult> storeSecret(const Profile &profile, const QString &id, const QString &secret);
    std::optional<SecretResult> readSecret(const Profile &profile, const QString &id);
    std::optional<DoneResult> removeSecret(const Profile &profile, const QString &id);
    std::optional<Result<QByteArray, KeychainError>> readRaw(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;
};

namespace {

constexpr int Wait = 20000;

Profile profileNamed(const QString &name, const QString &msn = QStringLiteral("123456"),
                     Environment environment = Environment::Test)
{
    Profile profile;
    profile.name = name;
    profile.environment = environment;
    profile.msn = msn;
    return profile;
}

Credentials credentials(const QString &tag)
{
    return Credentials{QStringLiteral("client-id-") + tag, QStringLiteral("client-secret-") + tag,
                       QStringLiteral("subscription-key-") + tag};
}

template<typename R, typename Start> std::optional<R> await(Start start)
{
    std::optional<R> result;
    start([&result](const R &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Wait))
        return std::nullopt;
    return result;
}

} // namespace

void TestProfileManager::initTestCase()
{
    if (!StorageTest::inThrowawayKeyring())
        QSKIP(StorageTest::SkipMessage);
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileManager::init()
{
    // Inside HOME, so the leak check walks it too.
    m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/wc-profilemanager-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_secrets = std::make_unique<KeychainSecretStore>(
        QStringLiteral("io.github.webhook_console.WebhookConsole.tests"));
    m_manager = std::make_unique<ProfileManager>(m_store.get(), m_secrets.get());
}

void TestProfileManager::cleanup()
{
    m_manager.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

std::optional<DoneResult> TestProfileManager::save(const Profile &profile, const Credentials &creds,
                                                   const QString &previousName)
{
    return await<DoneResult>(
        [&](auto done) { m_manager->saveProfile(profile, creds, this, done, previousName); });
}

std::optional<CredentialsResult> TestProfileManager::load(const QString &name)
{
    return await<CredentialsResult>([&](auto done) { m_manager->loadCredentials(name, this, done); });
}

std::optional<DoneResult> TestProfileManager::remove(const QString &name)
{
    return await<DoneResult>([&](auto done) { m_manager->removeProfile(name, this, done); });
}

std::optional<DoneResult> TestProfileManager::storeSecret(const Profile &profile, const QString &id,
                                                          const QString &secret)
{
    return await<DoneResult>(
        [&](auto done) { m_manager->storeWebhookSecret(profile, id, secret, this, done); });
}

std::optional<SecretResult> TestProfileManager::readSecret(const Profile &profile, const QString &id)
{
    return await<SecretResult>([&](auto done) { m_manager->readWebhookSecret(profile, id, this, done); });
}

std::optional<DoneResult> TestProfileManager::removeSecret(const Profile &profile, const QString &id)
{
    return await<DoneResult>([&](auto done) { m_manager->removeWebhookSecret(profile, id, this, done); });
}

std::optional<Result<QByteArray, KeychainError>> TestProfileManager::readRaw(const QString &key)
{
    return await<Result<QByteArray, KeychainError>>([&](auto done) { m_secrets->read(key, this, done); });
}

#define WC_VERIFY_OK(optionalResult) \
    do { \
        const auto &r_ = (optionalResult); \
        QVERIFY2(r_.has_value(), "no answer"); \
        QVERIFY2(r_->ok(), StorageTest::errorText(*r_).constData()); \
    } while (false)

void TestProfileManager::saveProfile_thenLoadCredentials_roundTrip()
{
    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const Profile profile = profileNamed(QStringLiteral("Round trip æøå"));
    WC_VERIFY_OK(save(profile, credentials(QStringLiteral("rt"))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->find(profile.name), std::optional<Profile>(profile));

    const auto loaded = load(profile.name);
    WC_VERIFY_OK(loaded);
    QCOMPARE(loaded->value(), credentials(QStringLiteral("rt")));

    // A second manager (the next start of the application) finds the same.
    ProfileStore reopened(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(reopened.contains(profile.name));
}

void TestProfileManager::saveProfile_again_replacesCredentials()
{
    const Profile profile = profileNamed(QStringLiteral("Edited"));
    WC_VERIFY_OK(save(profile, credentials(QStringLiteral("one"))));
    Profile edited = profile;
    edited.environment = Environment::Production;
    WC_VERIFY_OK(save(edited, credentials(QStringLiteral("two")), profile.name)); // same name: not a rename
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->find(profile.name)->environment, Environment::Production);
    const auto loaded = load(profile.name);
    WC_VERIFY_OK(loaded);
    QCOMPARE(loaded->value(), credentials(QStringLiteral("two")));
}

void TestProfileManager::saveProfile_invalidProfile_writesNothing()
{
    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const Profile bad = profileNamed(QStringLiteral("bad/name"));
    const auto saved = save(bad, credentials(QStringLiteral("bad")));
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().kind, KeychainError::Kind::Other);
    QVERIFY(!saved->error().message.isEmpty());
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(changed.count(), 0);
    const auto raw = readRaw(ProfileManager::credentialsKey(bad.name));
    QVERIFY(raw && !raw->ok());
    QCOMPARE(raw->error().kind, KeychainError::Kind::NotFound);
}

void TestProfileManager::saveProfile_rename_movesCredentialsAndWebhookSecrets()
{
    const Profile before = profileNamed(QStringLiteral("Before rename"));
    const QString webhookId = QStringLiteral("8a0f5b43-56a4-4f4b-9a0e-5a4d3f2c1b00");
    WC_VERIFY_OK(save(before, credentials(QStringLiteral("rename"))));
    m_store->setLastUsed(before.name);
    WC_VERIFY_OK(storeSecret(before, webhookId, QStringLiteral("whsec-rename")));

    QSignalSpy secretsChanged(m_manager.get(), &ProfileManager::webhookSecretsChanged);
    Profile after = before;
    after.name = QStringLiteral("After rename");
    WC_VERIFY_OK(save(after, credentials(QStringLiteral("rename")), before.name));

    QVERIFY(!m_store->contains(before.name));
    QVERIFY(m_store->contains(after.name));
    QCOMPARE(m_store->lastUsed(), after.name);
    QVERIFY(secretsChanged.count() >= 1);

    const auto loaded = load(after.name);
    WC_VERIFY_OK(loaded);
    QCOMPARE(loaded->value(), credentials(QStringLiteral("rename")));
    const auto old = load(before.name);
    QVERIFY(old && !old->ok());
    QCOMPARE(old->error().kind, KeychainError::Kind::NotFound);

    QCOMPARE(m_manager->webhookSecretIds(after), QSet<QString>{webhookId});
    QVERIFY(m_manager->webhookSecretIds(before).isEmpty());
    const auto secret = readSecret(after, webhookId);
    WC_VERIFY_OK(secret);
    QCOMPARE(secret->value(), QStringLiteral("whsec-rename"));
    const auto oldSecret = readRaw(ProfileManager::webhookSecretKey(before, webhookId));
    QVERIFY(oldSecret && !oldSecret->ok());
    QCOMPARE(oldSecret->error().kind, KeychainError::Kind::NotFound);

    WC_VERIFY_OK(remove(after.name));
}

void TestProfileManager::saveProfile_renameOntoExistingProfile_isRefused()
{
    const Profile first = profileNamed(QStringLiteral("Rename A"));
    const Profile second = profileNamed(QStringLiteral("Rename B"), QStringLiteral("4321"));
    WC_VERIFY_OK(save(first, credentials(QStringLiteral("a"))));
    WC_VERIFY_OK(save(second, credentials(QStringLiteral("b"))));

    Profile renamed = first;
    renamed.name = second.name;
    const auto saved = save(renamed, credentials(QStringLiteral("a")), first.name);
    QVERIFY(saved && !saved->ok());
    QVERIFY(saved->error().message.contains(second.name));

    QCOMPARE(m_store->find(first.name), std::optional<Profile>(first));
    QCOMPARE(m_store->find(second.name), std::optional<Profile>(second));
    const auto loaded = load(second.name);
    WC_VERIFY_OK(loaded);
    QCOMPARE(loaded->value(), credentials(QStringLiteral("b")));
}

void TestProfileManager::loadCredentials_missing_namesTheProfile()
{
    const auto loaded = load(QStringLiteral("Never saved"));
    QVERIFY(loaded && !loaded->ok());
    QCOMPARE(loaded->error().kind, KeychainError::Kind::NotFound);
    QVERIFY2(loaded->error().message.contains(QStringLiteral("Never saved")),
             StorageTest::errorText(*loaded).constData());
}

void TestProfileManager::removeProfile_removesCredentialsSecretsAndSettings()
{
    const Profile profile = profileNamed(QStringLiteral("To remove"));
    Profile partnerInProduction = profileNamed(profile.name, QString(), Environment::Production);
    const QString first = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString second = QStringLiteral("22222222-2222-4222-8222-222222222222");
    WC_VERIFY_OK(save(profile, credentials(QStringLiteral("remove"))));
    WC_VERIFY_OK(storeSecret(profile, first, QStringLiteral("whsec-first")));
    WC_VERIFY_OK(storeSecret(partnerInProduction, second, QStringLiteral("whsec-second")));
    const Profile other = profileNamed(QStringLiteral("Stays"));
    WC_VERIFY_OK(save(other, credentials(QStringLiteral("stays"))));
    WC_VERIFY_OK(storeSecret(other, first, QStringLiteral("whsec-stays")));

    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    WC_VERIFY_OK(remove(profile.name));
    QCOMPARE(changed.count(), 1);

    QVERIFY(!m_store->contains(profile.name));
    const auto creds = load(profile.name);
    QVERIFY(creds && !creds->ok());
    QCOMPARE(creds->error().kind, KeychainError::Kind::NotFound);
    for (const QString &key : {ProfileManager::webhookSecretKey(profile, first),
                               ProfileManager::webhookSecretKey(partnerInProduction, second)}) {
        const auto raw = readRaw(key);
        QVERIFY(raw && !raw->ok());
        QCOMPARE(raw->error().kind, KeychainError::Kind::NotFound);
    }
    QVERIFY(m_manager->webhookSecretIds(profile).isEmpty());
    QVERIFY(m_manager->webhookSecretIds(partnerInProduction).isEmpty());

    // The other profile is untouched.
    QVERIFY(m_store->contains(other.name));
    QCOMPARE(m_manager->webhookSecretIds(other), QSet<QString>{first});
    const auto stays = readSecret(other, first);
    WC_VERIFY_OK(stays);
    QCOMPARE(stays->value(), QStringLiteral("whsec-stays"));
    WC_VERIFY_OK(remove(other.name));
    QVERIFY(m_store->settings().allKeys().filter(QStringLiteral("secretIndex")).isEmpty());
}

void TestProfileManager::webhookSecret_storeReadRemove_keepsTheIndex()
{
    const Profile profile = profileNamed(QStringLiteral("Secrets"));
    const QString id = QStringLiteral("33333333-3333-4333-8333-333333333333");
    QSignalSpy changed(m_manager.get(), &ProfileManager::webhookSecretsChanged);

    WC_VERIFY_OK(storeSecret(profile, id, QStringLiteral("whsec-æøå-secret")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), profile.name);
    QCOMPARE(m_manager->webhookSecretIds(profile), QSet<QString>{id});

    const auto read = readSecret(profile, id);
    WC_VERIFY_OK(read);
    QCOMPARE(read->value(), QStringLiteral("whsec-æøå-secret"));

    WC_VERIFY_OK(removeSecret(profile, id));
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_manager->webhookSecretIds(profile).isEmpty());
    const auto gone = readSecret(profile, id);
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().kind, KeychainError::Kind::NotFound);
    QVERIFY(gone->error().message.contains(id));
    WC_VERIFY_OK(removeSecret(profile, id)); // already gone: still fine

    const auto badId = storeSecret(profile, QStringLiteral("../escape"), QStringLiteral("x"));
    QVERIFY(badId && !badId->ok());
    QVERIFY(m_manager->webhookSecretIds(profile).isEmpty());
}

void TestProfileManager::webhookSecretIds_separatePerEnvironmentAndBucket()
{
    const QString id = QStringLiteral("44444444-4444-4444-8444-444444444444");
    const Profile test = profileNamed(QStringLiteral("Buckets"));
    const Profile otherMsn = profileNamed(QStringLiteral("Buckets"), QStringLiteral("654321"));
    const Profile partner = profileNamed(QStringLiteral("Buckets"), QString());
    const Profile production
        = profileNamed(QStringLiteral("Buckets"), QStringLiteral("123456"), Environment::Production);

    WC_VERIFY_OK(storeSecret(test, id, QStringLiteral("whsec-test")));
    QCOMPARE(m_manager->webhookSecretIds(test), QSet<QString>{id});
    QVERIFY(m_manager->webhookSecretIds(otherMsn).isEmpty());
    QVERIFY(m_manager->webhookSecretIds(partner).isEmpty());
    QVERIFY(m_manager->webhookSecretIds(production).isEmpty());
    const auto elsewhere = readSecret(production, id);
    QVERIFY(elsewhere && !elsewhere->ok());
    WC_VERIFY_OK(removeSecret(test, id));
}

void TestProfileManager::webhookSecretKey_emptyProfileNameUsesDash()
{
    Profile noProfile = profileNamed(QString(), QString(), Environment::Production);
    const QString id = QStringLiteral("55555555-5555-4555-8555-555555555555");
    QCOMPARE(ProfileManager::webhookSecretKey(noProfile, id),
             QStringLiteral("webhook-secret/-/production/partner/") + id);
    QCOMPARE(ProfileManager::webhookSecretKey(profileNamed(QStringLiteral("Shop")), id),
             QStringLiteral("webhook-secret/Shop/test/123456/") + id);
    QCOMPARE(ProfileManager::credentialsKey(QStringLiteral("Shop")),
             QStringLiteral("profile/Shop/credentials"));

    WC_VERIFY_OK(storeSecret(noProfile, id, QStringLiteral("whsec-env")));
    QCOMPARE(m_manager->webhookSecretIds(noProfile), QSet<QString>{id});
    const auto read = readSecret(noProfile, id);
    WC_VERIFY_OK(read);
    QCOMPARE(read->value(), QStringLiteral("whsec-env"));
    WC_VERIFY_OK(removeSecret(noProfile, id));
    QVERIFY(m_manager->webhookSecretIds(noProfile).isEmpty());
}

void TestProfileManager::callbacks_skippedWhenContextDestroyed()
{
    auto *context = new QObject;
    bool called = false;
    m_manager->loadCredentials(QStringLiteral("Never saved"), context,
                               [&](const CredentialsResult &) { called = true; });
    m_manager->saveProfile(profileNamed(QStringLiteral("bad/name")), credentials(QStringLiteral("x")),
                           context, [&](const DoneResult &) { called = true; });
    delete context;
    // Anything queued behind them answers; they never do.
    const auto after = load(QStringLiteral("Never saved"));
    QVERIFY(after.has_value());
    QVERIFY(!called);
}

void TestProfileManager::secrets_neverReachAFile()
{
    const Credentials canary{QStringLiteral("canary-client-id-9d8e7f"),
                             QStringLiteral("canary-client-secret-1a2b3c"),
                             QStringLiteral("canary-subscription-key-4d5e6f")};
    const QString webhookSecret = QStringLiteral("canary-webhook-secret-7a8b9c");
    const Profile profile = profileNamed(QStringLiteral("Leak check"));
    WC_VERIFY_OK(save(profile, canary));
    WC_VERIFY_OK(storeSecret(profile, QStringLiteral("66666666-6666-4666-8666-666666666666"), webhookSecret));
    WC_VERIFY_OK(load(profile.name));
    m_store->settings().sync();

    const QStringList dirs = StorageTest::userDirectories();
    QVERIFY(dirs.contains(QDir::homePath()));
    QVERIFY(m_dir->path().startsWith(QDir::homePath()));
    const QStringList files = StorageTest::allFiles(dirs);
    QVERIFY(files.contains(m_dir->filePath(QStringLiteral("settings.ini"))));
    QVERIFY2(std::any_of(files.cbegin(), files.cend(),
                         [](const QString &path) { return path.endsWith(QLatin1String(".keyring")); }),
             "gnome-keyring's own file should exist (and be checked)");
    // The scan itself works: a planted control file is found.
    {
        QFile control(m_dir->filePath(QStringLiteral("control.txt")));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write("prefix control-canary-0f0e0d suffix");
    }
    QCOMPARE(StorageTest::filesContaining(dirs, QByteArrayLiteral("control-canary-0f0e0d")),
             QStringList{m_dir->filePath(QStringLiteral("control.txt"))});
    for (const QString &secret :
         {canary.clientSecret, canary.subscriptionKey, canary.clientId, webhookSecret}) {
        QCOMPARE(StorageTest::filesContaining(dirs, secret.toUtf8()), QStringList());
    }
    WC_VERIFY_OK(remove(profile.name));
}

QTEST_GUILESS_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
