#include "core/validation.h"

#include <QTest>

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopback()
    {
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("127.8.9.10")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(!Validation::isLoopbackHost(QStringLiteral("128.0.0.1")));
        QVERIFY(!Validation::isLoopbackHost(QStringLiteral("localhost.example.com")));
    }

    void privateHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << true;
        QTest::newRow("172.16/12") << QStringLiteral("172.20.0.1") << true;
        QTest::newRow("172.32 public") << QStringLiteral("172.32.0.1") << false;
        QTest::newRow("192.168/16") << QStringLiteral("192.168.1.1") << true;
        QTest::newRow("link-local") << QStringLiteral("169.254.169.254") << true;
        QTest::newRow("cgnat") << QStringLiteral("100.64.0.1") << true;
        QTest::newRow("ula v6") << QStringLiteral("fd00::1") << true;
        QTest::newRow("single label") << QStringLiteral("intranet") << true;
        QTest::newRow(".local") << QStringLiteral("printer.local") << true;
        QTest::newRow("public v4") << QStringLiteral("8.8.8.8") << false;
        QTest::newRow("public name") << QStringLiteral("example.com") << false;
        QTest::newRow("public v6") << QStringLiteral("2001:4860:4860::8888") << false;
    }

    void privateHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, isPrivate);
        QCOMPARE(Validation::isPrivateOrLocalHost(host), isPrivate);
    }

    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://api.example.com") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
        QTest::newRow("http v6 loopback") << QStringLiteral("http://[::1]:1234") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.example.com") << false;
        QTest::newRow("user info") << QStringLiteral("https://user:pw@api.example.com") << false;
        QTest::newRow("relative") << QStringLiteral("/just/a/path") << false;
        QTest::newRow("query") << QStringLiteral("https://api.example.com/?a=b") << false;
    }

    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(!Validation::checkBaseUrl(QUrl(url)).has_value(), ok);
    }

    void callbackUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://example.com/hooks?x=1") << true;
        QTest::newRow("http") << QStringLiteral("http://example.com/hooks") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("user info") << QStringLiteral("https://a:b@example.com/") << false;
        QTest::newRow("spaces") << QStringLiteral("https://example.com/a b") << false;
        QTest::newRow("newline") << QStringLiteral("https://example.com/a\nb") << false;
        QTest::newRow("too long") << QString(QStringLiteral("https://example.com/")
                                             + QString(3000, QLatin1Char('a')))
                                  << false;
    }

    void callbackUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(!Validation::checkCallbackUrl(url).has_value(), ok);
    }

    void msn()
    {
        QVERIFY(!Validation::checkMsn(QString()).has_value());
        QVERIFY(!Validation::checkMsn(QStringLiteral("123456")).has_value());
        QVERIFY(!Validation::checkMsn(QStringLiteral("1234")).has_value());
        QVERIFY(Validation::checkMsn(QStringLiteral("123")).has_value());
        QVERIFY(Validation::checkMsn(QStringLiteral("12345678")).has_value());
        QVERIFY(Validation::checkMsn(QStringLiteral("12a456")).has_value());
    }

    void systemValue_noHeaderInjection()
    {
        QVERIFY(!Validation::checkSystemValue(QStringLiteral("Webhook Console")).has_value());
        QVERIFY(!Validation::checkSystemValue(QString(30, QLatin1Char('x'))).has_value());
        QVERIFY(Validation::checkSystemValue(QString(31, QLatin1Char('x'))).has_value());
        QVERIFY(Validation::checkSystemValue(QStringLiteral("a\r\nX-Evil: 1")).has_value());
        QVERIFY(Validation::checkSystemValue(QStringLiteral("bl\u00e5b\u00e6r")).has_value());
    }

    void uuid()
    {
        QVERIFY(Validation::isUuid(QStringLiteral("0b6a8f9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b")));
        QVERIFY(!Validation::isUuid(QStringLiteral("../../accesstoken/get")));
        QVERIFY(!Validation::isUuid(QStringLiteral("0b6a8f9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/x")));
        QVERIFY(!Validation::isUuid(QString()));
    }

    void events()
    {
        QVERIFY(Validation::checkEvents({}).has_value());
        QVERIFY(!Validation::checkEvents({QStringLiteral("epayments.payment.created.v1")}).has_value());
        QVERIFY(!Validation::checkEvents({QStringLiteral("some.future-type.v2")}).has_value());
        QVERIFY(Validation::checkEvents({QStringLiteral("bad event")}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
