#include "core/webhooksclient.h"

#include "core/apiparsers.h"
#include "core/contextcallback.h"
#include "core/logging.h"
#include "core/networkaccessmanager.h"
#include "core/oneshotbody.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// This file's messages, in the "WebhooksClient" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksClient)
};

const QByteArray WebhooksPath = QByteArrayLiteral("/webhooks/v1/webhooks");

int wholeSeconds(qint64 milliseconds)
{
    return int(qMax<qint64>(1, (milliseconds + 999) / 1000));
}

} // namespace

struct WebhooksClient::Response
{
    int status = 0;
    QByteArray body;
};

// One operation, from its first token wait to its one completion.
struct WebhooksClient::Call
{
    QByteArray method; // empty: only a token is wanted (fetchToken)
    QString path;
    QByteArray body;
    QString operation;
    bool retryable = false; // list and delete: safe to send again
    int attempts = 0;
    bool tokenRefreshed = false;
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    QObject *guard = nullptr;       // owns the call's timers; null once the call has ended
    QNetworkReply *reply = nullptr; // the attempt in flight
    ContextCallback<const Result<Response> &> done;

    bool ended() const { return !guard; }
};

WebhooksClient::WebhooksClient(ClientConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{ }

WebhooksClient::~WebhooksClient()
{
    // Late answers must not reach callbacks while this object is being destroyed.
    const QSignalBlocker blocker(this);
    cancelAll();
}

std::optional<QDateTime> WebhooksClient::tokenExpiresAt() const
{
    if (m_token && m_token->isUsableAt(QDateTime::currentDateTimeUtc(), 0))
        return m_token->expiresAt;
    return std::nullopt;
}

void WebhooksClient::addBusy(int delta)
{
    const bool wasBusy = m_inFlight > 0;
    m_inFlight += delta;
    if (wasBusy != (m_inFlight > 0))
        Q_EMIT busyChanged(m_inFlight > 0);
}

void WebhooksClient::release(QNetworkReply *reply)
{
    reply->abort();
    reply->deleteLater();
    addBusy(-1);
}

void WebhooksClient::cancelAll()
{
    for (const std::weak_ptr<Call> &weak : std::exchange(m_calls, {})) {
        if (const auto call = weak.lock())
            stop(call); // no completion: the caller asked for none
    }
    m_tokenWaiters.clear();
    if (QNetworkReply *reply = std::exchange(m_tokenReply, nullptr)) {
        QObject::disconnect(reply, nullptr, this, nullptr);
        release(reply);
    }
}

QNetworkRequest WebhooksClient::makeRequest(const QString &path, int timeoutMs) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);

    // TLS, the User-Agent, redirects and the answer cap: NetworkAccessManager's policy.
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Ocp-Apim-Subscription-Key", m_config.credentials.subscriptionKey.toUtf8());
    if (!m_config.msn.isEmpty())
        request.setRawHeader("Merchant-Serial-Number", m_config.msn.toUtf8());
    const std::pair<const char *, QString> systemHeaders[] = {
        {"Vipps-System-Name", m_config.system.name},
        {"Vipps-System-Version", m_config.system.version},
        {"Vipps-System-Plugin-Name", m_config.system.pluginName},
        {"Vipps-System-Plugin-Version", m_config.system.pluginVersion},
    };
    for (const auto &[name, value] : systemHeaders) {
        if (!value.isEmpty())
            request.setRawHeader(name, value.toUtf8());
    }
    return request;
}

