// KeychainSecretStore against the real Secret Service: gnome-keyring in a throwaway HOME on a
// private session bus (run under scripts/with-test-keyring).

#include "storage/keychainsecretstore.h"

#include "storagetestsupport.h"

#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

#include <memory>
#include <optional>

using ReadResult = Result<QByteArray, KeychainError>;
using DoneResult = Result<Done, KeychainError>;

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void write_thenRead_returnsTheSameBytes_data();
    void write_thenRead_returnsTheSameBytes();
    void write_overwritesTheEntry();
    void read_missingEntry_isNotFound();
    void remove_missingEntry_succeeds();
    void remove_thenRead_isNotFound();
    void services_areSeparate();
    void requests_runInOrder();
    void callbacks_neverRunInsideTheCall();
    void callbacks_skippedWhenContextDestroyed();
    void callback_canStartTheNextRequest();
    void secrets_neverReachAFile();

private:
    std::optional<DoneResult> writeNow(KeychainSecretStore &store, const QString &key,
                                       const QByteArray &value);
    std::optional<ReadResult> readNow(KeychainSecretStore &store, const QString &key);
    std::optional<DoneResult> removeNow(KeychainSecretStore &store, const QString &key);
};

namespace {
const QString TestService = QStringLiteral("io.github.webhook_console.WebhookConsole.tests");
}

void TestKeychainSecretStore::initTestCase()
{
    if (!StorageTest::inThrowawayKeyring())
        QSKIP(StorageTest::SkipMessage);
    QStandardPaths::setTestModeEnabled(true);
}

