#include "storage/statestore.h"

#include "storage/storagelogging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

const QString Driver = QStringLiteral("QSQLITE");

// SQLite's primary result codes, as QSQLITE reports them in QSqlError::nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // the primary code of an extended one
}

bool isBusy(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

bool isUnreadable(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

QSqlError exec(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return query.lastError();
    return {};
}

// The single value of `statement` (a PRAGMA), or its error.
QSqlError value(QSqlDatabase &database, const QString &statement, QVariant &result)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return query.lastError();
    result = query.next() ? query.value(0) : QVariant();
    return query.lastError();
}

quint64 nextId()
{
    static QAtomicInteger<quint64> counter;
    return ++counter;
}

} // namespace

struct StateStore::Opened
{
    enum class Kind {
        Ok,
        Unreadable, // not a database, corrupt, or newer: moved aside
        Failed,     // could not be opened now (permissions, disk, busy for too long): left alone
    };
    Kind kind = Kind::Ok;
    QString reason;
};

StateStore::StateStore(QString file, QList<StateMigration> migrations)
    : m_file(std::move(file)), m_migrations(std::move(migrations)), m_id(nextId())
{ }

StateStore::~StateStore()
{
    closeConnections();
}

QString StateStore::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/state.sqlite");
}

int StateStore::schemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QString StateStore::notice() const
{
    QMutexLocker lock(&m_openMutex);
    return m_notice;
}

QString StateStore::connectionName() const
{
    return QStringLiteral("wc-state-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlError StateStore::connection(QSqlDatabase &database)
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        database = QSqlDatabase::database(name, false);
        if (database.isOpen())
            return {};
    } else {
        if (!QSqlDatabase::isDriverAvailable(Driver)) {
            return QSqlError(tr("Qt's SQLite driver (QSQLITE) is not installed; on Debian it is the package "
                                "libqt6sql6-sqlite."),
                             {}, QSqlError::ConnectionError);
        }
        database = QSqlDatabase::addDatabase(Driver, name);
        QMutexLocker lock(&m_connectionsMutex);
        m_connections.insert(name);
    }
    database.setDatabaseName(m_file);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!database.open())
        return database.lastError();
    // Many readers and one writer at a time, without readers blocking the writer.
    QVariant mode;
    QSqlError error = value(database, QStringLiteral("PRAGMA journal_mode=WAL"), mode);
    if (!error.isValid())
        error = exec(database, QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!error.isValid())
        error = exec(database, QStringLiteral("PRAGMA foreign_keys=ON"));
    if (error.isValid())
        database.close();
    return error;
}

