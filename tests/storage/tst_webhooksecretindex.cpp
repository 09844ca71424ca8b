// WebhookSecretIndex on a real state store file, and the one-time move of the index older
// versions kept in QSettings.
#include "storage/profilestore.h"
#include "storage/statestore.h"
#include "storage/webhooksecretindex.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Test = QStringLiteral("test");
const QString Production = QStringLiteral("production");
const QString Msn = QStringLiteral("123456");
const QString Partner = QStringLiteral("partner");

QStringList idsOf(const WebhookSecretIndex &index, const QString &profile, const QString &environment,
                  const QString &bucket)
{
    const auto ids = index.ids(profile, environment, bucket);
    return ids.ok() ? ids.value() : QStringList{QStringLiteral("<error: %1>").arg(ids.error().message)};
}

// The index as older versions wrote it ("-" is the empty profile name; names percent-encoded).
void writeOldIndex(QSettings &settings, const QString &profile, const QString &environment,
                   const QString &bucket, const QStringList &ids)
{
    const QString segment = profile.isEmpty() ? QStringLiteral("-") : ProfileStore::encodeName(profile);
    settings.setValue(QStringLiteral("secretIndex/") + segment + QLatin1Char('/')
                          + ProfileStore::encodeName(environment) + QLatin1Char('/')
                          + ProfileStore::encodeName(bucket),
                      ids);
}

} // namespace

class TestWebhookSecretIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addRemove_perProfileEnvironmentAndBucket();
    void add_twice_keepsOne();
    void entriesMoveRemoveAll();
    void importSettings_nothingLost_keysRemovedAfterCommit();
    void importSettings_runsOnce();
    void importSettings_storeUnavailable_settingsKept();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateStore> m_state;
};

void TestWebhookSecretIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_state = std::make_unique<StateStore>(m_dir->filePath(QStringLiteral("state.sqlite")));
}

void TestWebhookSecretIndex::cleanup()
{
    m_state.reset();
    m_dir.reset();
}

