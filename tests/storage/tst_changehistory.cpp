// The history of changes and the snapshots of lists, on a real state file: entries begun and
// finished, an entry left "started" by a program that ended, the table refusing deletes and second
// outcomes, filters, CSV, and the comparison of a new list with the last one (what vanished and
// what appeared without this console). Several processes writing history at once lose nothing.
#include "storage/changehistory.h"
#include "storage/statestore.h"
#include "storage/webhooksnapshots.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Env = QStringLiteral("test");
const QString Msn = QStringLiteral("123456");

HistoryEntry entry(HistoryEntry::Action action, const QString &webhookId = {}, const QString &bucket = Msn)
{
    HistoryEntry entry;
    entry.profile = QStringLiteral("shop");
    entry.environment = Env;
    entry.bucket = bucket;
    entry.action = action;
    entry.webhookId = webhookId;
    entry.url = QStringLiteral("https://shop.example/hook");
    entry.events = {QStringLiteral("epayments.payment.captured.v1")};
    return entry;
}

Webhook webhook(const QString &id, const QString &url = QStringLiteral("https://shop.example/hook"))
{
    return Webhook{id, url, {QStringLiteral("epayments.payment.captured.v1")}};
}

QSqlError exec(StateStore &store, const QString &statement)
{
    QSqlError result;
    const auto error = store.write([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return query.lastError();
        return QSqlError();
    });
    return error ? QSqlError(QString(), error->message, QSqlError::StatementError) : QSqlError();
}

// "a b c" as {"a", "b", "c"}.
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestChangeHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void beginFinish_recordsEverything();
    void begunNeverFinished_saysOutcomeUnknown();
    void table_refusesDeleteAndSecondOutcome();
    void finish_twice_keepsFirstOutcome();
    void entries_filterBySalesUnitEnvironmentActionTime();
    void entries_limit_keepsNewest();
    void csv_quotesAndDefusesFormulas();
    void marks_neverGoBackwards();

    void snapshot_firstList_onlyKept();
    void snapshot_vanished_notDeletedHere_recorded();
    void snapshot_deletedHere_notVanished();
    void snapshot_appeared_notRegisteredHere_recorded();
    void snapshot_registeredHere_orBeingRegistered_notAppeared();
    void snapshot_twoProgramsListing_recordOnce();
    void snapshot_keysAreSeparate();

    void processes_writingHistoryAtOnce_loseNoEntry();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("state.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateStore> m_store;
};

void TestChangeHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<StateStore>(file());
    QVERIFY(!m_store->open());
    ChangeHistory::setProgram(QStringLiteral("tests"));
}

void TestChangeHistory::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestChangeHistory::beginFinish_recordsEverything()
{
    ChangeHistory history(*m_store);
    const auto id = history.begin(entry(HistoryEntry::Action::Register));
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);
    QVERIFY(!history.finish(id.value(), HistoryEntry::Outcome::Succeeded, 201, QStringLiteral("trace-1"), {},
                            QStringLiteral("new-id")));

    const auto entries = history.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    const HistoryEntry &recorded = entries.value().first();
    QCOMPARE(recorded.id, id.value());
    QCOMPARE(recorded.action, HistoryEntry::Action::Register);
    QCOMPARE(recorded.outcome, HistoryEntry::Outcome::Succeeded);
    QCOMPARE(recorded.webhookId, QStringLiteral("new-id"));
    QCOMPARE(recorded.httpStatus, 201);
    QCOMPARE(recorded.traceId, QStringLiteral("trace-1"));
    QCOMPARE(recorded.profile, QStringLiteral("shop"));
    QCOMPARE(recorded.environment, Env);
    QCOMPARE(recorded.bucket, Msn);
    QCOMPARE(recorded.url, QStringLiteral("https://shop.example/hook"));
    QCOMPARE(recorded.events, QStringList{QStringLiteral("epayments.payment.captured.v1")});
    QCOMPARE(recorded.program, QStringLiteral("tests"));
    QCOMPARE(recorded.osUser, ChangeHistory::osUser());
    QVERIFY(!recorded.osUser.isEmpty());
    QCOMPARE(recorded.processId, QCoreApplication::applicationPid());
    QVERIFY(recorded.startedAt.isValid());
    QVERIFY(recorded.finishedAt >= recorded.startedAt);
}

