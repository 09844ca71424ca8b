#pragma once

#include "core/result.h"
#include "storage/statestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

// One change either program made (or noticed), as the history keeps it. Never a secret or a token.
struct HistoryEntry
{
    // What was done. The ids are stable (they are stored and printed by --json).
    enum class Action {
        Register,
        Delete,
        Replace,
        Apply,
        SecretEntered,
        SecretRevealed,
        SecretExported,
        SecretRemoved,
        Vanished, // a registration disappeared without this console deleting it
        Appeared, // a registration appeared that this console did not make
    };
    enum class Outcome {
        Started, // begun and never finished: the program ended in the middle (outcome unknown)
        Succeeded,
        Failed,
        Noticed, // Vanished/Appeared: seen when a list was compared with the one before
    };

    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString osUser;
    QString program; // "window" or "command line"
    qint64 processId = 0;
    QString profile; // "" for no profile (keys from the environment)
    QString environment;
    QString bucket; // MSN or "partner"
    Action action = Action::Register;
    QString webhookId;
    QString url;
    QStringList events;
    Outcome outcome = Outcome::Started;
    int httpStatus = 0;
    QString traceId;
    QString error;
    QString note;
    QDateTime lastSeen; // Vanished: when a list last showed it

    static QString actionId(Action action);
    static std::optional<Action> actionFromId(const QString &id);
    static QString outcomeId(Outcome outcome);
    // For people, translated: "Registered", "Deleted"...
    static QString actionText(Action action);
    // "succeeded", "failed", "started, outcome unknown"...
    static QString outcomeText(Outcome outcome);
};

// Which entries to read. Empty fields match everything.
struct HistoryFilter
{
    QDateTime since; // entries started at or after
    QDateTime until; // entries started before
    QStringList buckets;
    QString environment;
    QString profile;
    std::optional<HistoryEntry::Action> action;
    int limit = 0; // 0: all
};

// The record of every change, in the state store's table `history`, shared by every program.
// Append-only from the programs' side (the table's triggers refuse deleting a row, and changing
// a row again once it has its outcome). A change is recorded in two steps: begin() before it is
// attempted, finish() with its outcome; a program that ends in between leaves the entry saying
// "started, outcome unknown". Each step is one transaction of its own, so programs writing at
// once lose nothing.
class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)

public:
    explicit ChangeHistory(StateStore &state) : m_state(state) { }

    // Which program writes: "window" or "command line" (set once at start; default: the
    // application name).
    static void setProgram(const QString &program);
    static QString program();
    // The operating-system user running this program.
    static QString osUser();

    // Records that a change begins; time, user, program and process are filled in. Returns the
    // entry's id.
    Result<qint64, StateError> begin(HistoryEntry entry);
    // Gives a begun entry its outcome. `webhookId` (when not empty) names the webhook it made.
    std::optional<StateError> finish(qint64 id, HistoryEntry::Outcome outcome, int httpStatus = 0,
                                     const QString &traceId = {}, const QString &error = {},
                                     const QString &webhookId = {});
    // Records a change that has happened already (begin and finish in one; an entry left
    // Started counts as Succeeded).
    Result<qint64, StateError> record(HistoryEntry entry);

    // The entries matching `filter`, oldest first.
    Result<QList<HistoryEntry>, StateError> entries(const HistoryFilter &filter = {}) const;
    // Entries with an id above `afterId` (newest last), e.g. what a watcher has not read yet.
    Result<QList<HistoryEntry>, StateError> entriesAfter(qint64 afterId, HistoryEntry::Action action) const;

    // The URL and events the history last recorded for webhook `webhookId` (e.g. at its
    // registration), if any.
    Result<std::optional<HistoryEntry>, StateError> lastWith(const QString &webhookId) const;

    // How far `watcher` has read (0 when never), and moving it on.
    Result<qint64, StateError> mark(const QString &watcher) const;
    std::optional<StateError> setMark(const QString &watcher, qint64 historyId);

    // Inserts `entry` inside a transaction that is open on `database` (for a change recorded
    // together with other state, e.g. a snapshot); fills in what begin() fills in.
    static QSqlError insert(QSqlDatabase &database, HistoryEntry &entry, qint64 *id = nullptr);

    // Times as stored and printed: UTC ISO 8601 with milliseconds ("2026-12-02T09:12:00.000Z"),
    // and back ("" and invalid give an invalid time).
    static QString timeText(const QDateTime &time);
    // The events column ("[\"a\",\"b\"]") as a list.
    static QStringList eventsFromJson(const QString &json);
    static QDateTime timeFromText(const QString &text);

    // Comma-separated values with a header line, for spreadsheets (RFC 4180 quoting).
    static QByteArray toCsv(const QList<HistoryEntry> &entries);

private:
    StateStore &m_state;
};
