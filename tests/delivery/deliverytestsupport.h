#pragma once

#include <QFile>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace DeliveryTest {

inline QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

// The test CA (TEST ONLY): trusted per sender, never globally.
inline QList<QSslCertificate> testCa()
{
    return QSslCertificate::fromData(readData("ca.pem"));
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
};

// A webhook secret as the API returns them (opaque text).
inline QString secret()
{
    return QStringLiteral(
        "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
}

} // namespace DeliveryTest