void StateStore::closeConnections()
{
    QMutexLocker lock(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase database = QSqlDatabase::database(name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

std::optional<StateError> StateStore::open()
{
    QMutexLocker lock(&m_openMutex);
    if (m_opened)
        return std::nullopt;
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return StateError{tr("The folder of the local state file “%1” could not be created.").arg(m_file)};

    Opened opened = openOnce();
    if (opened.kind == Opened::Kind::Unreadable) {
        moveAside(opened.reason);
        opened = openOnce();
    }
    if (opened.kind != Opened::Kind::Ok) {
        closeConnections();
        return StateError{tr("The local state file “%1” could not be opened: %2").arg(m_file, opened.reason)};
    }
    m_opened = true;
    return std::nullopt;
}

StateStore::Opened StateStore::openOnce()
{
    const auto outcome = [](const QSqlError &error) {
        if (isUnreadable(error))
            return Opened{Opened::Kind::Unreadable, describe(error)};
        return Opened{Opened::Kind::Failed, describe(error)};
    };
    const QDeadlineTimer deadline(RetryForMs);
    for (;;) {
        QSqlDatabase database;
        QSqlError error = connection(database);
        QVariant check;
        if (!error.isValid())
            error = value(database, QStringLiteral("PRAGMA quick_check"), check);
        if (!error.isValid() && check.toString() != QLatin1String("ok"))
            return Opened{Opened::Kind::Unreadable, tr("it is damaged (%1)").arg(check.toString())};
        QVariant version;
        if (!error.isValid())
            error = value(database, QStringLiteral("PRAGMA user_version"), version);
        if (!error.isValid() && version.toInt() > schemaVersion()) {
            return Opened{Opened::Kind::Unreadable,
                          tr("it was written by a newer version of this program (schema %1; this version "
                             "knows up to %2)")
                              .arg(version.toInt())
                              .arg(schemaVersion())};
        }
        if (!error.isValid() && version.toInt() < schemaVersion()) {
            // Another program may be migrating at this moment: migrate() looks again inside the
            // write transaction.
            const auto migrated = transaction([this](QSqlDatabase &db) { return migrate(db); }, true);
            if (migrated)
                return Opened{Opened::Kind::Failed, migrated->message};
        }
        if (!error.isValid())
            return Opened{};
        if (!isBusy(error) || deadline.hasExpired())
            return outcome(error);
    }
}

QSqlError StateStore::migrate(QSqlDatabase &database)
{
    QVariant current;
    if (const QSqlError error = value(database, QStringLiteral("PRAGMA user_version"), current);
        error.isValid())
        return error;
    for (const StateMigration &step : m_migrations) {
        if (step.version <= current.toInt())
            continue;
        qCInfo(lcState) << "Migrating" << m_file << "to schema" << step.version << "-" << step.description;
        for (const QString &statement : step.statements) {
            if (const QSqlError error = exec(database, statement); error.isValid())
                return error;
        }
        // Inside the same transaction: the schema and its version change together.
        if (const QSqlError error
            = exec(database, QStringLiteral("PRAGMA user_version=%1").arg(step.version));
            error.isValid()) {
            return error;
        }
    }
    return {};
}

void StateStore::moveAside(const QString &reason)
{
    closeConnections();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_file + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_file + QStringLiteral(".unreadable-") + stamp + QLatin1Char('-') + QString::number(n);

    if (!QFile::rename(m_file, target)) {
        // Another program found it first and moved it: a fresh file is (or will be) in its place.
        if (!QFileInfo::exists(m_file))
            return;
        qCWarning(lcState) << "Could not move the unreadable state file" << m_file << "aside";
        return;
    }
    // The journal belongs to the file it journals.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = m_file + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    m_notice = tr("The local state file “%1” could not be read (%2). It was moved aside to “%3” and a new "
                  "one was started. The secrets in the keychain are untouched, but webhooks registered "
                  "before may no longer show that their secret is on this computer.")
                   .arg(m_file, reason, target);
    qCWarning(lcState).noquote() << m_notice;
}

std::optional<StateError> StateStore::write(const Work &work)
{
    if (auto error = open())
        return error;
    return transaction(work, true);
}

std::optional<StateError> StateStore::read(const Work &work)
{
    if (auto error = open())
        return error;
    return transaction(work, false);
}

std::optional<StateError> StateStore::transaction(const Work &work, bool immediate)
{
    const QDeadlineTimer deadline(RetryForMs);
    for (int attempt = 1;; ++attempt) {
        QSqlDatabase database;
        QSqlError error = connection(database);
        if (!error.isValid())
            error = exec(database, immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        if (!error.isValid()) {
            error = work(database);
            if (!error.isValid())
                error = exec(database, QStringLiteral("COMMIT"));
            if (error.isValid())
                exec(database, QStringLiteral("ROLLBACK"));
        }
        if (!error.isValid())
            return std::nullopt;
        if (!isBusy(error) || deadline.hasExpired())
            return failure(error);
        qCDebug(lcState) << "The state file is busy; trying again, attempt" << attempt + 1;
    }
}

StateError StateStore::failure(const QSqlError &error) const
{
    qCWarning(lcState) << "State store" << m_file << "failed:" << describe(error) << error.nativeErrorCode();
    return StateError{tr("The local state file “%1” could not be used: %2").arg(m_file, describe(error))};
}
