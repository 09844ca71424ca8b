#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One registered webhook as the list call returns it.
struct Webhook
{
    QString id;
    QString url;        // kept as text: shown and compared exactly as the API returned it
    QStringList events; // unknown event types are kept as they are

    QJsonObject toJson() const;
    bool operator==(const Webhook &) const = default;

    // The URL as the API treats endpoints alike (lower-case scheme and host, no default port,
    // "/" for an empty path): two registrations with the same key deliver to the same endpoint.
    static QString endpointKey(const QString &url);
};

// What the register call sends: exactly {"url": ..., "events": [...]}.
struct RegisterRequest
{
    QString url;
    QStringList events;

    QByteArray toJson() const;
};

// What the register call returns, once: the new id and the secret.
struct Registration
{
    QString id;
    QString secret;
};

// An access token, held in memory only.
struct AccessToken
{
    QByteArray value;
    QString tokenType;
    QDateTime expiresAt; // UTC

    // True while the token can be used: until `marginSeconds` before it expires.
    bool isUsableAt(const QDateTime &now, int marginSeconds = 60) const
    {
        return !value.isEmpty() && expiresAt.isValid() && now.secsTo(expiresAt) > marginSeconds;
    }
};

Q_DECLARE_METATYPE(Webhook)
