#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One step of the state store's schema: the statements that take the database from
// `version - 1` to `version`. Steps run in order, each inside the transaction that also sets
// PRAGMA user_version, so a database is always at exactly one version.
struct StateMigration
{
    int version = 0;
    QString description;
    QStringList statements;
};

namespace StateMigrations {

// Every step this program knows, oldest first, versions 1, 2, 3... without gaps.
// A new table (history, snapshots) is a new step appended here; a shipped step never changes.
const QList<StateMigration> &all();

} // namespace StateMigrations