void TestChangeHistory::begunNeverFinished_saysOutcomeUnknown()
{
    {
        ChangeHistory history(*m_store);
        QVERIFY(history.begin(entry(HistoryEntry::Action::Delete, QStringLiteral("gone"))).ok());
    }
    // Another program (a fresh store on the same file) reads it after the first one "crashed".
    m_store.reset();
    StateStore reopened(file());
    const auto entries = ChangeHistory(reopened).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().outcome, HistoryEntry::Outcome::Started);
    QVERIFY(!entries.value().first().finishedAt.isValid());
    QCOMPARE(HistoryEntry::outcomeText(HistoryEntry::Outcome::Started),
             QStringLiteral("started, outcome unknown"));
}

void TestChangeHistory::table_refusesDeleteAndSecondOutcome()
{
    ChangeHistory history(*m_store);
    const auto id = history.record(entry(HistoryEntry::Action::SecretRevealed, QStringLiteral("w1")));
    QVERIFY(id.ok());
    // Even SQL written by hand cannot remove or rewrite a finished entry.
    QVERIFY(exec(*m_store, QStringLiteral("DELETE FROM history")).isValid());
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE history SET action = 'delete'")).isValid());
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE history SET outcome = 'failed'")).isValid());
    const auto entries = history.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().action, HistoryEntry::Action::SecretRevealed);
    QCOMPARE(entries.value().first().outcome, HistoryEntry::Outcome::Succeeded);
}

void TestChangeHistory::finish_twice_keepsFirstOutcome()
{
    ChangeHistory history(*m_store);
    const auto id = history.begin(entry(HistoryEntry::Action::Delete, QStringLiteral("w1")));
    QVERIFY(id.ok());
    QVERIFY(!history.finish(id.value(), HistoryEntry::Outcome::Failed, 500));
    QVERIFY(!history.finish(id.value(), HistoryEntry::Outcome::Succeeded, 204)); // matches no started row
    const auto entries = history.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().first().outcome, HistoryEntry::Outcome::Failed);
    QCOMPARE(entries.value().first().httpStatus, 500);
}

void TestChangeHistory::entries_filterBySalesUnitEnvironmentActionTime()
{
    ChangeHistory history(*m_store);
    HistoryEntry old = entry(HistoryEntry::Action::Register, QStringLiteral("a"));
    old.startedAt = QDateTime::currentDateTimeUtc().addDays(-10);
    QVERIFY(history.record(old).ok());
    QVERIFY(history.record(entry(HistoryEntry::Action::Delete, QStringLiteral("b"))).ok());
    QVERIFY(
        history.record(entry(HistoryEntry::Action::Register, QStringLiteral("c"), QStringLiteral("654321")))
            .ok());
    HistoryEntry production = entry(HistoryEntry::Action::Register, QStringLiteral("d"));
    production.environment = QStringLiteral("production");
    QVERIFY(history.record(production).ok());

    const auto idsOf = [&](const HistoryFilter &filter) {
        QStringList ids;
        const auto entries = history.entries(filter);
        for (const HistoryEntry &e : entries.value())
            ids.append(e.webhookId);
        return ids;
    };
    QCOMPARE(idsOf({}), words("a b c d"));
    HistoryFilter recent;
    recent.since = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(idsOf(recent), words("b c d"));
    HistoryFilter unit;
    unit.buckets = {QStringLiteral("654321")};
    QCOMPARE(idsOf(unit), words("c"));
    HistoryFilter env;
    env.environment = QStringLiteral("production");
    QCOMPARE(idsOf(env), words("d"));
    HistoryFilter deletes;
    deletes.action = HistoryEntry::Action::Delete;
    QCOMPARE(idsOf(deletes), words("b"));
}

void TestChangeHistory::entries_limit_keepsNewest()
{
    ChangeHistory history(*m_store);
    for (int i = 0; i < 5; ++i)
        QVERIFY(history.record(entry(HistoryEntry::Action::Register, QString::number(i))).ok());
    HistoryFilter filter;
    filter.limit = 2;
    const auto entries = history.entries(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value().at(0).webhookId, QStringLiteral("3"));
    QCOMPARE(entries.value().at(1).webhookId, QStringLiteral("4"));
}

