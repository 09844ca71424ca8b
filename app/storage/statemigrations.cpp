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
    };
    return steps;
}
