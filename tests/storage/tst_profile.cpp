#include "storage/profile.h"

#include <QTest>

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_followsEnvironment();
    void bucket_isMsnOrPartner();
    void validate_acceptsGoodProfiles_data();
    void validate_acceptsGoodProfiles();
    void validate_rejectsBadProfiles_data();
    void validate_rejectsBadProfiles();
    void validate_refusesPartnerKeysInTest();
    void kind_isMerchantPartnerOrPsp();
    void clientConfig_carriesProfileAndCredentials();
};

namespace {
Profile sample()
{
    Profile profile;
    profile.name = QStringLiteral("Shop");
    profile.environment = Environment::Test;
    profile.msn = QStringLiteral("123456");
    return profile;
}
} // namespace

void TestProfile::baseUrl_followsEnvironment()
{
    Profile profile = sample();
    profile.customBaseUrl = QUrl(QStringLiteral("https://custom.example"));
    profile.environment = Environment::Test;
    QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("https://apitest.vipps.no")));
    profile.environment = Environment::Production;
    QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("https://api.vipps.no")));
    profile.environment = Environment::Custom;
    QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("https://custom.example")));
    profile.environment = Environment::Sandbox;
    QVERIFY(profile.baseUrl().isEmpty());
}

void TestProfile::bucket_isMsnOrPartner()
{
    Profile profile = sample();
    QCOMPARE(profile.bucket(), QStringLiteral("123456"));
    QVERIFY(!profile.isPartner());
    profile.msn.clear();
    QCOMPARE(profile.bucket(), QStringLiteral("partner"));
    QVERIFY(profile.isPartner());
}

void TestProfile::validate_acceptsGoodProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("test with msn") << sample();
    Profile partner = sample();
    partner.msn.clear();
    partner.environment = Environment::Production;
    QTest::newRow("partner keys in production") << partner;
    Profile psp = sample();
    psp.pspId = QStringLiteral("psp-4711");
    QTest::newRow("psp with the merchant's msn") << psp;
    Profile odd = sample();
    odd.name = QStringLiteral("Bjørn's shop [prod] #2 (æøå) 日本");
    QTest::newRow("odd name") << odd;
    Profile longest = sample();
    longest.name = QString(64, QLatin1Char('x'));
    QTest::newRow("64 characters") << longest;
    Profile custom = sample();
    custom.environment = Environment::Custom;
    custom.customBaseUrl = QUrl(QStringLiteral("https://gateway.example.com"));
    custom.declaredEnvironment = Environment::Test; // another host must be declared
    QTest::newRow("custom https") << custom;
    Profile loopback = custom;
    loopback.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("custom loopback http") << loopback;
    Profile sandbox = sample();
    sandbox.environment = Environment::Sandbox;
    QTest::newRow("sandbox") << sandbox;
}

void TestProfile::validate_acceptsGoodProfiles()
{
    QFETCH(Profile, profile);
    const auto problem = profile.validate();
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

void TestProfile::validate_rejectsBadProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    auto with = [](auto change) {
        Profile profile = sample();
        change(profile);
        return profile;
    };
    QTest::newRow("empty name") << with([](Profile &p) { p.name.clear(); });
    QTest::newRow("blank name") << with([](Profile &p) { p.name = QStringLiteral("   "); });
    QTest::newRow("slash") << with([](Profile &p) { p.name = QStringLiteral("a/b"); });
    QTest::newRow("backslash") << with([](Profile &p) { p.name = QStringLiteral("a\\b"); });
    QTest::newRow("newline") << with([](Profile &p) { p.name = QStringLiteral("a\nb"); });
    QTest::newRow("tab") << with([](Profile &p) { p.name = QStringLiteral("a\tb"); });
    QTest::newRow("65 characters") << with([](Profile &p) { p.name = QString(65, QLatin1Char('x')); });
    QTest::newRow("leading space") << with([](Profile &p) { p.name = QStringLiteral(" shop"); });
    QTest::newRow("reserved dash") << with([](Profile &p) { p.name = QStringLiteral("-"); });
    QTest::newRow("custom without url") << with([](Profile &p) { p.environment = Environment::Custom; });
    QTest::newRow("custom plain http") << with([](Profile &p) {
        p.environment = Environment::Custom;
        p.customBaseUrl = QUrl(QStringLiteral("http://gateway.example.com"));
    });
    QTest::newRow("msn letters") << with([](Profile &p) { p.msn = QStringLiteral("12ab56"); });
    QTest::newRow("msn too short") << with([](Profile &p) { p.msn = QStringLiteral("123"); });
    QTest::newRow("system name too long")
        << with([](Profile &p) { p.system.name = QString(31, QLatin1Char('n')); });
    QTest::newRow("psp id with a space") << with([](Profile &p) { p.pspId = QStringLiteral("psp 1"); });
    QTest::newRow("psp without msn") << with([](Profile &p) {
        p.pspId = QStringLiteral("psp-4711");
        p.msn.clear();
        p.environment = Environment::Production;
    });
    QTest::newRow("plugin version newline")
        << with([](Profile &p) { p.system.pluginVersion = QStringLiteral("1\n2"); });
}

void TestProfile::validate_rejectsBadProfiles()
{
    QFETCH(Profile, profile);
    const auto problem = profile.validate();
    QVERIFY(problem.has_value());
    QVERIFY(!problem->isEmpty());
}

void TestProfile::validate_refusesPartnerKeysInTest()
{
    Profile partner = sample();
    partner.msn.clear();
    QCOMPARE(partner.kind(), Profile::Kind::Partner);
    const auto problem = partner.validate();
    QVERIFY(problem.has_value());
    // The reason, not just a refusal.
    QVERIFY2(problem->contains(QLatin1String("only in production")), qPrintable(*problem));
    partner.environment = Environment::Production;
    QVERIFY(!partner.validate());
}

void TestProfile::kind_isMerchantPartnerOrPsp()
{
    Profile profile = sample();
    QCOMPARE(profile.kind(), Profile::Kind::Merchant);
    profile.pspId = QStringLiteral("psp-4711");
    QCOMPARE(profile.kind(), Profile::Kind::Psp);
    QCOMPARE(profile.clientConfig({}).pspId, QStringLiteral("psp-4711"));
    QCOMPARE(profile.clientConfig({}).msn, QStringLiteral("123456"));
    profile.pspId.clear();
    profile.msn.clear();
    QCOMPARE(profile.kind(), Profile::Kind::Partner);
}

void TestProfile::clientConfig_carriesProfileAndCredentials()
{
    Profile profile = sample();
    profile.environment = Environment::Custom;
    profile.customBaseUrl = QUrl(QStringLiteral("https://gateway.example.com"));
    profile.system.name = QStringLiteral("Shop system");
    const Credentials credentials{QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("key")};

    const ClientConfig config = profile.clientConfig(credentials);
    QCOMPARE(config.baseUrl, profile.customBaseUrl);
    QCOMPARE(config.msn, profile.msn);
    QCOMPARE(config.credentials, credentials);
    QCOMPARE(config.system, profile.system);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