void TestChangeHistory::csv_quotesAndDefusesFormulas()
{
    HistoryEntry tricky = entry(HistoryEntry::Action::Register, QStringLiteral("w1"));
    tricky.id = 1;
    tricky.startedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 12), Qt::UTC);
    tricky.outcome = HistoryEntry::Outcome::Failed;
    tricky.error = QStringLiteral("Bad \"url\", see\nline 2");
    tricky.profile = QStringLiteral("=HYPERLINK(\"x\")");
    const QByteArray csv = ChangeHistory::toCsv({tricky});
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("time,finished,user,program,profile,environment,sales unit,action"));
    QVERIFY2(csv.contains("\"Bad \"\"url\"\", see\nline 2\""), csv.constData());
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.constData());
    QVERIFY(csv.contains("2026-12-02T09:12:00.000Z"));
    QVERIFY(csv.contains(",register,w1,"));
    QVERIFY(csv.endsWith("\r\n"));
}

void TestChangeHistory::marks_neverGoBackwards()
{
    ChangeHistory history(*m_store);
    QCOMPARE(history.mark(QStringLiteral("check")).value(), 0);
    QVERIFY(!history.setMark(QStringLiteral("check"), 7));
    QVERIFY(!history.setMark(QStringLiteral("check"), 3));
    QCOMPARE(history.mark(QStringLiteral("check")).value(), 7);
    QCOMPARE(history.mark(QStringLiteral("other")).value(), 0);
}

void TestChangeHistory::snapshot_firstList_onlyKept()
{
    WebhookSnapshots snapshots(*m_store);
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    const auto change = snapshots.compareAndKeep(key, {webhook(QStringLiteral("a"))});
    QVERIFY(change.ok());
    QVERIFY(change.value().isEmpty());
    QVERIFY(!change.value().lastSeen.isValid());
    const auto last = snapshots.last(key);
    QVERIFY(last.ok() && last.value().has_value());
    QCOMPARE(last.value()->webhooks, QList<Webhook>{webhook(QStringLiteral("a"))});
    QCOMPARE(ChangeHistory(*m_store).entries().value().size(), 0);
}

void TestChangeHistory::snapshot_vanished_notDeletedHere_recorded()
{
    WebhookSnapshots snapshots(*m_store);
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(snapshots.compareAndKeep(key, {webhook(QStringLiteral("a")), webhook(QStringLiteral("b"))}, first)
                .ok());
    const auto change = snapshots.compareAndKeep(key, {webhook(QStringLiteral("a"))});
    QVERIFY(change.ok());
    QCOMPARE(change.value().vanished, QList<Webhook>{webhook(QStringLiteral("b"))});
    QVERIFY(change.value().appeared.isEmpty());
    QCOMPARE(change.value().lastSeen, first);

    const auto entries = ChangeHistory(*m_store).entries();
    QCOMPARE(entries.value().size(), 1);
    const HistoryEntry &noticed = entries.value().first();
    QCOMPARE(noticed.action, HistoryEntry::Action::Vanished);
    QCOMPARE(noticed.outcome, HistoryEntry::Outcome::Noticed);
    QCOMPARE(noticed.webhookId, QStringLiteral("b"));
    QCOMPARE(noticed.url, QStringLiteral("https://shop.example/hook"));
    QCOMPARE(noticed.lastSeen, first);
    QCOMPARE(change.value().historyIds, QList<qint64>{noticed.id});

    // Compared again: nothing new.
    const auto again = snapshots.compareAndKeep(key, {webhook(QStringLiteral("a"))});
    QVERIFY(again.ok() && again.value().isEmpty());
}

void TestChangeHistory::snapshot_deletedHere_notVanished()
{
    WebhookSnapshots snapshots(*m_store);
    ChangeHistory history(*m_store);
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    QVERIFY(snapshots
                .compareAndKeep(key,
                                {webhook(QStringLiteral("a")), webhook(QStringLiteral("b")),
                                 webhook(QStringLiteral("c"))})
                .ok());
    // b deleted by this console; c's delete was begun and never finished (the program ended);
    // a's delete failed, and a disappears anyway: that one vanished.
    const auto deleted = history.begin(entry(HistoryEntry::Action::Delete, QStringLiteral("b")));
    QVERIFY(!history.finish(deleted.value(), HistoryEntry::Outcome::Succeeded, 204));
    QVERIFY(history.begin(entry(HistoryEntry::Action::Delete, QStringLiteral("c"))).ok());
    const auto failed = history.begin(entry(HistoryEntry::Action::Delete, QStringLiteral("a")));
    QVERIFY(!history.finish(failed.value(), HistoryEntry::Outcome::Failed, 500));

    const auto change = snapshots.compareAndKeep(key, {});
    QVERIFY(change.ok());
    QCOMPARE(change.value().vanished, QList<Webhook>{webhook(QStringLiteral("a"))});
}

