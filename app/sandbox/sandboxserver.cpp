#include "sandbox/sandboxserver.h"

#include "core/logging.h"
#include "sandbox/sandboxapi.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype kMaxRecordedRequests = 1000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

bool matches(const SandboxServer::Fault &fault, const SandboxServer::RecordedRequest &request)
{
    return (fault.method.isEmpty() || fault.method.compare(request.method, Qt::CaseInsensitive) == 0)
        && (fault.pathPrefix.isEmpty() || request.path.startsWith(fault.pathPrefix));
}

} // namespace

struct SandboxServer::Private
{
    SandboxApi api;
    QList<Fault> faults;
    QList<RecordedRequest> recorded;
    int tokenRequests = 0;
    int webhooksRequests = 0;
    QSslCertificate certificate;
    QSslKey key;
    QPointer<QTcpServer> server;
    QHostAddress address;
    QString errorString;

    std::optional<Fault> takeFault(const RecordedRequest &request)
    {
        for (auto it = faults.begin(); it != faults.end(); ++it) {
            if (!matches(*it, request))
                continue;
            const Fault fault = *it;
            if (it->count > 0 && --it->count == 0)
                faults.erase(it);
            return fault;
        }
        return std::nullopt;
    }

    void record(const RecordedRequest &request)
    {
        switch (SandboxApi::endpointOf(request.path)) {
        case SandboxApi::Endpoint::Token: ++tokenRequests; break;
        case SandboxApi::Endpoint::Webhooks: ++webhooksRequests; break;
        case SandboxApi::Endpoint::Other: break;
        }
        recorded.append(request);
        if (recorded.size() > kMaxRecordedRequests)
            recorded.removeFirst();
    }
};

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent), d(std::make_unique<Private>())
{
    d->api.setKeys(defaultKeys());
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::partnerBucket()
{
    return QStringLiteral("partner");
}

SandboxServer::Keys SandboxServer::defaultKeys()
{
    // Well-known and not secret: anyone may use them against a local sandbox.
    return {QStringLiteral("5a4db0c5-0000-4000-8000-000000000001"), QStringLiteral("U2FuZGJveFNlY3JldA=="),
            QStringLiteral("5a4db0c5000040008000000000000002")};
}

void SandboxServer::setKeys(const Keys &keys)
{
    d->api.setKeys(keys);
}

SandboxServer::Keys SandboxServer::keys() const
{
    return d->api.keys();
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    d->api.setTokenLifetimeSeconds(seconds);
}

void SandboxServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    d->certificate = certificate;
    d->key = key;
}

bool SandboxServer::isTls() const
{
    return !d->certificate.isNull() && !d->key.isNull();
}

