// StateStore on real files: a new file, migrations, transactions, files it cannot read (moved
// aside, never emptied), and many threads and processes writing at once without losing a row.
#include "storage/statestore.h"
#include "storage/webhooksecretindex.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

// The single value of `statement` on a connection of the test's own (not the store's).
QVariant peek(const QString &file, const QString &statement)
{
    const QString name = QStringLiteral("peek");
    QVariant result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(file);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QSqlError execAll(QSqlDatabase &database, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return query.lastError();
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files moved aside next to `file`.
QStringList asideFiles(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
}

int count(StateStore &store, const QString &table)
{
    int rows = -1;
    const auto error = store.read([&](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return query.lastError();
        rows = query.value(0).toInt();
        return QSqlError();
    });
    return error ? -1 : rows;
}

const QList<StateMigration> TwoSteps{
    {1, QStringLiteral("a"), {QStringLiteral("CREATE TABLE a (x TEXT NOT NULL)")}},
    // Not "IF NOT EXISTS": running a step twice fails.
    {2, QStringLiteral("b"), {QStringLiteral("CREATE TABLE b (y TEXT NOT NULL)")}},
};

} // namespace

class TestStateStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void open_newFile_walAndNewestSchema();
    void open_newStep_runsOnlyTheNewStepOnce();
    void write_failingWork_rollsBack();
    void read_seesWhatWasWritten();
    void open_notADatabase_movedAsideAndFreshStoreWorks();
    void open_newerSchema_movedAsideNeverEmptied();
    void open_cannotOpen_clearErrorMovesNothing();
    void threads_eachOwnConnection_loseNoRow();
    void processes_writingAtOnce_loseNoRow();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("state.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStateStore::cleanup()
{
    m_dir.reset();
}

void TestStateStore::open_newFile_walAndNewestSchema()
{
    // In a folder that does not exist yet, as on a first start.
    const QString path = m_dir->filePath(QStringLiteral("new/folder/state.sqlite"));
    {
        StateStore store(path);
        const auto error = store.open();
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QVERIFY(store.notice().isEmpty());
        QVERIFY(store.schemaVersion() >= 1);
        QCOMPARE(count(store, QStringLiteral("webhook_secret_index")), 0);
    }
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(peek(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), StateStore(path).schemaVersion());
}

void TestStateStore::open_newStep_runsOnlyTheNewStepOnce()
{
    {
        StateStore first(file(), TwoSteps.mid(0, 1));
        QVERIFY(!first.open());
        QVERIFY(!first.write([](QSqlDatabase &database) {
            return execAll(database, {QStringLiteral("INSERT INTO a VALUES ('kept')")});
        }));
    }
    QCOMPARE(peek(file(), QStringLiteral("PRAGMA user_version")).toInt(), 1);

    // A newer program adds step 2: step 1 does not run again (it would fail), its data stays.
    for (int run = 0; run < 2; ++run) {
        StateStore second(file(), TwoSteps);
        const auto error = second.open();
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QVERIFY(second.notice().isEmpty());
        QCOMPARE(count(second, QStringLiteral("a")), 1);
        QCOMPARE(count(second, QStringLiteral("b")), 0);
    }
    QCOMPARE(peek(file(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QVERIFY(asideFiles(file()).isEmpty());
}

void TestStateStore::write_failingWork_rollsBack()
{
    StateStore store(file(), TwoSteps);
    QVERIFY(!store.open());
    const auto error = store.write([](QSqlDatabase &database) {
        // The first statement succeeds, the second fails: neither may remain.
        return execAll(database,
                       {QStringLiteral("INSERT INTO a VALUES ('half')"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")});
    });
    QVERIFY(error);
    QVERIFY2(error->message.contains(file()), qPrintable(error->message));
    QCOMPARE(count(store, QStringLiteral("a")), 0);

    // The store is usable afterwards (no transaction left open).
    QVERIFY(!store.write([](QSqlDatabase &database) {
        return execAll(database, {QStringLiteral("INSERT INTO a VALUES ('whole')")});
    }));
    QCOMPARE(count(store, QStringLiteral("a")), 1);
}

void TestStateStore::read_seesWhatWasWritten()
{
    // Two stores on one file (as two programs): what one commits, the other reads.
    StateStore writer(file(), TwoSteps);
    StateStore reader(file(), TwoSteps);
    QVERIFY(!writer.write([](QSqlDatabase &database) {
        return execAll(
            database,
            {QStringLiteral("INSERT INTO b VALUES ('one')"), QStringLiteral("INSERT INTO b VALUES ('two')")});
    }));
    QCOMPARE(count(reader, QStringLiteral("b")), 2);
}

void TestStateStore::open_notADatabase_movedAsideAndFreshStoreWorks()
{
    const QByteArray garbage = "this is not a database, but somebody's file: keep it\n";
    QVERIFY(writeFile(file(), garbage.repeated(100)));

    StateStore store(file());
    const auto error = store.open();
    QVERIFY2(!error, error ? qPrintable(error->message) : "");

    // Said clearly, naming both files; the bytes are kept aside, never emptied.
    const QStringList aside = asideFiles(file());
    QCOMPARE(aside.size(), 1);
    const QString asidePath = m_dir->filePath(aside.first());
    QCOMPARE(readFile(asidePath), garbage.repeated(100));
    QVERIFY2(store.notice().contains(file()), qPrintable(store.notice()));
    QVERIFY2(store.notice().contains(asidePath), qPrintable(store.notice()));

    // A fresh store in its place works.
    WebhookSecretIndex index(store);
    QVERIFY(!index.add(QStringLiteral("p"), QStringLiteral("test"), QStringLiteral("123456"),
                       QStringLiteral("id-1")));
    const auto ids = index.ids(QStringLiteral("p"), QStringLiteral("test"), QStringLiteral("123456"));
    QVERIFY(ids.ok());
    QCOMPARE(ids.value(), QStringList{QStringLiteral("id-1")});

    // The next program opens the fresh file without moving anything again.
    StateStore next(file());
    QVERIFY(!next.open());
    QVERIFY(next.notice().isEmpty());
    QCOMPARE(asideFiles(file()).size(), 1);
}

void TestStateStore::open_newerSchema_movedAsideNeverEmptied()
{
    {
        StateStore newer(file(), TwoSteps);
        QVERIFY(!newer.write([](QSqlDatabase &database) {
            return execAll(database, {QStringLiteral("INSERT INTO b VALUES ('from the future')")});
        }));
    }
    // This program knows only step 1.
    StateStore older(file(), TwoSteps.mid(0, 1));
    QVERIFY(!older.open());
    QVERIFY2(older.notice().contains(QStringLiteral("newer")), qPrintable(older.notice()));
    QVERIFY(older.notice().contains(file()));

    const QStringList aside = asideFiles(file());
    QCOMPARE(aside.size(), 1);
    const QString asidePath = m_dir->filePath(aside.first());
    QCOMPARE(peek(asidePath, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(peek(asidePath, QStringLiteral("SELECT y FROM b")).toString(),
             QStringLiteral("from the future"));
    QCOMPARE(peek(file(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestStateStore::open_cannotOpen_clearErrorMovesNothing()
{
    // A folder where the file should be: it cannot be opened, but it is not unreadable data.
    QVERIFY(QDir().mkpath(file()));
    StateStore store(file());
    const auto error = store.open();
    QVERIFY(error);
    QVERIFY2(error->message.contains(file()), qPrintable(error->message));
    QVERIFY(store.notice().isEmpty());
    QVERIFY(asideFiles(file()).isEmpty());
    QVERIFY(QFileInfo(file()).isDir());
    // Every later call says so too, and nothing crashes.
    WebhookSecretIndex index(store);
    QVERIFY(
        index.add(QStringLiteral("p"), QStringLiteral("test"), QStringLiteral("1"), QStringLiteral("id")));
    QVERIFY(!index.ids(QStringLiteral("p"), QStringLiteral("test"), QStringLiteral("1")).ok());
}

void TestStateStore::threads_eachOwnConnection_loseNoRow()
{
    constexpr int Threads = 4;
    constexpr int Rows = 25;
    StateStore store(file());
    QVERIFY(!store.open());
    QList<QThread *> threads;
    QAtomicInt failures;
    for (int t = 0; t < Threads; ++t) {
        threads.append(QThread::create([&store, &failures, t] {
            WebhookSecretIndex index(store);
            for (int i = 0; i < Rows; ++i) {
                if (index.add(QStringLiteral("shared"), QStringLiteral("test"), QStringLiteral("123456"),
                              QStringLiteral("thread%1-%2").arg(t).arg(i))) {
                    failures.ref();
                }
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(count(store, QStringLiteral("webhook_secret_index")), Threads * Rows);
}

void TestStateStore::processes_writingAtOnce_loseNoRow()
{
    constexpr int Processes = 8;
    constexpr int Rows = 40;
    // Not created beforehand: the processes race to create and migrate it too.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int p = 0; p < Processes; ++p) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(WC_STATE_WRITER_PATH));
        process->setArguments({file(), QStringLiteral("writer%1").arg(p), QString::number(Rows)});
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
    WebhookSecretIndex index(store);
    const auto ids = index.ids(QStringLiteral("shared"), QStringLiteral("test"), QStringLiteral("123456"));
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), Processes * Rows);
    for (int p = 0; p < Processes; ++p) {
        for (int i = 0; i < Rows; ++i)
            QVERIFY(ids.value().contains(QStringLiteral("writer%1-%2").arg(p).arg(i)));
    }
    QVERIFY(asideFiles(file()).isEmpty());
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
