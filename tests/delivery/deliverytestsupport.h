#pragma once

#include "core/apierror.h"
#include "core/networkaccessmanager.h"

#include <QFile>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTest>

#include <optional>

namespace DeliveryTest {

inline QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

// The test CA (TEST ONLY): trusted by this test process only, through its one network policy.
inline QList<QSslCertificate> testCa()
{
    return QSslCertificate::fromData(readData("ca.pem"));
}

inline void trustTestCa(bool trust)
{
    NetworkAccessManager::instance()->setExtraCaCertificates(trust ? testCa() : QList<QSslCertificate>());
}

// What a helper returns when the completion it waited for never came: the test has failed
// already (the wait recorded it); the caller carries on without touching an empty value.
inline ApiError noCompletion()
{
    return ApiError::input(QStringLiteral("No completion came: the test has failed."));
}

// The receiver's certificate, for 127.0.0.1 and localhost, signed by the test CA.
inline QSslCertificate serverCertificate()
{
    return QSslCertificate(readData("server.pem"));
}

inline QSslKey serverKey()
{
    return QSslKey(readData("server-key.pem"), QSsl::Rsa);
}

// A certificate of tests/data and its key by name: "server", "expired", "wronghost".
inline QSslCertificate certificateNamed(const QString &name)
{
    return QSslCertificate(readData(qPrintable(name + QStringLiteral(".pem"))));
}

inline QSslKey keyNamed(const QString &name)
{
    return QSslKey(readData(qPrintable(name + QStringLiteral("-key.pem"))), QSsl::Rsa);
}

// Collects the one completion of an asynchronous call, and counts the calls.
template<typename T> struct Outcome
{
    std::optional<T> result;
    int calls = 0;
    auto callback()
    {
        return [this](const T &r) {
            result.emplace(r);
            ++calls;
        };
    }
    // Waits for the one completion; when it does not come the test fails (a failed QTRY inside a
    // helper only returns from the lambda) and `fallback` is returned instead.
    T wait(T fallback, int timeoutMs = 20000)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, timeoutMs); }();
        return result.value_or(std::move(fallback));
    }
};

// A webhook secret as the API returns them (opaque text).
inline QString secret()
{
    return QStringLiteral(
        "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
}

} // namespace DeliveryTest