bool SandboxServer::start(quint16 port, const QHostAddress &address)
{
    if (d->server && d->server->isListening()) {
        d->errorString = tr("The sandbox is already running.");
        return false;
    }
    QTcpServer *server = nullptr;
    if (isTls()) {
        // What sslSetup() does, with a server of our own so that a failed listen() can say why.
        auto *sslServer = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(d->certificate);
        configuration.setPrivateKey(d->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        d->errorString = server->errorString();
        delete server;
        qCWarning(lcSandbox).noquote() << "The sandbox could not listen:" << d->errorString;
        return false;
    }
    bind(server);
    d->server = server;
    d->address = address;
    d->errorString.clear();
    qCInfo(lcSandbox).noquote() << "The sandbox listens on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (!d->server || !d->server->isListening())
        return {};
    QHostAddress host = d->address;
    if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(d->server->serverPort());
    return url;
}

quint16 SandboxServer::port() const
{
    return d->server && d->server->isListening() ? d->server->serverPort() : 0;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

void SandboxServer::stop()
{
    if (d->server)
        d->server->close();
}

QList<Webhook> SandboxServer::registrations(const QString &bucket) const
{
    return d->api.state().list(bucket);
}

QString SandboxServer::secretOf(const QString &webhookId) const
{
    return d->api.state().secretOf(webhookId);
}

Registration SandboxServer::addRegistration(const QString &bucket, const QString &url, const QStringList &events)
{
    return d->api.state().add(bucket, url, events);
}

void SandboxServer::addSampleRegistrations(const QString &bucket)
{
    auto &state = d->api.state();
    state.add(bucket, QStringLiteral("https://example.com/vipps/webhooks"),
              {QStringLiteral("epayments.payment.created.v1"), QStringLiteral("epayments.payment.authorized.v1"),
               QStringLiteral("epayments.payment.captured.v1"), QStringLiteral("epayments.payment.cancelled.v1"),
               QStringLiteral("epayments.payment.refunded.v1")});
    state.add(bucket, QStringLiteral("https://shop.example.org/hooks/recurring?source=vipps"),
              {QStringLiteral("recurring.agreement-activated.v1"), QStringLiteral("recurring.agreement-stopped.v1"),
               QStringLiteral("recurring.charge-captured.v1"), QStringLiteral("recurring.charge-failed.v1")});
    state.add(bucket, QStringLiteral("https://donations.example.net/vipps/callbacks"),
              {QStringLiteral("donations.agreement.started.v1"), QStringLiteral("donations.agreement.stopped.v1")});
    state.add(bucket, QStringLiteral("https://example.com:8443/vipps/aborted"),
              {QStringLiteral("epayments.payment.aborted.v1"), QStringLiteral("epayments.payment.expired.v1")});
}

void SandboxServer::clearRegistrations()
{
    d->api.state().clear();
}

bool SandboxServer::saveState(const QString &fileName, QString *error) const
{
    return d->api.state().save(fileName, error);
}

bool SandboxServer::loadState(const QString &fileName, QString *error)
{
    return d->api.state().load(fileName, error);
}

void SandboxServer::injectFault(const Fault &fault)
{
    if (fault.count != 0)
        d->faults.append(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

int SandboxServer::tokenRequestCount() const
{
    return d->tokenRequests;
}

int SandboxServer::webhooksRequestCount() const
{
    return d->webhooksRequests;
}

QList<SandboxServer::RecordedRequest> SandboxServer::recordedRequests() const
{
    return d->recorded;
}

void SandboxServer::clearRecordedRequests()
{
    d->recorded.clear();
}

void SandboxServer::revokeTokens()
{
    d->api.revokeTokens();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QHttpServerRequest cannot be copied and does not outlive this call: keep what is needed.
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    for (const auto &[name, value] : request.headers())
        recorded.headers.insert(name.toLower(), value);
    recorded.body = request.body();
    d->record(recorded);

    const std::optional<Fault> fault = d->takeFault(recorded);
    std::optional<SandboxReply> reply; // none: drop the connection
    if (fault && fault->dropBeforeCommit) {
        // Nothing happens.
    } else if (fault && fault->status > 0) {
        if (fault->statusAfterCommit)
            d->api.handle(recorded);
        const auto endpoint = SandboxApi::endpointOf(recorded.path);
        if (fault->body.isEmpty()) {
            reply = SandboxApi::faultReply(endpoint, recorded.path, fault->status, fault->retryAfterSeconds);
        } else {
            const QByteArray defaultType = endpoint == SandboxApi::Endpoint::Token
                ? QByteArrayLiteral("application/json")
                : QByteArrayLiteral("application/problem+json");
            reply = SandboxReply{fault->status, fault->contentType.isEmpty() ? defaultType : fault->contentType,
                                 fault->body, {}};
        }
    } else {
        SandboxReply answer = d->api.handle(recorded);
        if (!fault || !fault->dropAfterCommit)
            reply = std::move(answer);
    }
    if (reply && fault) {
        if (!fault->retryAfterRaw.isEmpty())
            reply->headers.append({QByteArrayLiteral("Retry-After"), fault->retryAfterRaw});
        else if (fault->retryAfterSeconds >= 0)
            reply->headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
    }

    const bool close = recorded.headers.value(QByteArrayLiteral("connection")).toLower() == "close";
    QPointer<QTcpSocket> peer(socket);
    auto finish = [this, peer, method = recorded.method, path = recorded.path, reply, close] {
        int status = 0;
        if (!peer) {
            qCInfo(lcSandbox).noquote() << method << path << "-> the client went away";
        } else if (!reply) {
            qCInfo(lcSandbox).noquote() << method << path << "-> connection dropped (fault)";
            peer->abort();
        } else {
            status = reply->status;
            qCInfo(lcSandbox).noquote() << method << path << "->" << status;
            peer->write(reply->toHttp(close));
            if (close)
                peer->disconnectFromHost();
        }
        Q_EMIT requestHandled(method, path, status);
    };
    const int delayMs = fault ? qMax(0, fault->delayMs) : 0;
    // A drop waits for the event loop even without a delay: the socket must not go away while
    // QAbstractHttpServer is still reading from it.
    if (delayMs > 0 || !reply)
        QTimer::singleShot(delayMs, this, finish);
    else
        finish();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only a safety net.
    const QString path = request.url().path();
    socket->write(SandboxReply::problem(404, QStringLiteral("No resource matches the request URL."), path)
                      .toHttp(false));
    Q_EMIT requestHandled(methodName(request.method()), path, 404);
}
