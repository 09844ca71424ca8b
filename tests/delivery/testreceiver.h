#pragma once

#include "core/deliverysignature.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>
#include <QUrl>

// A webhook receiver for the tests, on 127.0.0.1 over a real socket: plain HTTP, or HTTPS with
// the test certificate. It records every request (as a receiver would see it, ready for
// DeliverySignature::verify) and answers as told: a status, a redirect, nothing at all, or a
// dropped connection.
class TestReceiver final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestReceiver)

public:
    struct Received
    {
        QByteArray method;
        QString target;                        // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        Delivery delivery;                     // url from the Host header and the target
    };

    explicit TestReceiver(QObject *parent = nullptr);

    // Listens on 127.0.0.1, an ephemeral port; HTTPS when a certificate is given, in the TLS
    // versions `protocol` allows (default: what Qt and the system allow).
    bool start(const QSslCertificate &certificate = QSslCertificate(), const QSslKey &key = QSslKey(),
               QSsl::SslProtocol protocol = QSsl::SecureProtocols);
    // The receiver's URL for `target` (a path and query), e.g. https://127.0.0.1:40123/vipps/hook
    QUrl url(const QString &target = QStringLiteral("/vipps/webhooks?source=tests")) const;

    // Stops listening: connections are refused from now on.
    void stop()
    {
        if (m_server)
            m_server->close();
    }

    void answer(int status, const QByteArray &body = QByteArrayLiteral("{\"ok\":true}"),
                const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void redirectTo(const QString &location, int status = 302);
    void stayQuiet();      // read the request, never answer
    void dropConnection(); // read the request, close the connection without answering

    const QList<Received> &received() const { return m_received; }

Q_SIGNALS:
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Mode {
        Answer,
        Redirect,
        Quiet,
        Drop
    };

    QPointer<QTcpServer> m_server;
    bool m_tls = false;
    Mode m_mode = Mode::Answer;
    int m_status = 200;
    QByteArray m_body = QByteArrayLiteral("{\"ok\":true}");
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    QString m_location;
    QList<Received> m_received;
};