void TestChangeHistory::snapshot_appeared_notRegisteredHere_recorded()
{
    WebhookSnapshots snapshots(*m_store);
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    QVERIFY(snapshots.compareAndKeep(key, {webhook(QStringLiteral("a"))}).ok());
    const auto change
        = snapshots.compareAndKeep(key,
                                   {webhook(QStringLiteral("a")),
                                    webhook(QStringLiteral("x"), QStringLiteral("https://other.example/"))});
    QVERIFY(change.ok());
    QCOMPARE(change.value().appeared.size(), 1);
    QCOMPARE(change.value().appeared.first().id, QStringLiteral("x"));
    const auto entries = ChangeHistory(*m_store).entries();
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().action, HistoryEntry::Action::Appeared);
    QCOMPARE(entries.value().first().url, QStringLiteral("https://other.example/"));
}

void TestChangeHistory::snapshot_registeredHere_orBeingRegistered_notAppeared()
{
    WebhookSnapshots snapshots(*m_store);
    ChangeHistory history(*m_store);
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    QVERIFY(snapshots.compareAndKeep(key, {}).ok());
    // Registered here (id known), and one being registered right now (no id yet: another
    // program's list can see it before the registering program has its answer).
    const auto done = history.begin(entry(HistoryEntry::Action::Register));
    QVERIFY(
        !history.finish(done.value(), HistoryEntry::Outcome::Succeeded, 201, {}, {}, QStringLiteral("mine")));
    HistoryEntry pending = entry(HistoryEntry::Action::Register);
    pending.url = QStringLiteral("https://pending.example/");
    QVERIFY(history.begin(pending).ok());

    const auto change = snapshots.compareAndKeep(
        key,
        {webhook(QStringLiteral("mine")),
         webhook(QStringLiteral("p"), QStringLiteral("https://pending.example/")),
         webhook(QStringLiteral("theirs"), QStringLiteral("https://theirs.example/"))});
    QVERIFY(change.ok());
    QCOMPARE(change.value().appeared.size(), 1);
    QCOMPARE(change.value().appeared.first().id, QStringLiteral("theirs"));
}

void TestChangeHistory::snapshot_twoProgramsListing_recordOnce()
{
    const SnapshotKey key{QStringLiteral("shop"), Env, Msn};
    QVERIFY(WebhookSnapshots(*m_store).compareAndKeep(key, {webhook(QStringLiteral("a"))}).ok());
    // Two programs (two stores on one file) list the same sales unit, one after the other.
    StateStore other(file());
    const auto first = WebhookSnapshots(*m_store).compareAndKeep(key, {});
    const auto second = WebhookSnapshots(other).compareAndKeep(key, {});
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().vanished.size(), 1);
    QVERIFY(second.value().isEmpty());
    QCOMPARE(ChangeHistory(other).entries().value().size(), 1);
}

void TestChangeHistory::snapshot_keysAreSeparate()
{
    WebhookSnapshots snapshots(*m_store);
    const SnapshotKey test{QStringLiteral("shop"), Env, Msn};
    const SnapshotKey production{QStringLiteral("shop"), QStringLiteral("production"), Msn};
    QVERIFY(snapshots.compareAndKeep(test, {webhook(QStringLiteral("a"))}).ok());
    // The first production list does not make test's "a" vanish.
    const auto change = snapshots.compareAndKeep(production, {});
    QVERIFY(change.ok() && change.value().isEmpty());
    const auto keys = snapshots.keys();
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), 2);
}

void TestChangeHistory::processes_writingHistoryAtOnce_loseNoEntry()
{
    constexpr int Processes = 6;
    constexpr int Entries = 30;
    m_store.reset();
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int p = 0; p < Processes; ++p) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(WC_STATE_WRITER_PATH));
        process->setArguments(
            {file(), QStringLiteral("writer%1").arg(p), QString::number(Entries), QStringLiteral("history")});
        writers.push_back(std::move(process));
    }
    for (auto &process : writers)
        process->start();
    for (auto &process : writers) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    StateStore store(file());
    const auto entries = ChangeHistory(store).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), Processes * Entries);
    QSet<QString> ids;
    for (const HistoryEntry &e : entries.value()) {
        QCOMPARE(e.outcome, HistoryEntry::Outcome::Succeeded);
        ids.insert(e.webhookId);
    }
    QCOMPARE(ids.size(), Processes * Entries);
}

QTEST_GUILESS_MAIN(TestChangeHistory)
#include "tst_changehistory.moc"
