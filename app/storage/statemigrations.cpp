#include "storage/statemigrations.h"

const QList<StateMigration> &StateMigrations::all()
{
    static const QList<StateMigration> steps{
        {1,
         QStringLiteral("the secret index: which webhooks have their secret in the keychain"),
         {
             // Ids, profile names, environment keys and buckets (MSN or "partner"); never a secret.
             // The profile is "" for "no profile" (keys from the environment).
             QStringLiteral("CREATE TABLE webhook_secret_index ("
                            " profile TEXT NOT NULL,"
                            " environment TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " webhook_id TEXT NOT NULL,"
                            " stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
                            " PRIMARY KEY (profile, environment, bucket, webhook_id)"
                            ") WITHOUT ROWID"),
         }},
        {2,
         QStringLiteral("the history of changes, the last list of each sales unit, and the marks of "
                        "watchers"),
         {
             // Every change either program makes. Never a secret or a token. A row is inserted as
             // "started" before the change is attempted and given its outcome once, when it ends: a
             // row still "started" after the program ended says the outcome is unknown.
             QStringLiteral("CREATE TABLE history ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " os_user TEXT NOT NULL,"
                            " program TEXT NOT NULL,"
                            " process_id INTEGER NOT NULL DEFAULT 0,"
                            " profile TEXT NOT NULL,"
                            " environment TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " webhook_id TEXT NOT NULL DEFAULT '',"
                            " url TEXT NOT NULL DEFAULT '',"
                            " events TEXT NOT NULL DEFAULT '[]',"
                            " outcome TEXT NOT NULL DEFAULT 'started',"
                            " http_status INTEGER NOT NULL DEFAULT 0,"
                            " trace_id TEXT NOT NULL DEFAULT '',"
                            " error TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',"
                            " last_seen TEXT NOT NULL DEFAULT ''"
                            ")"),
             QStringLiteral("CREATE INDEX history_by_time ON history (started_at)"),
             QStringLiteral(
                 "CREATE INDEX history_by_webhook ON history (profile, environment, bucket, webhook_id)"),
             // Append-only from the programs' side: no row is ever deleted, and a row changes once,
             // from "started" to its outcome, and then never again.
             QStringLiteral("CREATE TRIGGER history_append_only BEFORE DELETE ON history"
                            " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"),
             QStringLiteral("CREATE TRIGGER history_outcome_once BEFORE UPDATE ON history"
                            " WHEN OLD.outcome <> 'started' OR NEW.started_at <> OLD.started_at"
                            " OR NEW.action <> OLD.action OR NEW.profile <> OLD.profile"
                            " OR NEW.environment <> OLD.environment OR NEW.bucket <> OLD.bucket"
                            " OR NEW.os_user <> OLD.os_user OR NEW.program <> OLD.program"
                            " BEGIN SELECT RAISE(ABORT, 'a finished history entry never changes'); END"),
             // The last successful list of each profile, environment and bucket: ids, URLs and
             // events as JSON; no secrets.
             QStringLiteral("CREATE TABLE snapshots ("
                            " profile TEXT NOT NULL,"
                            " environment TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " taken_at TEXT NOT NULL,"
                            " webhooks TEXT NOT NULL,"
                            " PRIMARY KEY (profile, environment, bucket)"
                            ") WITHOUT ROWID"),
             // How far a watcher (e.g. "check") has read the history's vanished entries.
             QStringLiteral("CREATE TABLE watch_marks ("
                            " watcher TEXT PRIMARY KEY,"
                            " history_id INTEGER NOT NULL"
                            ") WITHOUT ROWID"),
         }},
    };
    return steps;
}
