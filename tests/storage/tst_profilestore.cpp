#include "storage/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_keepsEveryField();
    void roundTrip_oddNames_data();
    void roundTrip_oddNames();
    void profiles_listsOddNamesSortedByName();
    void save_replacesStaleKeys();
    void remove_removesOnlyThatProfile();
    void find_missingOrEmptyName_findsNothing();
    void lastUsed_persistsAndIsClearedWithItsProfile();
    void settingsFile_holdsNothingSecret();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Profile customProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.environment = Environment::Custom;
    profile.customBaseUrl = QUrl(QStringLiteral("https://gateway.example.com/base"));
    profile.msn = QStringLiteral("7654321");
    profile.system = SystemInfo{QStringLiteral("Shop"), QStringLiteral("2.1"), QStringLiteral("Plugin"),
                                QStringLiteral("0.9")};
    return profile;
}

QStringList oddNames()
{
    return {
        QStringLiteral("a/b"),        QStringLiteral("back\\slash"), QStringLiteral("100% sure"),
        QStringLiteral("%2F"),        QStringLiteral("[General]"),   QStringLiteral("key=value; comment"),
        QStringLiteral("#hash"),      QStringLiteral("Bjørn æøå"),   QStringLiteral("日本語"),
        QStringLiteral("  spaced  "), QStringLiteral("\"quoted\""),  QStringLiteral("Shop"),
        QStringLiteral("shop"),
    };
}

} // namespace

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanup()
{
    m_dir.reset();
}

void TestProfileStore::roundTrip_keepsEveryField()
{
    const Profile custom = customProfile(QStringLiteral("Gateway"));
    Profile partner;
    partner.name = QStringLiteral("Partner");
    partner.environment = Environment::Production;
    Profile psp;
    psp.name = QStringLiteral("PSP");
    psp.msn = QStringLiteral("654321");
    psp.pspId = QStringLiteral("psp-4711");
    {
        ProfileStore store(settingsPath());
        store.save(custom);
        store.save(partner);
        store.save(psp);
    }
    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.find(QStringLiteral("Gateway")), std::optional<Profile>(custom));
    QCOMPARE(reopened.find(QStringLiteral("Partner")), std::optional<Profile>(partner));
    QCOMPARE(reopened.find(QStringLiteral("Partner"))->system, SystemInfo::defaults());
    QVERIFY(reopened.find(QStringLiteral("Partner"))->isPartner());
    QCOMPARE(reopened.find(QStringLiteral("PSP")), std::optional<Profile>(psp));
    QCOMPARE(reopened.find(QStringLiteral("PSP"))->kind(), Profile::Kind::Psp);
}

void TestProfileStore::roundTrip_oddNames_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : oddNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestProfileStore::roundTrip_oddNames()
{
    QFETCH(QString, name);
    const Profile profile = customProfile(name);
    {
        ProfileStore store(settingsPath());
        store.save(profile);
        QVERIFY(store.contains(name));
    }
    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.profiles().size(), 1);
    QCOMPARE(reopened.profiles().constFirst(), profile);
    QCOMPARE(reopened.find(name), std::optional<Profile>(profile));
}

void TestProfileStore::profiles_listsOddNamesSortedByName()
{
    {
        ProfileStore store(settingsPath());
        for (const QString &name : oddNames())
            store.save(customProfile(name));
    }
    ProfileStore reopened(settingsPath());
    const QList<Profile> profiles = reopened.profiles();
    QStringList names;
    for (const Profile &profile : profiles)
        names.append(profile.name);

    QStringList expected = oddNames();
    expected.sort();
    QStringList sortedCopy = names;
    sortedCopy.sort();
    QCOMPARE(sortedCopy, expected); // every name, exactly once
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(QString::localeAwareCompare(names.at(i - 1), names.at(i)) <= 0,
                 qPrintable(names.join(u'|')));
}

void TestProfileStore::save_replacesStaleKeys()
{
    ProfileStore store(settingsPath());
    store.save(customProfile(QStringLiteral("Shop")));
    Profile changed;
    changed.name = QStringLiteral("Shop");
    changed.environment = Environment::Test;
    changed.msn = QStringLiteral("1234");
    store.save(changed);

    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.find(QStringLiteral("Shop")), std::optional<Profile>(changed));
    QVERIFY(reopened.find(QStringLiteral("Shop"))->customBaseUrl.isEmpty());
    QCOMPARE(reopened.profiles().size(), 1);
}

void TestProfileStore::remove_removesOnlyThatProfile()
{
    ProfileStore store(settingsPath());
    store.save(customProfile(QStringLiteral("a/b")));
    store.save(customProfile(QStringLiteral("a")));
    store.save(customProfile(QStringLiteral("b")));
    store.remove(QStringLiteral("a/b"));

    ProfileStore reopened(settingsPath());
    QVERIFY(!reopened.contains(QStringLiteral("a/b")));
    QVERIFY(reopened.contains(QStringLiteral("a")));
    QVERIFY(reopened.contains(QStringLiteral("b")));
    QCOMPARE(reopened.profiles().size(), 2);
}

void TestProfileStore::find_missingOrEmptyName_findsNothing()
{
    ProfileStore store(settingsPath());
    store.save(customProfile(QStringLiteral("Shop")));
    QVERIFY(!store.find(QStringLiteral("Other")));
    QVERIFY(!store.find(QString()));
    QVERIFY(!store.contains(QStringLiteral("shop ")));
}

void TestProfileStore::lastUsed_persistsAndIsClearedWithItsProfile()
{
    {
        ProfileStore store(settingsPath());
        QVERIFY(store.lastUsed().isEmpty());
        store.save(customProfile(QStringLiteral("Bjørn/2")));
        store.save(customProfile(QStringLiteral("Other")));
        store.setLastUsed(QStringLiteral("Bjørn/2"));
    }
    ProfileStore reopened(settingsPath());
    QCOMPARE(reopened.lastUsed(), QStringLiteral("Bjørn/2"));
    reopened.remove(QStringLiteral("Other"));
    QCOMPARE(reopened.lastUsed(), QStringLiteral("Bjørn/2"));
    reopened.remove(QStringLiteral("Bjørn/2"));
    QVERIFY(reopened.lastUsed().isEmpty());
    reopened.setLastUsed(QStringLiteral("Other"));
    reopened.setLastUsed(QString());
    QVERIFY(reopened.lastUsed().isEmpty());
}

void TestProfileStore::settingsFile_holdsNothingSecret()
{
    {
        ProfileStore store(settingsPath());
        store.save(customProfile(QStringLiteral("Shop")));
        store.setLastUsed(QStringLiteral("Shop"));
    }
    // Only these keys may ever appear: the API keys belong to the keychain.
    const QStringList allowed{QStringLiteral("environment"),   QStringLiteral("baseUrl"),
                              QStringLiteral("msn"),           QStringLiteral("systemName"),
                              QStringLiteral("systemVersion"), QStringLiteral("pluginName"),
                              QStringLiteral("pluginVersion")};
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        if (key == QLatin1String("lastProfile"))
            continue;
        QVERIFY2(key.startsWith(QLatin1String("profiles/")), qPrintable(key));
        QVERIFY2(allowed.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    for (const char *word : {"secret", "subscription", "clientid", "client_id", "token", "password"})
        QVERIFY2(!text.contains(word), word);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