namespace {

// Everything that goes into a request is checked before anything is sent.
std::optional<QString> checkConfig(const ClientConfig &config)
{
    if (auto problem = Validation::checkBaseUrl(config.baseUrl))
        return problem;
    if (auto problem = Validation::checkMsn(config.msn))
        return problem;
    if (auto problem = Validation::checkPspId(config.pspId))
        return problem;
    const QString values[]
        = {config.system.name, config.system.version, config.system.pluginName, config.system.pluginVersion};
    for (const QString &value : values) {
        if (auto problem = Validation::checkSystemValue(value))
            return Tr::tr("Vipps-System header \"%1\": %2").arg(value.left(40), *problem);
    }
    if (!config.credentials.isComplete())
        return Tr::tr("The client_id, client_secret and subscription key are all required.");
    const QString keys[]
        = {config.credentials.clientId, config.credentials.clientSecret, config.credentials.subscriptionKey};
    for (const QString &key : keys) {
        for (const QChar c : key) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return Tr::tr("The API keys contain characters that cannot be sent in an HTTP header.");
        }
    }
    return std::nullopt;
}

} // namespace

ApiError WebhooksClient::transportError(QNetworkReply *reply) const
{
    ApiError error;
    if (NetworkAccessManager::answerTooLarge(reply)) {
        error.kind = ApiError::Kind::Parse;
        error.detail = Tr::tr("The answer is larger than %1 MiB and was refused.")
                           .arg(NetworkAccessManager::DefaultMaxAnswerBytes / (1024 * 1024));
        return error;
    }
    const QStringList sslErrors = NetworkAccessManager::sslErrorTexts(reply);
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // The transfer timeout of a request is what is left of the call's deadline.
        error.kind = ApiError::Kind::Timeout;
        error.detail = Tr::tr("The deadline of %n second(s) passed before the API answered.", nullptr,
                              wholeSeconds(m_config.timeoutMs));
        error.mayHaveReachedServer = true;
        return error;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.detail
            = sslErrors.isEmpty() ? ApiError::networkErrorText(reply) : sslErrors.join(QStringLiteral("; "));
        return error;
    case QNetworkReply::ContentReSendError:
        // The connection closed before an answer came (see OneShotBody): the request may have
        // been processed.
        error.kind = ApiError::Kind::Network;
        error.detail = Tr::tr("The connection closed before the API answered.");
        error.mayHaveReachedServer = true;
        return error;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.detail = ApiError::networkErrorText(reply);
        return error;
    default:
        error.kind = sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
        error.detail
            = sslErrors.isEmpty() ? ApiError::networkErrorText(reply) : sslErrors.join(QStringLiteral("; "));
        error.mayHaveReachedServer = true;
        return error;
    }
}

std::shared_ptr<WebhooksClient::Call>
WebhooksClient::newCall(const QByteArray &method, const QString &path, const QString &operation,
                        QObject *context, std::function<void(const Result<Response> &)> done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->operation = operation;
    call->done = ContextCallback<const Result<Response> &>(context ? context : this, std::move(done));
    return call;
}

void WebhooksClient::begin(const std::shared_ptr<Call> &call, const std::optional<QString> &problem)
{
    if (problem) {
        // Refused before anything was sent; answered through the event loop like every other call.
        ApiError error = ApiError::input(*problem);
        error.operation = call->operation;
        call->done.later(error);
        return;
    }
    call->guard = new QObject(this);
    m_calls.removeIf([](const std::weak_ptr<Call> &weak) { return weak.expired(); });
    m_calls.append(call);
    if (QObject *context = call->done.context(); context != this) {
        // The caller went away: abort, and no completion.
        connect(context, &QObject::destroyed, call->guard, [this, call] { stop(call); });
    }
    if (m_config.timeoutMs > 0) {
        call->deadline = QDeadlineTimer(m_config.timeoutMs);
        auto *timer = new QTimer(call->guard);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, call->guard, [this, call] { deadlinePassed(call); });
        timer->start(m_config.timeoutMs);
    }
    withToken(call);
}

bool WebhooksClient::stop(const std::shared_ptr<Call> &call)
{
    if (call->ended())
        return false;
    QObject *guard = std::exchange(call->guard, nullptr);
    if (QNetworkReply *reply = std::exchange(call->reply, nullptr)) {
        QObject::disconnect(reply, nullptr, guard, nullptr);
        release(reply);
    }
    guard->deleteLater(); // its timers and connections go with it
    return true;
}