std::optional<DoneResult> TestKeychainSecretStore::writeNow(KeychainSecretStore &store, const QString &key,
                                                            const QByteArray &value)
{
    std::optional<DoneResult> result;
    store.write(key, value, this, [&](const DoneResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

std::optional<ReadResult> TestKeychainSecretStore::readNow(KeychainSecretStore &store, const QString &key)
{
    std::optional<ReadResult> result;
    store.read(key, this, [&](const ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

std::optional<DoneResult> TestKeychainSecretStore::removeNow(KeychainSecretStore &store, const QString &key)
{
    std::optional<DoneResult> result;
    store.remove(key, this, [&](const DoneResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

void TestKeychainSecretStore::write_thenRead_returnsTheSameBytes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("ascii") << QByteArrayLiteral("s3cr3t-value");
    QTest::newRow("utf-8") << QStringLiteral("hemmelig-æøå-日本").toUtf8();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe zero\x00inside", 17);
    QTest::newRow("json") << QByteArrayLiteral(R"({"clientId":"a","clientSecret":"b"})");
}

void TestKeychainSecretStore::write_thenRead_returnsTheSameBytes()
{
    QFETCH(QByteArray, value);
    KeychainSecretStore store(TestService);
    const QString key = QStringLiteral("roundtrip/") + QString::fromLatin1(QTest::currentDataTag());

    const auto written = writeNow(store, key, value);
    QVERIFY(written);
    QVERIFY2(written->ok(), StorageTest::errorText(*written).constData());
    const auto read = readNow(store, key);
    QVERIFY(read);
    QVERIFY2(read->ok(), StorageTest::errorText(*read).constData());
    QCOMPARE(read->value(), value);
    QVERIFY(removeNow(store, key).value_or(KeychainError{}).ok());
}

void TestKeychainSecretStore::write_overwritesTheEntry()
{
    KeychainSecretStore store(TestService);
    const QString key = QStringLiteral("overwrite");
    QVERIFY(writeNow(store, key, "first").value_or(KeychainError{}).ok());
    QVERIFY(writeNow(store, key, "second").value_or(KeychainError{}).ok());
    const auto read = readNow(store, key);
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), QByteArrayLiteral("second"));
    QVERIFY(removeNow(store, key).value_or(KeychainError{}).ok());
}

void TestKeychainSecretStore::read_missingEntry_isNotFound()
{
    KeychainSecretStore store(TestService);
    const auto read = readNow(store, QStringLiteral("never/written"));
    QVERIFY(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, KeychainError::Kind::NotFound);
    QVERIFY(!read->error().message.isEmpty());
}

void TestKeychainSecretStore::remove_missingEntry_succeeds()
{
    KeychainSecretStore store(TestService);
    const auto removed = removeNow(store, QStringLiteral("never/written"));
    QVERIFY(removed);
    QVERIFY2(removed->ok(), StorageTest::errorText(*removed).constData());
}

void TestKeychainSecretStore::remove_thenRead_isNotFound()
{
    KeychainSecretStore store(TestService);
    const QString key = QStringLiteral("removed");
    QVERIFY(writeNow(store, key, "value").value_or(KeychainError{}).ok());
    QVERIFY(removeNow(store, key).value_or(KeychainError{}).ok());
    const auto read = readNow(store, key);
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().kind, KeychainError::Kind::NotFound);
}

void TestKeychainSecretStore::services_areSeparate()
{
    KeychainSecretStore ours(TestService);
    KeychainSecretStore theirs(TestService + QStringLiteral(".other"));
    KeychainSecretStore application; // AppInfo::keychainService()
    QCOMPARE(application.service(), QStringLiteral("io.github.webhook_console.WebhookConsole"));

    QVERIFY(writeNow(ours, QStringLiteral("shared-key"), "ours").value_or(KeychainError{}).ok());
    const auto fromTheirs = readNow(theirs, QStringLiteral("shared-key"));
    QVERIFY(fromTheirs && !fromTheirs->ok());
    QCOMPARE(fromTheirs->error().kind, KeychainError::Kind::NotFound);
    const auto fromApplication = readNow(application, QStringLiteral("shared-key"));
    QVERIFY(fromApplication && !fromApplication->ok());
    QVERIFY(removeNow(ours, QStringLiteral("shared-key")).value_or(KeychainError{}).ok());
}

void TestKeychainSecretStore::requests_runInOrder()
{
    KeychainSecretStore store(TestService);
    const QString key = QStringLiteral("ordered");
    QStringList order;
    std::optional<ReadResult> last;
    store.write(key, "1", this, [&](const DoneResult &r) {
        order << (r.ok() ? QStringLiteral("w1") : QStringLiteral("w1 failed"));
    });
    store.write(key, "2", this, [&](const DoneResult &r) {
        order << (r.ok() ? QStringLiteral("w2") : QStringLiteral("w2 failed"));
    });
    store.read(key, this, [&](const ReadResult &r) {
        order << QStringLiteral("r");
        last = r;
    });
    store.remove(key, this, [&](const DoneResult &r) {
        order << (r.ok() ? QStringLiteral("d") : QStringLiteral("d failed"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 20000);
    QCOMPARE(
        order,
        QStringList({QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("r"), QStringLiteral("d")}));
    QVERIFY(last && last->ok());
    QCOMPARE(last->value(), QByteArrayLiteral("2"));
}

void TestKeychainSecretStore::callbacks_neverRunInsideTheCall()
{
    KeychainSecretStore store(TestService);
    bool called = false;
    store.read(QStringLiteral("never/written"), this, [&](const ReadResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
}

void TestKeychainSecretStore::callbacks_skippedWhenContextDestroyed()
{
    KeychainSecretStore store(TestService);
    auto *context = new QObject;
    bool deadCalled = false;
    bool liveCalled = false;
    store.write(QStringLiteral("context"), "value", context, [&](const DoneResult &) { deadCalled = true; });
    delete context;
    store.remove(QStringLiteral("context"), this, [&](const DoneResult &) { liveCalled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(liveCalled, 20000);
    QVERIFY(!deadCalled);
}

void TestKeychainSecretStore::callback_canStartTheNextRequest()
{
    KeychainSecretStore store(TestService);
    const QString key = QStringLiteral("chained");
    std::optional<ReadResult> read;
    store.write(key, "chained-value", this, [&](const DoneResult &written) {
        QVERIFY(written.ok());
        // Straight from the callback: the store hops through the event loop itself.
        store.read(key, this, [&](const ReadResult &r) {
            read = r;
            store.remove(key, this, [](const DoneResult &) {});
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY(read->ok());
    QCOMPARE(read->value(), QByteArrayLiteral("chained-value"));
}

void TestKeychainSecretStore::secrets_neverReachAFile()
{
    KeychainSecretStore store(TestService);
    const QByteArray secret = QByteArrayLiteral("unique-leak-canary-4f1d9c2b7e");
    QVERIFY(writeNow(store, QStringLiteral("canary"), secret).value_or(KeychainError{}).ok());
    QVERIFY(readNow(store, QStringLiteral("canary")).value_or(KeychainError{}).ok());

    const QStringList dirs = StorageTest::userDirectories();
    const QStringList files = StorageTest::allFiles(dirs);
    const bool keyringFileWritten = std::any_of(files.cbegin(), files.cend(), [](const QString &path) {
        return path.endsWith(QLatin1String(".keyring"));
    });
    QVERIFY2(keyringFileWritten, qPrintable(files.join(u'\n')));
    QCOMPARE(StorageTest::filesContaining(dirs, secret), QStringList());
    QCOMPARE(StorageTest::filesContaining(dirs, secret.toBase64()), QStringList());
    QVERIFY(removeNow(store, QStringLiteral("canary")).value_or(KeychainError{}).ok());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
