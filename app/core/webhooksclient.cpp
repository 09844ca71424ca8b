#include "core/webhooksclient.h"

#include "core/apiparsers.h"
#include "core/logging.h"
#include "core/oneshotbody.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace {

// This file's messages, in the "WebhooksClient" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksClient)
};

const QByteArray WebhooksPath = QByteArrayLiteral("/webhooks/v1/webhooks");

} // namespace

struct WebhooksClient::Response
{
    int status = 0;
    QByteArray body;
};

struct WebhooksClient::Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    QString operation;
    QPointer<QObject> context;
    bool retryable = false; // list and delete: safe to send again
    int attempts = 0;
    bool tokenRefreshed = false;
    quint64 generation = 0;
    std::function<void(const Result<Response> &)> done;
};

WebhooksClient::WebhooksClient(ClientConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

WebhooksClient::~WebhooksClient()
{
    // Late answers must not reach callbacks while this object is being destroyed.
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

std::optional<QDateTime> WebhooksClient::tokenExpiresAt() const
{
    if (m_token && m_token->isUsableAt(QDateTime::currentDateTimeUtc(), 0))
        return m_token->expiresAt;
    return std::nullopt;
}

void WebhooksClient::cancelAll()
{
    ++m_generation;
    m_tokenWaiters.clear();
    m_tokenReply = nullptr;
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort(); // their finished handlers see the old generation and drop the answer
}

void WebhooksClient::addBusy(int delta)
{
    const bool wasBusy = m_inFlight > 0;
    m_inFlight += delta;
    if (wasBusy != (m_inFlight > 0))
        Q_EMIT busyChanged(m_inFlight > 0);
}

QNetworkRequest WebhooksClient::makeRequest(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(m_config.system.name + QLatin1Char('/') + m_config.system.version));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_config.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_config.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
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

ApiError WebhooksClient::transportError(QNetworkReply *reply, bool timedOut, bool tooLarge) const
{
    ApiError error;
    if (tooLarge) {
        error.kind = ApiError::Kind::Parse;
        error.detail
            = Tr::tr("The answer is larger than %1 MiB and was refused.").arg(MaxAnswerBytes / (1024 * 1024));
        return error;
    }
    if (timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.detail = Tr::tr("No answer within %n second(s).", nullptr, (m_config.timeoutMs + 999) / 1000);
        error.mayHaveReachedServer = true;
        return error;
    }
    const QStringList sslErrors = reply->property("wc_sslErrors").toStringList();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.detail = sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; "));
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
        error.detail = reply->errorString();
        return error;
    default:
        error.kind = sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
        error.detail = sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; "));
        error.mayHaveReachedServer = true;
        return error;
    }
}

void WebhooksClient::watchReply(QNetworkReply *reply)
{
    // TLS errors are recorded for the message and never ignored; an answer over the cap is cut off.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        reply->setProperty("wc_sslErrors", texts);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxAnswerBytes || total > MaxAnswerBytes) {
            reply->setProperty("wc_tooLarge", true);
            reply->abort();
        }
    });
}

void WebhooksClient::fetchToken(QObject *context, TokenCallback callback)
{
    if (const auto problem = checkConfig(m_config)) {
        ApiError error = ApiError::input(*problem);
        error.operation = Tr::tr("Getting an access token");
        QTimer::singleShot(0, context, [callback, error] { callback(error); });
        return;
    }
    QPointer<QObject> guard(context);
    withToken(context, [this, guard, callback](const Result<QByteArray> &result) {
        if (!guard)
            return;
        if (!result.ok())
            callback(result.error());
        else
            callback(*m_token);
    });
}

void WebhooksClient::withToken(QObject *context, TokenWaiter next)
{
    if (m_token && m_token->isUsableAt(QDateTime::currentDateTimeUtc(), 60)) {
        next(m_token->value);
        return;
    }
    m_tokenWaiters.append({QPointer<QObject>(context), std::move(next)});
    if (!m_tokenReply)
        startTokenRequest();
}

