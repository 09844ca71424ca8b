#include "sandbox/sandboxserver.h"

#include "core/logging.h"
#include "delivery/testdeliverysender.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxfaults.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype kMaxRecordedRequests = 1000;

} // namespace

struct SandboxServer::Private
{
    SandboxApi api;
    SandboxFaults faults;
    QList<RecordedRequest> recorded;
    int tokenRequests = 0;
    int webhooksRequests = 0;
    QSslCertificate certificate;
    QSslKey key;
    QPointer<QTcpServer> server;
    QHostAddress address;
    QString errorString;
    TestDeliverySender *sender = nullptr;

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
    d->sender = new TestDeliverySender(this);
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

void SandboxServer::setPspId(const QString &pspId)
{
    d->api.setPspId(pspId);
}

QString SandboxServer::pspId() const
{
    return d->api.pspId();
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

Registration SandboxServer::addRegistration(const QString &bucket, const QString &url,
                                            const QStringList &events)
{
    return d->api.state().add(bucket, url, events);
}

void SandboxServer::addSampleRegistrations(const QString &bucket)
{
    d->api.state().addSamples(bucket);
}

void SandboxServer::clearRegistrations()
{
    d->api.state().clear();
}

bool SandboxServer::removeAsUnresponsive(const QString &bucket, const QString &id)
{
    return d->api.state().remove(bucket, id);
}

bool SandboxServer::saveState(const QString &fileName, QString *error) const
{
    return d->api.state().save(fileName, error);
}

bool SandboxServer::loadState(const QString &fileName, QString *error)
{
    return d->api.state().load(fileName, error);
}

void SandboxServer::setAllowLoopbackCallbacks(bool allow)
{
    d->api.state().setAllowLoopbackCallbacks(allow);
}

bool SandboxServer::allowsLoopbackCallbacks() const
{
    return d->api.state().allowsLoopbackCallbacks();
}

TestDeliverySender *SandboxServer::deliverySender() const
{
    return d->sender;
}

void SandboxServer::simulateEvent(const QString &eventType, const QString &bucket, QObject *context,
                                  SimulateCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    SandboxSimulation::deliver(
        d->sender, d->api.state(), eventType, bucket,
        [this](const SimulatedDelivery &delivery) { Q_EMIT deliverySimulated(delivery); },
        [guard, done](const QList<SimulatedDelivery> &deliveries) {
            if (guard && done)
                done(deliveries);
        });
}

void SandboxServer::injectFault(const Fault &fault)
{
    d->faults.add(fault);
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
    const RecordedRequest recorded = SandboxFaults::record(request);
    d->record(recorded);
    const std::optional<Fault> fault = d->faults.take(recorded);
    const std::optional<SandboxReply> reply = SandboxFaults::answer(fault, d->api, recorded);

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
    Q_EMIT requestHandled(SandboxFaults::methodName(request.method()), path, 404);
}
