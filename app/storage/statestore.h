#pragma once

#include "storage/stateerror.h"
#include "storage/statemigrations.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;

// The local state that several programs share at once (the window, scripts, a scheduled check):
// one SQLite file through Qt SQL (QSQLITE) in the application data folder, WAL journal, a busy
// timeout, every change in a BEGIN IMMEDIATE transaction that is tried again on SQLITE_BUSY
// within a bound, and a schema version (PRAGMA user_version) brought up to date at open by the
// ordered steps of StateMigrations.
//
// A file that cannot be read (not a database, corrupt, or written by a newer program) is never
// emptied: it is renamed with a timestamp ("state.sqlite.unreadable-20260102-030405"), a fresh
// store is started, and notice() says so, naming both files.
//
// Each thread opens its own connection (Qt SQL connections belong to one thread), each process
// its own file handle. Never a secret in it: ids, profile names, environment keys, buckets.
class StateStore final
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)
    Q_DISABLE_COPY_MOVE(StateStore)

public:
    // The work of one transaction: returns its error, or an invalid QSqlError when it succeeded.
    using Work = std::function<QSqlError(QSqlDatabase &database)>;

    // SQLite waits this long for another writer before a statement answers SQLITE_BUSY.
    static constexpr int BusyTimeoutMs = 5000;
    // A transaction answered SQLITE_BUSY is tried again until this much time has passed.
    static constexpr int RetryForMs = 30000;

    explicit StateStore(QString file, QList<StateMigration> migrations = StateMigrations::all());
    ~StateStore();

    // "<AppDataLocation>/state.sqlite".
    static QString defaultFile();

    QString file() const { return m_file; }
    // The newest schema version this program knows.
    int schemaVersion() const;

    // Opens the file (creating and migrating it) the first time; later calls answer at once.
    std::optional<StateError> open();
    // Set once open() found a file it could not read and moved it aside: a sentence for the user.
    QString notice() const;

    // Runs `work` in a write transaction (BEGIN IMMEDIATE): committed when it succeeds, rolled
    // back when it fails; on SQLITE_BUSY the whole transaction is tried again (RetryForMs).
    std::optional<StateError> write(const Work &work);
    // Runs `work` in a read transaction (a consistent view while others write).
    std::optional<StateError> read(const Work &work);

private:
    struct Opened;

    Opened openOnce();
    void moveAside(const QString &reason);
    QString connectionName() const;
    QSqlError connection(QSqlDatabase &database);
    void closeConnections();
    QSqlError migrate(QSqlDatabase &database);
    std::optional<StateError> transaction(const Work &work, bool immediate);
    StateError failure(const QSqlError &error) const;

    const QString m_file;
    const QList<StateMigration> m_migrations;
    const quint64 m_id;
    mutable QMutex m_openMutex; // guards m_opened and m_notice
    bool m_opened = false;
    QString m_notice;
    QMutex m_connectionsMutex;
    QSet<QString> m_connections;
};
