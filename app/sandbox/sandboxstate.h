#pragma once

#include "core/apierror.h"
#include "core/webhook.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's registrations, per bucket (an MSN, or "partner"), the Webhooks API's rules for a
// register body, and the state file. Not thread-safe; lives in the SandboxServer's thread.
class SandboxState
{
public:
    struct Entry
    {
        Webhook webhook;
        QString secret;
    };

    QList<Webhook> list(const QString &bucket) const;
    QStringList buckets() const;
    Registration add(const QString &bucket, const QString &url, const QStringList &events);
    // A few plausible sample registrations in `bucket`.
    void addSamples(const QString &bucket);
    // False when `id` (compared case-insensitively) is not in `bucket`.
    bool remove(const QString &bucket, const QString &id);
    QString secretOf(const QString &id) const; // any bucket; empty when unknown
    // How many registrations of `bucket` include `event`.
    int countWithEvent(const QString &bucket, const QString &event) const;
    void clear() { m_buckets.clear(); }

    // Plain-http loopback callback URLs (http://127.0.0.1:8000/...) are accepted in register
    // bodies when set, so a local receiver can get simulated deliveries. Off by default: the real
    // API refuses them. Not part of the state file.
    void setAllowLoopbackCallbacks(bool allow) { m_allowLoopbackCallbacks = allow; }
    bool allowsLoopbackCallbacks() const { return m_allowLoopbackCallbacks; }

    // Checks a register body as the API does: a JSON object with exactly `url` (absolute https
    // with a host, or http to a loopback host when allowed) and `events` (non-empty, every type known, within
    // the limit per event type in `bucket`). Returns the field errors (the RFC 7807 extraDetails), empty when
    // `request` may be committed.
    QList<FieldError> checkRegister(const QString &bucket, const QByteArray &body,
                                    RegisterRequest *request) const;

    QJsonObject toJson() const;
    // Replaces nothing: returns the state the document holds, or nothing (and `error`).
    static std::optional<SandboxState> fromJson(const QJsonObject &root, QString *error);
    bool save(const QString &fileName, QString *error) const; // atomic, 0600
    bool load(const QString &fileName, QString *error);       // unchanged on failure

private:
    QMap<QString, QList<Entry>> m_buckets;
    bool m_allowLoopbackCallbacks = false;
};
