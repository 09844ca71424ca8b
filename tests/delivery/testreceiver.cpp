#include "testreceiver.h"

#include "sandbox/sandboxreply.h"

#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

TestReceiver::TestReceiver(QObject *parent) : QAbstractHttpServer(parent) { }

bool TestReceiver::start(const QSslCertificate &certificate, const QSslKey &key, QSsl::SslProtocol protocol)
{
    m_tls = !certificate.isNull();
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *sslServer = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setProtocol(protocol);
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return false;
    }
    bind(server);
    m_server = server;
    return true;
}

QUrl TestReceiver::url(const QString &target) const
{
    const QString scheme = m_tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://127.0.0.1:")
                + QString::number(m_server ? m_server->serverPort() : 0) + target);
}

void TestReceiver::answer(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_mode = Mode::Answer;
    m_status = status;
    m_body = body;
    m_contentType = contentType;
}

void TestReceiver::redirectTo(const QString &location, int status)
{
    m_mode = Mode::Redirect;
    m_status = status;
    m_location = location;
}

void TestReceiver::stayQuiet()
{
    m_mode = Mode::Quiet;
}

void TestReceiver::dropConnection()
{
    m_mode = Mode::Drop;
}

bool TestReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Received received;
    received.method = request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                           : QByteArrayLiteral("OTHER");
    const QUrl requestUrl = request.url();
    received.target = requestUrl.path(QUrl::FullyEncoded);
    if (requestUrl.hasQuery())
        received.target += QLatin1Char('?') + requestUrl.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : request.headers())
        received.headers.insert(name.toLower(), value);
    received.delivery.url = QUrl((m_tls ? QStringLiteral("https://") : QStringLiteral("http://"))
                                 + QString::fromLatin1(received.headers.value("host")) + received.target);
    received.delivery.date = received.headers.value("x-ms-date");
    received.delivery.contentSha256 = received.headers.value("x-ms-content-sha256");
    received.delivery.authorization = received.headers.value("authorization");
    received.delivery.body = request.body();
    m_received.append(received);

    QPointer<QTcpSocket> peer(socket);
    switch (m_mode) {
    case Mode::Quiet: break;
    case Mode::Drop:
        // Not inside QAbstractHttpServer's read of this socket.
        QTimer::singleShot(0, this, [peer] {
            if (peer)
                peer->abort();
        });
        break;
    case Mode::Redirect: {
        SandboxReply reply{m_status, QByteArrayLiteral("text/plain"), QByteArrayLiteral("moved"), {}};
        reply.headers.append({QByteArrayLiteral("Location"), m_location.toUtf8()});
        socket->write(reply.toHttp(false));
        break;
    }
    case Mode::Answer: socket->write(SandboxReply{m_status, m_contentType, m_body, {}}.toHttp(false)); break;
    }
    Q_EMIT requestReceived();
    return true;
}

void TestReceiver::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(
        SandboxReply{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("no"), {}}.toHttp(false));
}
