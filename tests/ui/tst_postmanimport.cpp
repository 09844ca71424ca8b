#include "import/postmanimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The Postman environment import: a parser of outside data, so besides the samples it gets
// every kind of wrong input, and must answer each with a clear error or note, never a crash.
class TestPostmanImport final : public QObject
{
    Q_OBJECT

private:
    static QString dataFile(const char *name)
    {
        return QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name);
    }

    // Reads a file that must import; false (with the reason) when it does not.
    static bool readOk(const char *name, PostmanEnvironment &env)
    {
        const auto result = PostmanImport::readFile(dataFile(name));
        if (!result.ok()) {
            qWarning() << "unexpected error:" << result.error().message;
            return false;
        }
        env = result.value();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void import_validExport()
    {
        const auto result = PostmanImport::readFile(dataFile("postman-environment.json"));
        QVERIFY(result.ok());
        const PostmanEnvironment &env = result.value();
        QCOMPARE(env.name, QStringLiteral("Vipps MT shop 123456"));
        QCOMPARE(env.credentials.clientId, QStringLiteral("fake0000-1111-2222-3333-444455556666"));
        QCOMPARE(env.credentials.clientSecret, QStringLiteral("fake-client-secret-for-tests"));
        QCOMPARE(env.credentials.subscriptionKey, QStringLiteral("fakesubscriptionkey0123456789ab"));
        QVERIFY(env.credentials.isComplete());
        QVERIFY(env.hasMsn);
        QCOMPARE(env.msn, QStringLiteral("123456"));
        QCOMPARE(env.system.name, QStringLiteral("acme-shop"));
        QCOMPARE(env.system.version, QStringLiteral("3.1.0"));
        QCOMPARE(env.system.pluginName, QStringLiteral("acme-webhooks"));
        QCOMPARE(env.system.pluginVersion, QStringLiteral("1.2.0"));
        QVERIFY(env.unknownKeys.isEmpty());
        QVERIFY(env.missingKeys.isEmpty());
        QVERIFY(env.disabledKeys.isEmpty());
        QVERIFY(env.invalidKeys.isEmpty());
        QVERIFY(!env.looksLikeProduction);
        QVERIFY(env.notes().isEmpty());
    }

    void import_acceptsNameVariantsCaseInsensitively()
    {
        PostmanEnvironment env;
        QVERIFY(readOk("postman-variants.json", env));
        QCOMPARE(env.credentials.clientId, QStringLiteral("fake-client-id-variant"));  // trimmed
        QCOMPARE(env.credentials.clientSecret, QStringLiteral("fake-secret-variant")); // no "enabled": on
        QCOMPARE(env.credentials.subscriptionKey, QStringLiteral("fake-key-variant"));
        QCOMPARE(env.msn, QStringLiteral("654321")); // a JSON number
        QCOMPARE(env.system.name, QStringLiteral("variant-system"));
        QVERIFY(env.system.version.isEmpty());
        QCOMPARE(env.unknownKeys, (QStringList{QStringLiteral("base_url"), QStringLiteral("access_token")}));
        QVERIFY(env.notes().join(QLatin1Char(' ')).contains(QLatin1String("base_url")));
    }

    void import_canonicalKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("client_id") << "client_id"
                                   << "client_id";
        QTest::newRow("CLIENT-ID") << "CLIENT-ID"
                                   << "client_id";
        QTest::newRow("clientSecret") << "clientSecret"
                                      << "client_secret";
        QTest::newRow("Ocp-Apim-Subscription-Key") << "Ocp-Apim-Subscription-Key"
                                                   << "Ocp-Apim-Subscription-Key";
        QTest::newRow("subscription_key") << "subscription_key"
                                          << "Ocp-Apim-Subscription-Key";
        QTest::newRow("Merchant-Serial-Number") << "Merchant-Serial-Number"
                                                << "merchantSerialNumber";
        QTest::newRow("msn") << "msn"
                             << "merchantSerialNumber";
        QTest::newRow("Vipps-System-Plugin-Version") << "Vipps-System-Plugin-Version"
                                                     << "vipps_system_plugin_version";
        QTest::newRow("vippsSystemPluginName") << "vippsSystemPluginName"
                                               << "vipps_system_plugin_name";
        QTest::newRow("unknown") << "orderId"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void import_canonicalKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, canonical);
        QCOMPARE(PostmanImport::canonicalKey(key), canonical);
    }

    void import_skipsDisabledValues()
    {
        PostmanEnvironment env;
        QVERIFY(readOk("postman-disabled.json", env));
        QCOMPARE(env.credentials.clientId, QStringLiteral("enabled-client-id"));
        QVERIFY(env.credentials.clientSecret.isEmpty());
        QCOMPARE(env.credentials.subscriptionKey, QStringLiteral("fake-key"));
        QVERIFY(!env.hasMsn);
        QVERIFY(env.msn.isEmpty());
        QCOMPARE(env.disabledKeys,
                 (QStringList{QStringLiteral("client_secret"), QStringLiteral("merchantSerialNumber")}));
        const QString notes = env.notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("Disabled in Postman")), qPrintable(notes));
        QVERIFY(notes.contains(QLatin1String("partner keys")));
        QVERIFY(!notes.contains(QLatin1String("disabled-secret"))); // never a value in a note
    }

    void import_reportsMissingAndUnknownKeys()
    {
        PostmanEnvironment env;
        QVERIFY(readOk("postman-missing.json", env));
        QCOMPARE(env.credentials.clientId, QStringLiteral("fake-client-id"));
        QVERIFY(!env.credentials.isComplete());
        QCOMPARE(env.missingKeys,
                 (QStringList{QStringLiteral("client_secret"), QStringLiteral("Ocp-Apim-Subscription-Key")}));
        QCOMPARE(env.unknownKeys, (QStringList{QStringLiteral("orderId"), QStringLiteral("callbackUrl")}));
        const QString notes = env.notes().join(QLatin1Char('\n'));
        QVERIFY2(
            notes.contains(QLatin1String("Not in the export: client_secret and Ocp-Apim-Subscription-Key")),
            qPrintable(notes));
        QVERIFY(notes.contains(QLatin1String("Not used by the console: orderId and callbackUrl")));
    }

    void import_productionIsOnlyAHint()
    {
        PostmanEnvironment env;
        QVERIFY(readOk("postman-production.json", env));
        QVERIFY(env.looksLikeProduction);
        QVERIFY(env.notes().join(QLatin1Char(' ')).contains(QLatin1String("set to Test")));

        const QByteArray byHost
            = R"({"name":"keys","values":[{"key":"baseUrl","value":"https://api.vipps.no"}]})";
        QVERIFY(PostmanImport::parse(byHost).value().looksLikeProduction);
        const QByteArray testHost
            = R"({"name":"keys","values":[{"key":"baseUrl","value":"https://apitest.vipps.no"}]})";
        QVERIFY(!PostmanImport::parse(testHost).value().looksLikeProduction);
    }

    void import_refusesInvalidJson()
    {
        const auto result = PostmanImport::readFile(dataFile("postman-invalid.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("not valid JSON")),
                 qPrintable(result.error().message));
    }

    void import_wrongTypesAreReported()
    {
        PostmanEnvironment env;
        QVERIFY(readOk("postman-wrongtypes.json", env));
        QCOMPARE(env.skippedEntries, 3);
        QVERIFY(env.credentials.clientId.isEmpty());
        QVERIFY(env.credentials.clientSecret.isEmpty());
        QVERIFY(env.credentials.subscriptionKey.isEmpty());
        QVERIFY(!env.hasMsn);
        QVERIFY(env.system.name.isEmpty()); // "{{systemName}}" is a reference, not a value
        QCOMPARE(env.invalidKeys,
                 (QStringList{QStringLiteral("client_id"), QStringLiteral("client_secret"),
                              QStringLiteral("Ocp-Apim-Subscription-Key"),
                              QStringLiteral("merchantSerialNumber"), QStringLiteral("vipps_system_name")}));
        const QString notes = env.notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("not plain text")), qPrintable(notes));
        QVERIFY(notes.contains(QLatin1String("without a variable name were skipped: 3")));
    }

    void import_refusesWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  \n") << "The file is empty.";
        QTest::newRow("array") << QByteArray("[1,2]") << "holds no JSON object";
        QTest::newRow("string") << QByteArray("\"x\"") << "not valid JSON";
        QTest::newRow("no values") << QByteArray(R"({"name":"x"})") << "no \"values\" list";
        QTest::newRow("values object")
            << QByteArray(R"({"name":"x","values":{}})") << "\"values\" is not a list";
        QTest::newRow("values string")
            << QByteArray(R"({"name":"x","values":"client_id"})") << "\"values\" is not a list";
        QTest::newRow("name number") << QByteArray(R"({"name":5,"values":[]})") << "\"name\" is not text";
        QTest::newRow("collection") << QByteArray(R"({"info":{"name":"Webhooks"},"item":[]})")
                                    << "collection, not an environment";
        QTest::newRow("truncated") << QByteArray(R"({"name":"x","values":[)") << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "not valid JSON";
    }

    void import_refusesWrongShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = PostmanImport::parse(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void import_acceptsCollectionVariables()
    {
        const QByteArray json = R"({"info":{"name":"Webhooks"},"item":[],"variable":[
            {"key":"client_id","value":"c"},{"key":"client_secret","value":"s","disabled":true},
            {"key":"Ocp-Apim-Subscription-Key","value":"k"}]})";
        const auto result = PostmanImport::parse(json);
        QVERIFY(result.ok());
        QCOMPARE(result.value().name, QStringLiteral("Webhooks"));
        QCOMPARE(result.value().credentials.clientId, QStringLiteral("c"));
        QCOMPARE(result.value().disabledKeys, QStringList{QStringLiteral("client_secret")});
    }

    void import_fileErrors()
    {
        const auto missing = PostmanImport::readFile(dataFile("postman-does-not-exist.json"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("Could not open")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile large(dir.filePath(QStringLiteral("large.json")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.write(QByteArray(PostmanImport::maxFileSize + 10, ' '));
        large.close();
        const auto tooLarge = PostmanImport::readFile(large.fileName());
        QVERIFY(!tooLarge.ok());
        QVERIFY(tooLarge.error().message.contains(QLatin1String("too large")));

        const auto directory = PostmanImport::readFile(dir.path());
        QVERIFY(!directory.ok());
    }

    // A small, deterministic fuzz: mutations of the valid sample and random structures must
    // each give a value or an error, and never crash or hang.
    void import_neverCrashesOnMutatedInput()
    {
        QFile file(dataFile("postman-environment.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sample = file.readAll();
        QRandomGenerator random(20240502);
        int parsed = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = sample;
            const int edits = 1 + int(random.bounded(8));
            for (int i = 0; i < edits; ++i) {
                const int at = int(random.bounded(data.size()));
                switch (random.bounded(3)) {
                case 0: data[at] = char(random.bounded(256)); break;
                case 1: data.remove(at, int(random.bounded(20))); break;
                default: data.insert(at, "{[\"\":,0.5e9999}]null"[random.bounded(20)]); break;
                }
                if (data.isEmpty())
                    break;
            }
            const auto result = PostmanImport::parse(data);
            if (result.ok()) {
                ++parsed;
                result.value().notes();
            } else {
                QVERIFY(!result.error().message.isEmpty());
            }
        }
        QVERIFY(parsed > 0);

        const QList<QJsonValue> odd{QJsonValue(),     QJsonValue(QJsonValue::Undefined),    QJsonValue(1e300),
                                    QJsonValue(-0.0), QJsonValue(QStringLiteral("")),       QJsonValue(true),
                                    QJsonArray{1, 2}, QJsonObject{{QStringLiteral("a"), 1}}};
        for (const QJsonValue &key : odd) {
            for (const QJsonValue &value : odd) {
                for (const QJsonValue &enabled : odd) {
                    const QJsonObject entry{{QStringLiteral("key"), key},
                                            {QStringLiteral("value"), value},
                                            {QStringLiteral("enabled"), enabled}};
                    const QJsonObject root{{QStringLiteral("name"), QStringLiteral("odd")},
                                           {QStringLiteral("values"), QJsonArray{entry, entry}}};
                    const auto result = PostmanImport::parse(QJsonDocument(root).toJson());
                    QVERIFY(result.ok());
                    result.value().notes();
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
