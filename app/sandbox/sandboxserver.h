#pragma once

#include "core/webhook.h"
#include "sandbox/sandboxsimulation.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class TestDeliverySender;

// An embedded stand-in for the Vipps MobilePay Access Token and Webhooks APIs, faithful to
// ../shared/reference/vipps-api.md: the required headers, the credentials it was started with,
// bearer tokens that expire, the register body of exactly url and events, https URLs, known
// event types, the limits per event type and bucket, 404 for unknown ids, and the error shapes
// (RFC 7807 on webhooks; the gateway's and Azure AD's on the token endpoint).
//
// It also delivers: simulateEvent() posts a signed delivery of an event to every registration
// that has it, as Vipps MobilePay would, so the whole loop (register, store the secret, receive,
// verify) can be rehearsed offline.
//
// Used by the tests, by `webhook-console-cli sandbox`, and by the window's Sandbox environment.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    struct Keys
    {
        QString clientId;
        QString clientSecret;
        QString subscriptionKey;
    };

    // A fault to answer instead of (or around) the normal behaviour, for the next `count`
    // matching calls. `method`/`pathPrefix` empty match every call. Faults are tried in the
    // order they were injected; the first that matches is used (and counted down) for a call.
    // The request is still recorded and counted. Precedence: dropBeforeCommit, then status,
    // then dropAfterCommit. The work (a commit) happens when the request arrives; `delayMs`
    // only postpones the answer (or the drop). Note: QNetworkAccessManager (Qt 6.4) silently
    // sends a request again, POST included, when the connection closes without an answer; a
    // drop reaches the caller only with count < 0 (or >= 2).
    struct Fault
    {
        QByteArray method;              // "GET", "POST", "DELETE"; empty: any
        QString pathPrefix;             // "/accesstoken/get", "/webhooks/v1/webhooks"; empty: any
        int count = 1;                  // < 0: every matching call until clearFaults()
        int status = 0;                 // answer this status instead (0: behave normally); nothing is done
        QByteArray body;                // the body to send with `status` (empty: a fitting error body)
        QByteArray contentType;         // default application/problem+json (application/json for token)
        int retryAfterSeconds = -1;     // a Retry-After header when >= 0
        QByteArray retryAfterRaw;       // a raw Retry-After value (an HTTP date), when not empty
        int delayMs = 0;                // wait this long before answering
        bool dropAfterCommit = false;   // do the work (e.g. commit the registration), then close
                                        // the connection without answering
        bool dropBeforeCommit = false;  // close the connection without doing anything
        bool statusAfterCommit = false; // with `status`: do the work first, then answer `status`
                                        // anyway (an ambiguous 5xx)
    };

    // Every request as received, for tests of the header rules. Kept in memory only.
    struct RecordedRequest
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        qint64 receivedAtMs = 0; // a monotonic clock (QDeadlineTimer::current()), for intervals
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // The bucket of calls without Merchant-Serial-Number (partner keys): "partner".
    static QString partnerBucket();

    // The keys the sandbox accepts. The defaults are fixed, well-known sandbox keys that are
    // not secret (the window's "Try the sandbox" uses them).
    static Keys defaultKeys();
    void setKeys(const Keys &keys);
    Keys keys() const;
    void setTokenLifetimeSeconds(int seconds); // default 3600, like the test environment
    // Makes the keys a PSP's key set (reference section 7): every webhooks call made with them
    // must carry `Psp-Id: pspId`; one without it, or with another id, is refused in the API's
    // error shape. Empty (the default): the keys are a merchant's or a partner's.
    void setPspId(const QString &pspId);
    QString pspId() const;

    // HTTPS when called before start().
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const;

    // Listens on `address` (default 127.0.0.1), an ephemeral port unless `port` is given.
    // Returns false (and sets errorString()) when the port cannot be bound.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:43817; empty before start()
    quint16 port() const; // 0 before start()
    QString errorString() const;
    // Stops listening (connections already open are served to the end).
    void stop();

    // Registrations, per bucket: an MSN, or "partner" for calls without Merchant-Serial-Number.
    QList<Webhook> registrations(const QString &bucket) const;
    QString secretOf(const QString &webhookId) const; // for tests and the simulated deliveries
    // Adds a registration directly (sample data), returning it with a new id and secret.
    Registration addRegistration(const QString &bucket, const QString &url, const QStringList &events);
    // A few plausible sample registrations in `bucket`.
    void addSampleRegistrations(const QString &bucket);
    void clearRegistrations();
    // Removes a registration the way Vipps MobilePay does when its endpoint failed for two weeks:
    // silently, without any call from the console. False when `bucket` has no registration `id`.
    bool removeAsUnresponsive(const QString &bucket, const QString &id);
    bool saveState(const QString &fileName, QString *error = nullptr) const;
    bool loadState(const QString &fileName, QString *error = nullptr);

    // Accept plain-http loopback callback URLs (http://127.0.0.1:8000/hooks) in register bodies,
    // so a local receiver without TLS can get simulated deliveries. Off by default: the real API
    // refuses them (and WebhooksClient refuses to send them; register such URLs with a raw call
    // or addRegistration()).
    void setAllowLoopbackCallbacks(bool allow);
    bool allowsLoopbackCallbacks() const;

    // The sender of simulated deliveries (owned by the sandbox): set its timeout (default 10 s)
    // and the extra CAs a local HTTPS receiver needs.
    TestDeliverySender *deliverySender() const;
    using SimulateCallback = std::function<void(const QList<SimulatedDelivery> &)>;
    // Posts one signed delivery of `eventType` (SamplePayload, marked simulated) to every
    // registration in `bucket` (an MSN, or partnerBucket()) that has the event type, each signed
    // with that registration's secret. `done` runs once with one entry per registration (status
    // or error), in registration order, tied to `context`; an empty list when none has the event.
    // deliverySimulated() is emitted as each delivery ends, whatever became of `context`.
    void simulateEvent(const QString &eventType, const QString &bucket, QObject *context,
                       SimulateCallback done);

    void injectFault(const Fault &fault);
    void clearFaults();

    // Every request to /accesstoken/get, and to /webhooks/v1/webhooks..., whatever the answer.
    int tokenRequestCount() const;
    int webhooksRequestCount() const;
    // The most recent requests (at most 1000), oldest first.
    QList<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();
    // Makes every token issued so far invalid (the next webhooks call gets 401).
    void revokeTokens();

Q_SIGNALS:
    // Emitted when the answer has been written; `status` is 0 when the connection was dropped.
    void requestHandled(const QByteArray &method, const QString &path, int status);
    // A simulated delivery ended (answered, or failed: see SimulatedDelivery).
    void deliverySimulated(const SimulatedDelivery &delivery);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
