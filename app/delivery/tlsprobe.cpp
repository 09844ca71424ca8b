#include "delivery/tlsprobe.h"

#include "core/networkaccessmanager.h"
#include "delivery/testdeliverysender.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace {

// This file's messages, in the "TlsProbe" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TlsProbe)
};

} // namespace

namespace TlsProbe {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: return Tr::tr("an older or unknown protocol");
    }
}

void run(const QString &host, quint16 port, int timeoutMs, QObject *context, Callback callback)
{
    auto *socket = new QSslSocket(context);
    socket->setSslConfiguration(NetworkAccessManager::instance()->tlsConfiguration());
    socket->setPeerVerifyName(host);

    auto result = std::make_shared<TlsProbeResult>();
    auto done = std::make_shared<bool>(false);
    // Runs once; the socket goes away through the event loop, never inside its own signal.
    auto finish = [socket, result, done, callback] {
        if (*done)
            return;
        *done = true;
        socket->disconnect();
        result->certificate = socket->peerCertificate();
        socket->abort();
        socket->deleteLater();
        QTimer::singleShot(0, socket->parent(), [callback, result] { callback(*result); });
    };

    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, socket, [result, finish, timeoutMs] {
        result->timedOut = true;
        result->errors
            << Tr::tr("No TLS handshake within %1.").arg(TestDeliverySender::durationText(timeoutMs));
        finish();
    });
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [result](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            result->errors << error.errorString();
    });
    QObject::connect(socket, &QSslSocket::encrypted, socket, [socket, result, finish] {
        result->ok = true;
        result->protocol = protocolName(socket->sessionProtocol());
        finish();
    });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, result, finish] {
        if (result->errors.isEmpty())
            result->errors << socket->errorString();
        finish();
    });
    deadline->start(timeoutMs);
    socket->connectToHostEncrypted(host, port);
}

} // namespace TlsProbe
