#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

struct KeychainError
{
    enum class Kind {
        NotFound,     // no entry under that key
        NoBackend,    // no Secret Service (or other keychain) is running
        AccessDenied, // the keychain is locked and the unlock was cancelled or refused
        Timeout,      // the keychain did not answer in time
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // a sentence naming the cause, for people

    static QString kindName(Kind kind);
};

// Asynchronous access to the OS keychain. Implementations never store anything in plain text.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QByteArray, KeychainError> &)>;
    using DoneCallback = std::function<void(const Result<Done, KeychainError> &)>;

    using QObject::QObject;

    // A missing entry is an error of kind NotFound. Callbacks are tied to `context` (not run
    // when it was destroyed first) and never run synchronously from inside the call.
    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback)
        = 0;
    // Removing a missing entry succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback callback) = 0;
};