void WebhooksClient::startTokenRequest()
{
    QNetworkRequest request = makeRequest(QStringLiteral("/accesstoken/get"));
    // The client credentials go to the token endpoint and nowhere else.
    request.setRawHeader("client_id", m_config.credentials.clientId.toUtf8());
    request.setRawHeader("client_secret", m_config.credentials.clientSecret.toUtf8());
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    qCDebug(lcApi) << "POST" << request.url().toDisplayString() << "(access token)";

    QNetworkReply *reply = m_nam->post(request, QByteArray());
    m_tokenReply = reply;
    addBusy(+1);
    const quint64 generation = m_generation;
    watchReply(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        addBusy(-1);
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool tooLarge = reply->property("wc_tooLarge").toBool();
        ApiError error;
        if (status == 0 || tooLarge) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError && !tooLarge;
            error = transportError(reply, timedOut, tooLarge);
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
    m_tokenReply = nullptr;
    if (result.ok()) {
        m_token = result.value();
        Q_EMIT tokenChanged(m_token->expiresAt);
    }
    const auto waiters = std::exchange(m_tokenWaiters, {});
    const quint64 generation = m_generation;
    for (const auto &[context, next] : waiters) {
        if (generation != m_generation)
            return; // a callback cancelled everything
        if (!context)
            continue;
        if (result.ok())
            next(m_token->value);
        else
            next(result.error());
    }
}

void WebhooksClient::start(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    withToken(call->context, [this, call](const Result<QByteArray> &token) {
        if (!call->context || call->generation != m_generation)
            return;
        if (!token.ok()) {
            call->done(token.error());
            return;
        }
        send(call, token.value());
    });
}

void WebhooksClient::send(const std::shared_ptr<Call> &call, const QByteArray &token)
{
    QNetworkRequest request = makeRequest(call->path);
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
    if (call->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcApi) << call->method << request.url().toDisplayString() << "attempt" << call->attempts;

    QNetworkReply *reply = nullptr;
    if (call->method == "GET")
        reply = m_nam->get(request);
    else if (call->method == "POST") {
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->body, nullptr);
        reply = m_nam->post(request, body);
        body->setParent(reply);
    } else {
        // An empty body that cannot be rewound: the HTTP layer may not resend the DELETE by
        // itself, so a retry is this client's decision and a 404 after it is recognised.
        auto *body = new OneShotBody(QByteArray(), nullptr);
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_nam->sendCustomRequest(request, "DELETE", body);
        body->setParent(reply);
    }
    reply->setProperty("wc_token", token);
    addBusy(+1);
    watchReply(reply);
    if (call->context && call->context != this)
        connect(call->context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleReply(call, reply); });
}

void WebhooksClient::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    addBusy(-1);
    if (call->generation != m_generation || !call->context)
        return; // cancelled, or the caller went away: no callback

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge = reply->property("wc_tooLarge").toBool();
    if (status == 0 || tooLarge) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError && !tooLarge;
        ApiError error = transportError(reply, timedOut, tooLarge);
        error.operation = call->operation;
        error.attempts = call->attempts;
        qCInfo(lcApi) << call->method << call->path << "failed:" << ApiError::kindName(error.kind);
        if (!tooLarge && error.kind != ApiError::Kind::Tls && scheduleRetry(call, error))
            return;
        call->done(error);
        return;
    }

    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << call->method << call->path << "answered" << status;
    if (status >= 200 && status < 300) {
        call->done(Response{status, body});
        return;
    }
    if (status == 401 && !call->tokenRefreshed) {
        // The token may have expired or been revoked early: get a new one, try once more.
        call->tokenRefreshed = true;
        if (m_token && m_token->value == reply->property("wc_token").toByteArray())
            m_token.reset();
        --call->attempts;
        start(call);
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
    if (status == 429 || (status >= 500 && call->retryable)) {
        if (scheduleRetry(call, error))
            return;
    }
    call->done(error);
}

bool WebhooksClient::scheduleRetry(const std::shared_ptr<Call> &call, const ApiError &error)
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
    Q_EMIT waiting(call->operation, (delayMs + 999) / 1000);
    qCInfo(lcApi) << call->method << call->path << "retrying in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this, [this, call] {
        if (call->context && call->generation == m_generation)
            start(call);
    });
    return true;
}

std::shared_ptr<WebhooksClient::Call> WebhooksClient::newCall(const QByteArray &method, const QString &path,
                                                              const QString &operation, QObject *context,
                                                              bool retryable) const
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->operation = operation;
    call->context = context;
    call->retryable = retryable;
    call->generation = m_generation;
    return call;
}

