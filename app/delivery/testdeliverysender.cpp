#include "delivery/testdeliverysender.h"

#include "core/contextcallback.h"
#include "core/networkaccessmanager.h"
#include "core/oneshotbody.h"
#include "core/validation.h"
#include "delivery/deliverylogging.h"
#include "delivery/samplepayload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

// This file's messages, in the "TestDeliverySender" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestDeliverySender)
};

// Host and path only: a query may carry a token.
QString forLog(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

QString TestDeliveryResult::answerStart(qsizetype maxCharacters, bool *cut) const
{
    const QString text = QString::fromUtf8(answer.left(maxCharacters * 4)).left(maxCharacters);
    if (cut)
        *cut = answerTruncated || text.toUtf8().size() < answer.size();
    return text;
}

QString TestDeliveryResult::summary() const
{
    const QString time = TestDeliverySender::durationText(elapsedMs);
    if (isRedirect()) {
        return Tr::tr("%1 (a redirect to %2, not followed) in %3")
            .arg(QString::number(status), location.isEmpty() ? Tr::tr("nowhere") : location, time);
    }
    return Tr::tr("%1 in %2").arg(QString::number(status), time);
}

struct TestDeliverySender::Call
{
    ContextCallback<const Result<TestDeliveryResult> &> callback;
    QNetworkReply *reply = nullptr;
    QElapsedTimer clock;
    TestDeliveryResult result;
    bool timedOut = false;
    bool done = false;
};

TestDeliverySender::TestDeliverySender(QObject *parent) : QObject(parent) { }

TestDeliverySender::~TestDeliverySender()
{
    cancelAll();
}

void TestDeliverySender::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void TestDeliverySender::cancelAll()
{
    for (const std::weak_ptr<Call> &weak : std::exchange(m_calls, {})) {
        const auto call = weak.lock();
        if (!call || call->done)
            continue;
        call->done = true;
        QObject::disconnect(call->reply, nullptr, this, nullptr);
        call->reply->abort();
        call->reply->deleteLater();
    }
    m_pending = 0;
}

QString TestDeliverySender::durationText(qint64 milliseconds)
{
    if (milliseconds >= 1000 && milliseconds % 1000 == 0)
        return Tr::tr("%n s", "seconds", int(qMin<qint64>(milliseconds / 1000, INT_MAX)));
    return Tr::tr("%n ms", "milliseconds", int(qMin<qint64>(milliseconds, INT_MAX)));
}

std::optional<QString> TestDeliverySender::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Tr::tr("The URL is not a valid absolute URL with a host name.");
    if (!url.userInfo().isEmpty())
        return Tr::tr("The URL must not contain a user name or password.");
    if (url.hasFragment())
        return Tr::tr("The URL must not have a #fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && Validation::isLoopbackHost(url.host()))
        return std::nullopt;
    if (scheme == QLatin1String("http"))
        return Tr::tr(
            "Deliveries go to https URLs only (plain http only to this computer, for the sandbox).");
    return Tr::tr("The URL must start with https://.");
}

void TestDeliverySender::fail(QObject *context, const Callback &callback, const QString &detail)
{
    ApiError error = ApiError::input(detail);
    error.operation = Tr::tr("Sending a test delivery");
    bindToContext<Result<TestDeliveryResult>>(context ? context : this, callback).later(error);
}

void TestDeliverySender::send(const QUrl &url, const QString &eventType, const QString &secret,
                              const QString &msn, QObject *context, Callback callback,
                              const SentCallback &sent)
{
    if (const auto problem = Validation::checkEvents({eventType})) {
        fail(context, callback, *problem);
        return;
    }
    const QByteArray body = SamplePayload::forEvent(eventType, msn, QDateTime::currentDateTimeUtc());
    post(url, body, secret, eventType, context, std::move(callback), sent);
}

void TestDeliverySender::sendBody(const QUrl &url, const QByteArray &body, const QString &secret,
                                  QObject *context, Callback callback)
{
    post(url, body, secret, {}, context, std::move(callback));
}

void TestDeliverySender::post(const QUrl &url, const QByteArray &body, const QString &secret,
                              const QString &eventType, QObject *context, Callback callback,
                              const SentCallback &sent)
{
    if (auto problem = checkUrl(url)) {
        fail(context, callback, *problem);
        return;
    }
    if (secret.isEmpty()) {
        fail(context, callback, Tr::tr("A secret is needed to sign the delivery."));
        return;
    }

    auto call = std::make_shared<Call>();
    call->callback = bindToContext<Result<TestDeliveryResult>>(context ? context : this, std::move(callback));
    call->result.eventType = eventType;
    call->result.sentBody = body;
    call->result.sentDelivery = DeliverySignature::sign(url, body, secret, QDateTime::currentDateTimeUtc());
    if (sent)
        sent(call->result);

    // TLS, trusted authorities, redirects, User-Agent: NetworkAccessManager's policy.
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setRawHeader("x-ms-date", call->result.sentDelivery.date);
    request.setRawHeader("x-ms-content-sha256", call->result.sentDelivery.contentSha256);
    request.setRawHeader("Authorization", call->result.sentDelivery.authorization);
    // Like every real delivery: an opaque id of this delivery, fresh each time.
    request.setRawHeader(DeliverySignature::webhookIdHeader(), call->result.sentDelivery.webhookId);
    request.setRawHeader("X-Webhook-Console-Test", "true");

    qCInfo(lcDelivery).noquote() << "Test delivery"
                                 << (eventType.isEmpty() ? QStringLiteral("(body)") : eventType) << "to"
                                 << forLog(url);
    call->clock.start();
    auto *upload = new OneShotBody(body);
    QNetworkReply *reply = NetworkAccessManager::instance()->post(request, upload);
    upload->setParent(reply);
    call->reply = reply;
    ++m_pending;
    m_calls.removeIf([](const std::weak_ptr<Call> &weak) { return weak.expired(); });
    m_calls.append(call);

    connect(reply, &QNetworkReply::readyRead, this, [call] {
        const QByteArray chunk = call->reply->readAll();
        const qint64 room = MaxAnswerBytes - call->result.answer.size();
        call->result.answer += chunk.left(room);
        if (chunk.size() > room) {
            call->result.answerTruncated = true;
            call->reply->abort(); // the status is known; the rest is not needed
        }
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [call] {
        call->timedOut = true;
        call->reply->abort();
    });
    deadline->start(m_timeoutMs);
    if (call->callback.context() != this)
        connect(call->callback.context(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, call] { finish(call); });
}

void TestDeliverySender::finish(const std::shared_ptr<Call> &call)
{
    QNetworkReply *reply = call->reply;
    if (call->done)
        return;
    call->done = true;
    reply->deleteLater();
    --m_pending;
    TestDeliveryResult &result = call->result;
    result.elapsedMs = call->clock.elapsed();
    if (!call->callback.isLive())
        return; // the caller went away: no callback

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status > 0 && !call->timedOut) {
        if (!result.answerTruncated)
            result.answer += reply->readAll().left(MaxAnswerBytes - result.answer.size());
        result.answerContentType = reply->rawHeader("Content-Type");
        if (result.isRedirect())
            result.location = QString::fromUtf8(reply->rawHeader("Location")).left(2048);
        qCInfo(lcDelivery).noquote() << "Test delivery to" << forLog(result.sentDelivery.url) << "answered"
                                     << result.status << "in" << result.elapsedMs << "ms";
        call->callback(result);
        return;
    }

    ApiError error;
    error.operation = Tr::tr("Sending a test delivery");
    error.mayHaveReachedServer = true;
    // The deadline timer, or the transfer timeout that backs it up.
    if (call->timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Kind::Timeout;
        error.detail
            = Tr::tr("No answer within %1; Vipps MobilePay would count this delivery as failed and retry it.")
                  .arg(durationText(m_timeoutMs));
    } else if (const QStringList sslErrors = NetworkAccessManager::sslErrorTexts(reply);
               !sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ApiError::Kind::Tls; // reported, never ignored
        error.mayHaveReachedServer = false;
        error.detail
            = sslErrors.isEmpty() ? ApiError::networkErrorText(reply) : sslErrors.join(QStringLiteral("; "));
    } else if (reply->error() == QNetworkReply::ContentReSendError
               || reply->error() == QNetworkReply::RemoteHostClosedError) {
        error.kind = ApiError::Kind::Network;
        error.detail
            = Tr::tr("The connection closed before the receiver answered; the delivery was not sent again.");
    } else {
        error.kind = ApiError::Kind::Network;
        const auto e = reply->error();
        error.mayHaveReachedServer
            = !(e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError);
        error.detail = ApiError::networkErrorText(reply);
    }
    qCInfo(lcDelivery).noquote() << "Test delivery to" << forLog(result.sentDelivery.url)
                                 << "failed:" << ApiError::kindName(error.kind);
    call->callback(error);
}