void TestWebhookSecretIndex::addRemove_perProfileEnvironmentAndBucket()
{
    WebhookSecretIndex index(*m_state);
    const QString shop = QStringLiteral("Shop / Oslo");
    QVERIFY(!index.add(shop, Test, Msn, QStringLiteral("a")));
    QVERIFY(!index.add(shop, Test, Msn, QStringLiteral("b")));
    QVERIFY(!index.add(shop, Production, Msn, QStringLiteral("c")));
    QVERIFY(!index.add(shop, Test, Partner, QStringLiteral("d")));
    QVERIFY(!index.add(QString(), Test, Msn, QStringLiteral("e")));

    QCOMPARE(idsOf(index, shop, Test, Msn), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(idsOf(index, shop, Production, Msn), QStringList{QStringLiteral("c")});
    QCOMPARE(idsOf(index, shop, Test, Partner), QStringList{QStringLiteral("d")});
    QCOMPARE(idsOf(index, QString(), Test, Msn), QStringList{QStringLiteral("e")});
    QCOMPARE(idsOf(index, QStringLiteral("Other"), Test, Msn), QStringList{});

    QVERIFY(!index.remove(shop, Test, Msn, QStringLiteral("a")));
    QVERIFY(!index.remove(shop, Test, Msn, QStringLiteral("not-there")));
    QCOMPARE(idsOf(index, shop, Test, Msn), QStringList{QStringLiteral("b")});
    QCOMPARE(idsOf(index, shop, Production, Msn), QStringList{QStringLiteral("c")});
}

void TestWebhookSecretIndex::add_twice_keepsOne()
{
    WebhookSecretIndex index(*m_state);
    QVERIFY(!index.add(QStringLiteral("p"), Test, Msn, QStringLiteral("a")));
    QVERIFY(!index.add(QStringLiteral("p"), Test, Msn, QStringLiteral("a")));
    QCOMPARE(idsOf(index, QStringLiteral("p"), Test, Msn), QStringList{QStringLiteral("a")});
}

void TestWebhookSecretIndex::entriesMoveRemoveAll()
{
    WebhookSecretIndex index(*m_state);
    QVERIFY(!index.add(QStringLiteral("old"), Test, Msn, QStringLiteral("a")));
    QVERIFY(!index.add(QStringLiteral("old"), Production, Partner, QStringLiteral("b")));
    QVERIFY(!index.add(QStringLiteral("new"), Test, Msn, QStringLiteral("stale")));
    QVERIFY(!index.add(QStringLiteral("other"), Test, Msn, QStringLiteral("c")));

    const auto entries = index.entries(QStringLiteral("old"));
    QVERIFY(entries.ok());
    const QList<WebhookSecretIndex::Entry> expected{{Production, Partner, QStringLiteral("b")},
                                                    {Test, Msn, QStringLiteral("a")}};
    QCOMPARE(entries.value(), expected);

    // A rename that could move only "a".
    QVERIFY(!index.move(QStringLiteral("old"), QStringLiteral("new"), {expected.at(1)}));
    QVERIFY(index.entries(QStringLiteral("old")).value().isEmpty());
    QCOMPARE(index.entries(QStringLiteral("new")).value(), QList<WebhookSecretIndex::Entry>{expected.at(1)});

    QVERIFY(!index.removeAll(QStringLiteral("new")));
    QVERIFY(index.entries(QStringLiteral("new")).value().isEmpty());
    QCOMPARE(idsOf(index, QStringLiteral("other"), Test, Msn), QStringList{QStringLiteral("c")});
}

void TestWebhookSecretIndex::importSettings_nothingLost_keysRemovedAfterCommit()
{
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("profiles/Shop/msn"), Msn); // a profile: stays
    const QString odd = QStringLiteral("Shop/Oslo [%] æøå");
    writeOldIndex(settings, odd, Test, Msn, {QStringLiteral("a"), QStringLiteral("b")});
    writeOldIndex(settings, odd, Production, Partner, {QStringLiteral("c")});
    writeOldIndex(settings, QString(), Test, Msn, {QStringLiteral("d")});
    settings.sync();

    WebhookSecretIndex index(*m_state);
    const auto imported = index.importSettings(settings);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value(), 4);

    QCOMPARE(idsOf(index, odd, Test, Msn), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(idsOf(index, odd, Production, Partner), QStringList{QStringLiteral("c")});
    QCOMPARE(idsOf(index, QString(), Test, Msn), QStringList{QStringLiteral("d")});

    // The old keys are gone (from the file too); the profiles are not.
    QSettings reread(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QVERIFY(!reread.childGroups().contains(QStringLiteral("secretIndex")));
    QCOMPARE(reread.value(QStringLiteral("profiles/Shop/msn")).toString(), Msn);
}

void TestWebhookSecretIndex::importSettings_runsOnce()
{
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    writeOldIndex(settings, QStringLiteral("p"), Test, Msn, {QStringLiteral("a"), QStringLiteral("b")});
    WebhookSecretIndex index(*m_state);
    QCOMPARE(index.importSettings(settings).value(), 2);

    // The user forgets "a"; the next start must not bring it back.
    QVERIFY(!index.remove(QStringLiteral("p"), Test, Msn, QStringLiteral("a")));
    StateStore again(m_state->file());
    WebhookSecretIndex nextStart(again);
    QSettings reread(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const auto second = nextStart.importSettings(reread);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), 0);
    QCOMPARE(idsOf(nextStart, QStringLiteral("p"), Test, Msn), QStringList{QStringLiteral("b")});
}

void TestWebhookSecretIndex::importSettings_storeUnavailable_settingsKept()
{
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    writeOldIndex(settings, QStringLiteral("p"), Test, Msn, {QStringLiteral("a")});
    settings.sync();

    // A folder where the database should be: it cannot be opened.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked.sqlite"));
    QVERIFY(QDir().mkpath(blocked));
    StateStore unavailable(blocked);
    WebhookSecretIndex index(unavailable);
    const auto imported = index.importSettings(settings);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(blocked), qPrintable(imported.error().message));

    // Nothing lost: the next start can try again.
    QSettings reread(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("secretIndex/p/test/123456")).toStringList(),
             QStringList{QStringLiteral("a")});
    WebhookSecretIndex working(*m_state);
    QCOMPARE(working.importSettings(reread).value(), 1);
    QCOMPARE(idsOf(working, QStringLiteral("p"), Test, Msn), QStringList{QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestWebhookSecretIndex)
#include "tst_webhooksecretindex.moc"