void WebhooksClient::end(const std::shared_ptr<Call> &call, const Result<Response> &result)
{
    if (stop(call))
        call->done(result);
}

void WebhooksClient::deadlinePassed(const std::shared_ptr<Call> &call)
{
    if (call->ended())
        return;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.operation = call->operation;
    error.attempts = qMax(1, call->attempts);
    error.mayHaveReachedServer = call->reply != nullptr;
    error.detail = Tr::tr("The deadline of %n second(s) passed before the API answered.", nullptr,
                          wholeSeconds(m_config.timeoutMs));
    qCInfo(lcApi) << call->method << call->path << "deadline passed after" << call->attempts << "attempt(s)";
    end(call, error);
}

void WebhooksClient::withToken(const std::shared_ptr<Call> &call)
{
    if (m_token && m_token->isUsableAt(QDateTime::currentDateTimeUtc(), 60)) {
        proceed(call, m_token->value);
        return;
    }
    m_tokenWaiters.append(call);
    if (!m_tokenReply)
        startTokenRequest();
}

void WebhooksClient::proceed(const std::shared_ptr<Call> &call, const QByteArray &token)
{
    if (call->method.isEmpty())
        end(call, Response{200, {}}); // fetchToken: the token is all that was asked for
    else
        send(call, token);
}

void WebhooksClient::startTokenRequest()
{
    // The calls waiting for it keep their own deadlines; the token request may take all of one.
    QNetworkRequest request = makeRequest(QStringLiteral("/accesstoken/get"), m_config.timeoutMs);
    // The client credentials go to the token endpoint and nowhere else.
    request.setRawHeader("client_id", m_config.credentials.clientId.toUtf8());
    request.setRawHeader("client_secret", m_config.credentials.clientSecret.toUtf8());
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    qCDebug(lcApi) << "POST" << request.url().toDisplayString() << "(access token)";
    QNetworkReply *reply = NetworkAccessManager::instance()->post(request, QByteArray());
    m_tokenReply = reply;
    addBusy(+1);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_tokenReply = nullptr;
        reply->deleteLater();
        addBusy(-1);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ApiError error;
        if (status == 0 || NetworkAccessManager::answerTooLarge(reply)) {
            error = transportError(reply);
        } else {
            const QByteArray body = reply->readAll();
            if (status == 200) {
                auto token = ApiParsers::parseAccessToken(body, QDateTime::currentDateTimeUtc());
                if (token.ok()) {
                    finishTokenRequest(token);
                    return;
                }
                error = token.error();
                error.httpStatus = status;
            } else {
                error = ApiError::fromHttpResponse(status, body);
                if (status == 400 || status == 401 || status == 403)
                    error.kind = ApiError::Kind::Authentication;
                error.retryAfterSeconds = ApiParsers::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                      QDateTime::currentDateTimeUtc());
            }
        }
        error.operation = Tr::tr("Getting an access token");
        qCInfo(lcApi) << "Access token request failed:" << ApiError::kindName(error.kind) << error.httpStatus;
        finishTokenRequest(error);
    });
}

void WebhooksClient::finishTokenRequest(const Result<AccessToken> &result)
{
    if (result.ok()) {
        m_token = result.value();
        Q_EMIT tokenChanged(m_token->expiresAt);
    }
    // A waiter's completion may cancel everything: each one is checked as it comes.
    for (const std::shared_ptr<Call> &call : std::exchange(m_tokenWaiters, {})) {
        if (call->ended())
            continue;
        if (result.ok())
            proceed(call, m_token->value);
        else
            end(call, result.error());
    }
}

