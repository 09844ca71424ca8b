#pragma once

#include "storage/secretstore.h"

#include <QPointer>

#include <deque>
#include <optional>

class QTimer;

namespace QKeychain {
class Job;
}

// SecretStore on QtKeychain (the Secret Service on Linux). The insecure plain-text fallback is
// never enabled. Jobs run one at a time; each has a timeout so a keychain that does not answer
// gives a Timeout error instead of a hang. Results are delivered through the event loop, so the
// next job never starts from inside a job's finished handler and callbacks never run from inside
// read/write/remove. Values are never logged.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // An empty service means AppInfo::keychainService().
    explicit KeychainSecretStore(const QString &service = {}, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

private:
    enum class Operation {
        Read,
        Write,
        Remove
    };
    struct Request
    {
        Operation operation = Operation::Read;
        QString key;
        QByteArray value;
        QPointer<QObject> context;
        bool hasContext = false;
        ReadCallback readCallback;
        DoneCallback doneCallback;
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void onJobFinished(quint64 generation, QKeychain::Job *job);
    void onTimeout();
    void complete(const Result<QByteArray, KeychainError> &result);
    KeychainError mapError(int error, const QString &errorString, const QString &key) const;

    QString m_service;
    int m_timeoutMs = 15000;
    std::deque<Request> m_queue;
    std::optional<Request> m_current;
    quint64 m_generation = 0; // a job's answer counts only while its generation is current
    bool m_startScheduled = false;
    QTimer *m_timer;
};
