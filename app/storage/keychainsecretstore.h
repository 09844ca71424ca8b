#pragma once

#include "storage/secretstore.h"

// SecretStore on QtKeychain (the Secret Service on Linux). The insecure plain-text fallback is
// never enabled. Jobs run one at a time; each has a timeout so a keychain that does not answer
// gives a Timeout error instead of a hang.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service = {}, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
    int m_timeoutMs = 15000;
};