void WebhooksClient::send(const std::shared_ptr<Call> &call, const QByteArray &token)
{
    ++call->attempts;
    const qint64 left = call->deadline.remainingTime(); // -1: no deadline
    QNetworkRequest request = makeRequest(
        call->path, left < 0 ? NetworkAccessManager::DefaultTransferTimeoutMs : int(qMax<qint64>(1, left)));
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
    // A PSP names itself on every webhooks call (reference section 7), never on the token call.
    if (!m_config.pspId.isEmpty())
        request.setRawHeader("Psp-Id", m_config.pspId.toUtf8());
    if (call->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcApi) << call->method << request.url().toDisplayString() << "attempt" << call->attempts;

    NetworkAccessManager *nam = NetworkAccessManager::instance();
    QNetworkReply *reply = nullptr;
    if (call->method == "GET") {
        reply = nam->get(request);
    } else {
        // A body that cannot be rewound (empty for DELETE): the HTTP layer may not resend the
        // request by itself, so a retry is this client's decision and a 404 after it is recognised.
        auto *body = new OneShotBody(call->body, nullptr);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = call->method == "POST" ? nam->post(request, body)
                                       : nam->sendCustomRequest(request, call->method, body);
        body->setParent(reply);
    }
    reply->setProperty("wc_token", token);
    call->reply = reply;
    addBusy(+1);
    connect(reply, &QNetworkReply::finished, call->guard, [this, call, reply] { handleReply(call, reply); });
}

void WebhooksClient::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    if (call->reply != reply)
        return;
    call->reply = nullptr;
    reply->deleteLater();
    addBusy(-1);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge = NetworkAccessManager::answerTooLarge(reply);
    if (status == 0 || tooLarge) {
        ApiError error = transportError(reply);
        error.operation = call->operation;
        error.attempts = call->attempts;
        qCInfo(lcApi) << call->method << call->path << "failed:" << ApiError::kindName(error.kind);
        if (!tooLarge && error.kind != ApiError::Kind::Tls && error.kind != ApiError::Kind::Timeout
            && scheduleRetry(call, error))
            return;
        end(call, error);
        return;
    }

    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << call->method << call->path << "answered" << status;
    if (status >= 200 && status < 300) {
        end(call, Response{status, body});
        return;
    }
    if (status == 401 && !call->tokenRefreshed) {
        // The token may have expired or been revoked early: get a new one, try once more.
        call->tokenRefreshed = true;
        if (m_token && m_token->value == reply->property("wc_token").toByteArray())
            m_token.reset();
        --call->attempts;
        withToken(call);
        return;
    }

    ApiError error = ApiError::fromHttpResponse(status, body);
    error.operation = call->operation;
    error.attempts = call->attempts;
    error.retryAfterSeconds
        = ApiParsers::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::Http;
        error.detail = Tr::tr("The API answered with a redirect to %1, which is not followed.")
                           .arg(QString::fromUtf8(reply->rawHeader("Location")).left(200));
    }
    if (status == 401)
        error.detail = error.detail.isEmpty() ? Tr::tr("The access token was refused twice.") : error.detail;
    if ((status == 429 || (status >= 500 && call->retryable)) && scheduleRetry(call, error))
        return;
    end(call, error);
}

bool WebhooksClient::scheduleRetry(const std::shared_ptr<Call> &call, ApiError &error)
{
    const bool rateLimited = error.httpStatus == 429;
    if (!rateLimited && !call->retryable)
        return false;
    if (call->attempts >= MaxAttempts)
        return false;
    int delayMs = 0;
    if (rateLimited && error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > m_maxRetryAfterSeconds)
            return false;
        delayMs = error.retryAfterSeconds * 1000;
    } else {
        // Exponential back-off with full jitter on the upper half.
        const int base = m_retryBaseDelayMs << (call->attempts - 1);
        delayMs = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    }
    // A retry happens only while the deadline leaves time for the wait and an attempt.
    const qint64 left = call->deadline.remainingTime();
    if (left >= 0 && delayMs >= left) {
        error.detail += QLatin1Char(' ')
            + Tr::tr("The deadline of %n second(s) left no time to try again.", nullptr,
                     wholeSeconds(m_config.timeoutMs));
        return false;
    }
    Q_EMIT waiting(call->operation, (delayMs + 999) / 1000);
    qCInfo(lcApi) << call->method << call->path << "retrying in" << delayMs << "ms";
    // A precise timer: a coarse one may fire up to 5 % early, before Retry-After has passed.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, call->guard, [this, call] {
        if (!call->ended())
            withToken(call);
    });
    return true;
}

