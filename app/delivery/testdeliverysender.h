#pragma once

#include "core/deliverysignature.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// What a receiver answered to a test delivery. Any HTTP status is a result (a 500 or a 302 is
// what the user needs to see); only "no answer" is an error.
struct TestDeliveryResult
{
    int status = 0;       // the HTTP status the receiver answered
    qint64 elapsedMs = 0; // from sending to the complete answer
    QByteArray answer;    // the answer's body, at most TestDeliverySender::MaxAnswerBytes
    bool answerTruncated = false;
    QByteArray answerContentType;
    QString location;      // the Location header of a 3xx (not followed)
    QString eventType;     // empty for sendBody()
    QByteArray sentBody;   // the raw body bytes sent
    Delivery sentDelivery; // url, x-ms-date, x-ms-content-sha256, Authorization (a signature:
                           // show it if asked, never log it)

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isRedirect() const { return status >= 300 && status < 400; }
    // "200 in 85 ms", "302 (redirect to https://..., not followed) in 12 ms". Translated.
    QString summary() const;
    // The start of the answer as text, at most `maxCharacters` long; `cut` (when given) says
    // whether the answer went on beyond it (or beyond what was kept of it).
    QString answerStart(qsizetype maxCharacters, bool *cut = nullptr) const;
};

// Sends one signed test delivery: a POST exactly as Vipps MobilePay sends a webhook delivery
// (DeliverySignature::sign over the URL, the raw body and the current time, with the headers
// x-ms-date, x-ms-content-sha256, Authorization and Content-Type: application/json; Host comes
// from the URL), plus "X-Webhook-Console-Test: true".
//
// Every call is asynchronous and ends in exactly one callback (never before send() returns)
// carrying a TestDeliveryResult or an ApiError of kind Input (refused before sending: URL,
// secret, event type), Network, Tls (the QSslError texts; TLS errors are never ignored) or
// Timeout. The callback is tied to `context`: when the context is destroyed first, the request
// is aborted and the callback never runs (a null context means this sender).
//
// Policy: https URLs, or http only for loopback hosts (the sandbox and tests); the rest is
// NetworkAccessManager's (TLS 1.2 or newer with the system CAs plus the extra CAs, no redirects
// followed, the User-Agent); one deadline for the whole call (default 10 s, what Vipps MobilePay waits);
// HTTP/1.1; the answer is capped at 64 KiB; the POST is never sent twice (see OneShotBody), so a dropped
// connection is reported as an error with mayHaveReachedServer set.
class TestDeliverySender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestDeliverySender)

public:
    using Callback = std::function<void(const Result<TestDeliveryResult> &)>;
    // The request as it goes out (sentBody and sentDelivery filled in, no answer yet), called
    // synchronously just before it is sent: what was sent can be shown even when no answer comes.
    using SentCallback = std::function<void(const TestDeliveryResult &request)>;

    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    explicit TestDeliverySender(QObject *parent = nullptr);
    ~TestDeliverySender() override;

    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }

    // "85 ms", "10 s": a duration for people. Translated.
    static QString durationText(qint64 milliseconds);

    // Why `url` cannot receive a test delivery, or nothing when it can.
    static std::optional<QString> checkUrl(const QUrl &url);

    // Builds the sample payload of `eventType` for `msn` (SamplePayload::forEvent), signs it with
    // `secret` and POSTs it to `url`.
    void send(const QUrl &url, const QString &eventType, const QString &secret, const QString &msn,
              QObject *context, Callback callback, const SentCallback &sent = {});
    // Signs `body` with `secret` and POSTs it to `url`.
    void sendBody(const QUrl &url, const QByteArray &body, const QString &secret, QObject *context,
                  Callback callback);

    // Aborts every delivery in flight; their callbacks never run.
    void cancelAll();
    int pendingCount() const { return m_pending; }

private:
    struct Call;
    void post(const QUrl &url, const QByteArray &body, const QString &secret, const QString &eventType,
              QObject *context, Callback callback, const SentCallback &sent = {});
    void finish(const std::shared_ptr<Call> &call);
    void fail(QObject *context, const Callback &callback, const QString &detail);

    QList<std::weak_ptr<Call>> m_calls; // deliveries in flight
    int m_timeoutMs = DefaultTimeoutMs;
    int m_pending = 0;
};