void WebhooksClient::refuse(const std::shared_ptr<Call> &call, const QString &problem)
{
    // Refused before anything was sent; answered through the event loop like every other call.
    ApiError error = ApiError::input(problem);
    error.operation = call->operation;
    QTimer::singleShot(0, call->context ? call->context.data() : this, [call, error] { call->done(error); });
}

void WebhooksClient::listWebhooks(QObject *context, ListCallback callback)
{
    auto call = newCall("GET", QString::fromLatin1(WebhooksPath), Tr::tr("Listing webhooks"), context, true);
    call->done = [this, callback](const Result<Response> &response) {
        if (!response.ok()) {
            callback(response.error());
            return;
        }
        auto list = ApiParsers::parseWebhookList(response.value().body);
        if (!list.ok()) {
            ApiError error = list.error();
            error.operation = Tr::tr("Listing webhooks");
            error.httpStatus = response.value().status;
            callback(error);
            return;
        }
        for (const Webhook &webhook : list.value())
            m_knownIds.insert(webhook.id);
        callback(list);
    };
    if (const auto problem = checkConfig(m_config)) {
        refuse(call, *problem);
        return;
    }
    start(call);
}

void WebhooksClient::registerWebhook(const RegisterRequest &request, QObject *context,
                                     RegisterCallback callback)
{
    // retryable = false: a registration is never sent twice blindly.
    auto call
        = newCall("POST", QString::fromLatin1(WebhooksPath), Tr::tr("Registering a webhook"), context, false);
    call->body = request.toJson();
    call->done = [this, request, context, callback](const Result<Response> &response) {
        if (!response.ok()) {
            if (response.error().isAmbiguous())
                recoverRegistration(request, response.error(), context, callback);
            else
                callback(response.error());
            return;
        }
        auto registration = ApiParsers::parseRegistration(response.value().body);
        if (!registration.ok()) {
            ApiError error = registration.error();
            error.operation = Tr::tr("Registering a webhook");
            error.httpStatus = response.value().status;
            // The webhook may exist now, without its secret: find out.
            recoverRegistration(request, error, context, callback);
            return;
        }
        m_knownIds.insert(registration.value().id);
        callback(registration);
    };
    std::optional<QString> problem = checkConfig(m_config);
    if (!problem)
        problem = Validation::checkCallbackUrl(request.url);
    if (!problem)
        problem = Validation::checkEvents(request.events);
    if (problem) {
        refuse(call, *problem);
        return;
    }
    start(call);
}

void WebhooksClient::recoverRegistration(const RegisterRequest &request, const ApiError &failure,
                                         QObject *context, RegisterCallback callback)
{
    const QSet<QString> knownBefore = m_knownIds;
    const QSet<QString> wanted(request.events.cbegin(), request.events.cend());
    listWebhooks(
        context, [failure, knownBefore, wanted, request, callback](const Result<QList<Webhook>> &list) {
            ApiError error = failure;
            if (!list.ok()) {
                error.detail += QLatin1Char(' ')
                    + Tr::tr("Whether the webhook was registered could not be checked: %1")
                          .arg(list.error().summary());
                callback(error);
                return;
            }
            for (const Webhook &webhook : list.value()) {
                const QSet<QString> events(webhook.events.cbegin(), webhook.events.cend());
                if (webhook.url == request.url && events == wanted && !knownBefore.contains(webhook.id)) {
                    error.unconfirmedWebhookId = webhook.id;
                    error.detail
                        = Tr::tr("The webhook was registered (id %1), but its secret was not received. "
                                 "Delete it and register again to get a secret.")
                              .arg(webhook.id);
                    break;
                }
            }
            callback(error);
        });
}

void WebhooksClient::deleteWebhook(const QString &id, QObject *context, DeleteCallback callback)
{
    auto call = newCall("DELETE", QString::fromLatin1(WebhooksPath) + QLatin1Char('/') + id,
                        Tr::tr("Deleting webhook %1").arg(id.left(64)), context, true);
    call->done = [callback, weakCall = std::weak_ptr<Call>(call)](const Result<Response> &response) {
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
    };
    std::optional<QString> problem = checkConfig(m_config);
    if (!problem && !Validation::isUuid(id))
        problem = Tr::tr("\"%1\" is not a webhook id (a UUID).").arg(id.left(64));
    if (problem) {
        refuse(call, *problem);
        return;
    }
    start(call);
}