void WebhooksClient::fetchToken(QObject *context, TokenCallback callback)
{
    auto call = newCall({}, {}, Tr::tr("Getting an access token"), context,
                        [this, callback](const Result<Response> &response) {
                            if (!response.ok())
                                callback(response.error());
                            else if (m_token)
                                callback(*m_token);
                        });
    begin(call, checkConfig(m_config));
}

void WebhooksClient::listWebhooks(QObject *context, ListCallback callback)
{
    const QString operation = Tr::tr("Listing webhooks");
    auto call = newCall("GET", QString::fromLatin1(WebhooksPath), operation, context,
                        [callback, operation](const Result<Response> &response) {
                            if (!response.ok()) {
                                callback(response.error());
                                return;
                            }
                            auto list = ApiParsers::parseWebhookList(response.value().body);
                            if (!list.ok()) {
                                ApiError error = list.error();
                                error.operation = operation;
                                error.httpStatus = response.value().status;
                                callback(error);
                                return;
                            }
                            callback(list);
                        });
    call->retryable = true;
    begin(call, checkConfig(m_config));
}

void WebhooksClient::registerWebhook(const RegisterRequest &request, QObject *context,
                                     RegisterCallback callback)
{
    const QString operation = Tr::tr("Registering a webhook");
    QObject *owner = context ? context : this; // alive whenever the completion runs
    // Not retryable: a registration is never sent twice. Whether an ambiguous failure took effect
    // is found out by the caller (WebhookOperations), which knows the ids from before the attempt.
    auto call = newCall("POST", QString::fromLatin1(WebhooksPath), operation, owner,
                        [callback, operation](const Result<Response> &response) {
                            if (!response.ok()) {
                                callback(response.error());
                                return;
                            }
                            auto registration = ApiParsers::parseRegistration(response.value().body);
                            if (!registration.ok()) {
                                ApiError error = registration.error();
                                error.operation = operation;
                                // A 2xx: the webhook may exist now, without its secret.
                                error.httpStatus = response.value().status;
                                callback(error);
                                return;
                            }
                            callback(registration);
                        });
    call->body = request.toJson();
    std::optional<QString> problem = checkConfig(m_config);
    if (!problem)
        problem = Validation::checkCallbackUrl(request.url);
    if (!problem)
        problem = Validation::checkEvents(request.events);
    begin(call, problem);
}

void WebhooksClient::deleteWebhook(const QString &id, QObject *context, DeleteCallback callback)
{
    auto call = newCall("DELETE", QString::fromLatin1(WebhooksPath) + QLatin1Char('/') + id,
                        Tr::tr("Deleting webhook %1").arg(id.left(64)), context, {});
    call->retryable = true;
    call->done = ContextCallback<const Result<Response> &>(
        call->done.context(),
        [callback, weakCall = std::weak_ptr<Call>(call)](const Result<Response> &response) {
            if (response.ok()) {
                callback(Done{});
                return;
            }
            // A 404 after an earlier attempt may have gone through: the webhook is gone either way.
            const auto current = weakCall.lock();
            if (response.error().httpStatus == 404 && current && current->attempts > 1) {
                callback(Done{});
                return;
            }
            callback(response.error());
        });
    std::optional<QString> problem = checkConfig(m_config);
    if (!problem && !Validation::isUuid(id))
        problem = Tr::tr("\"%1\" is not a webhook id (a UUID).").arg(id.left(64));
    begin(call, problem);
}
