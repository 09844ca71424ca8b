#include "core/environment.h"

#include <QTest>

// The one rule both programs follow for production guards (Environments::guardOf): the host
// decides first; other hosts follow their declaration; undeclared ones are guarded as production.
class TestEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardOf_data();
    void guardOf();
    void needsDeclaration_data();
    void needsDeclaration();
    void fixedByHost_namesOnlyTheVippsHosts();
};

using Declared = std::optional<Environment>;
Q_DECLARE_METATYPE(Declared)

void TestEnvironment::guardOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Declared>("declared");
    QTest::addColumn<Environment>("expected");

    const Declared none;
    const Declared test = Environment::Test;
    const Declared production = Environment::Production;
    // The Vipps MobilePay hosts: whatever is declared.
    QTest::newRow("api, undeclared") << "https://api.vipps.no" << none << Environment::Production;
    QTest::newRow("api, declared test") << "https://api.vipps.no" << test << Environment::Production;
    QTest::newRow("api, path and port")
        << "https://api.vipps.no:443/some/path" << test << Environment::Production;
    QTest::newRow("api, upper case") << "https://API.Vipps.NO" << test << Environment::Production;
    QTest::newRow("api, trailing dot") << "https://api.vipps.no." << test << Environment::Production;
    QTest::newRow("apitest, undeclared") << "https://apitest.vipps.no" << none << Environment::Test;
    QTest::newRow("apitest, declared production")
        << "https://apitest.vipps.no" << production << Environment::Test;
    // Look-alikes are other hosts: guarded as production until declared.
    QTest::newRow("look-alike suffix")
        << "https://api.vipps.no.example.com" << none << Environment::Production;
    QTest::newRow("look-alike prefix") << "https://xapi.vipps.no" << none << Environment::Production;
    QTest::newRow("other host, undeclared")
        << "https://staging.example.com" << none << Environment::Production;
    QTest::newRow("other host, declared test") << "https://staging.example.com" << test << Environment::Test;
    QTest::newRow("other host, declared production")
        << "https://gateway.example.com" << production << Environment::Production;
    QTest::newRow("private address, undeclared") << "https://10.0.0.5" << none << Environment::Production;
    QTest::newRow("custom declared as custom")
        << "https://staging.example.com" << Declared(Environment::Custom) << Environment::Production;
    // Loopback (the sandbox) is test unless declared.
    QTest::newRow("localhost") << "http://localhost:8080" << none << Environment::Test;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:5000" << none << Environment::Test;
    QTest::newRow("[::1]") << "http://[::1]:5000" << none << Environment::Test;
    QTest::newRow("loopback declared production")
        << "http://127.0.0.1:5000" << production << Environment::Production;
}

void TestEnvironment::guardOf()
{
    QFETCH(QString, url);
    QFETCH(Declared, declared);
    QFETCH(Environment, expected);
    QCOMPARE(Environments::guardOf(QUrl(url), declared), expected);
}

void TestEnvironment::needsDeclaration_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");
    QTest::newRow("api") << "https://api.vipps.no" << false;
    QTest::newRow("apitest") << "https://apitest.vipps.no" << false;
    QTest::newRow("localhost") << "http://localhost:1234" << false;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:1234" << false;
    QTest::newRow("other") << "https://staging.example.com" << true;
    QTest::newRow("look-alike") << "https://api.vipps.no.evil.example" << true;
}

void TestEnvironment::needsDeclaration()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(Environments::needsDeclaration(QUrl(url)), expected);
}

void TestEnvironment::fixedByHost_namesOnlyTheVippsHosts()
{
    QCOMPARE(Environments::fixedByHost(QUrl(QStringLiteral("https://api.vipps.no"))),
             std::optional(Environment::Production));
    QCOMPARE(Environments::fixedByHost(QUrl(QStringLiteral("https://apitest.vipps.no"))),
             std::optional(Environment::Test));
    QCOMPARE(Environments::fixedByHost(QUrl(QStringLiteral("https://vipps.no"))), std::nullopt);
    QCOMPARE(Environments::fixedByHost(QUrl()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
