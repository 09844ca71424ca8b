#include "sandbox/sandboxapi.h"

#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

const QLatin1String kTokenPath("/accesstoken/get");
const QLatin1String kWebhooksPath("/webhooks/v1/webhooks");
const QLatin1String kPartnerBucket("partner");
// Azure AD's resource id in every real token answer.
const QLatin1String kResource("00000002-0000-0000-c000-000000000000");

QString header(const SandboxApi::Request &request, const char *name)
{
    return QString::fromUtf8(request.headers.value(QByteArray(name)));
}

bool hasHeader(const SandboxApi::Request &request, const char *name)
{
    return request.headers.contains(QByteArray(name));
}

// The instance of an RFC 7807 answer: the path behind the gateway's "/webhooks" prefix.
QString instanceOf(const QString &path)
{
    return path.startsWith(QLatin1String("/webhooks/")) ? path.mid(9) : path;
}

SandboxReply methodNotAllowed(const QString &path, const QByteArray &allow)
{
    SandboxReply reply = SandboxReply::problem(
        405, QStringLiteral("The method is not allowed for this resource."), instanceOf(path));
    reply.headers.append({QByteArrayLiteral("Allow"), allow});
    return reply;
}

SandboxReply unauthorizedToken()
{
    return SandboxReply::gateway(401, QStringLiteral("Unauthorized. Access token is missing or invalid."));
}

} // namespace

SandboxApi::Endpoint SandboxApi::endpointOf(const QString &path)
{
    if (path == kTokenPath)
        return Endpoint::Token;
    if (path == kWebhooksPath || path.startsWith(kWebhooksPath + QLatin1Char('/')))
        return Endpoint::Webhooks;
    return Endpoint::Other;
}

SandboxReply SandboxApi::handle(const Request &request)
{
    switch (endpointOf(request.path)) {
    case Endpoint::Token:
        if (request.method != "POST")
            return methodNotAllowed(request.path, QByteArrayLiteral("POST"));
        return token(request);
    case Endpoint::Webhooks: return webhooks(request);
    case Endpoint::Other: break;
    }
    return SandboxReply::problem(404, QStringLiteral("No resource matches the request URL."), request.path);
}

SandboxReply SandboxApi::faultReply(Endpoint endpoint, const QString &path, int status, int retryAfterSeconds)
{
    if (status == 429) {
        return SandboxReply::gateway(429,
                                     QStringLiteral("Rate limit is exceeded. Try again in %1 seconds.")
                                         .arg(qMax(1, retryAfterSeconds)));
    }
    if (status == 401)
        return unauthorizedToken();
    if (status == 403) {
        return SandboxReply::gateway(
            403, QStringLiteral("Forbidden. The keys are not authorised for this sales unit or product."));
    }
    if (status < 400)
        return SandboxReply{status, {}, {}, {}};
    if (endpoint != Endpoint::Webhooks)
        return SandboxReply::gateway(status, QString::fromLatin1(SandboxReply::reasonPhrase(status)));
    QString detail = QStringLiteral("The request could not be processed.");
    if (status == 500)
        detail = QStringLiteral("An unexpected error occurred. Try again later.");
    else if (status == 503)
        detail = QStringLiteral("The service is temporarily unavailable. Try again later.");
    return SandboxReply::problem(status, detail, instanceOf(path));
}

std::optional<SandboxReply> SandboxApi::checkSubscriptionKey(const Request &request) const
{
    if (!hasHeader(request, "ocp-apim-subscription-key")) {
        return SandboxReply::gateway(
            401,
            QStringLiteral("Access denied due to missing subscription key. Make sure "
                           "to include subscription key when making requests to an "
                           "API."));
    }
    if (header(request, "ocp-apim-subscription-key") != m_keys.subscriptionKey) {
        return SandboxReply::gateway(
            401,
            QStringLiteral("Access denied due to invalid subscription key. Make sure "
                           "to provide a valid key for an active subscription."));
    }
    return std::nullopt;
}

SandboxReply SandboxApi::token(const Request &request)
{
    if (auto refused = checkSubscriptionKey(request))
        return *refused;
    // An empty Merchant-Serial-Number counts as absent (the official SDK sends one when no MSN
    // is configured).
    if (!header(request, "merchant-serial-number").isEmpty()) {
        const QString msn = header(request, "merchant-serial-number");
        if (Validation::checkMsn(msn))
            return SandboxReply::gateway(
                400, QStringLiteral("Invalid Merchant-Serial-Number: 4 to 7 digits expected."));
    }
    const QString clientId = header(request, "client_id");
    if (clientId.isEmpty()) {
        return SandboxReply::azureAd(400, QStringLiteral("invalid_request"), 900144,
                                     QStringLiteral("The request body must contain the following parameter: "
                                                    "'client_id'."));
    }
    if (clientId.compare(m_keys.clientId, Qt::CaseInsensitive) != 0) {
        return SandboxReply::azureAd(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral(
                "Application with identifier '%1' was not found in the directory 'Vipps MobilePay "
                "Sandbox'. This can happen if the application has not been installed by the "
                "administrator of the tenant or consented to by any user in the tenant. You may have "
                "sent your authentication request to the wrong tenant.")
                .arg(clientId.left(100)));
    }
    const QString clientSecret = header(request, "client_secret");
    if (clientSecret.isEmpty()) {
        return SandboxReply::azureAd(401, QStringLiteral("invalid_client"), 7000218,
                                     QStringLiteral("The request body must contain the following parameter: "
                                                    "'client_assertion' or 'client_secret'."));
    }
    if (clientSecret != m_keys.clientSecret) {
        return SandboxReply::azureAd(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral(
                "Invalid client secret provided. Ensure the secret being sent in the request is the "
                "client secret value, not the client secret ID, for a secret added to app '%1'.")
                .arg(m_keys.clientId));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = now.addSecs(m_tokenLifetimeSeconds);
    // Unguessable, and shaped and sized like the real ones (a JWT of some 1,300 characters).
    const QString accessToken = makeJwt(now, expiry, m_keys.clientId);
    // Forget expired tokens so the table stays small.
    m_tokens.removeIf([&now](const auto &entry) { return entry.value() <= now; });
    m_tokens.insert(accessToken.toLatin1(), expiry);
    // Every field a string, numbers included, as the real endpoint answers.
    return SandboxReply::json(200,
                              QJsonObject{
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), QString::number(m_tokenLifetimeSeconds)},
                                  {QStringLiteral("ext_expires_in"), QStringLiteral("0")},
                                  {QStringLiteral("expires_on"), QString::number(expiry.toSecsSinceEpoch())},
                                  {QStringLiteral("not_before"), QString::number(now.toSecsSinceEpoch())},
                                  {QStringLiteral("resource"), kResource},
                                  {QStringLiteral("access_token"), accessToken},
                              },
                              QByteArrayLiteral("application/json;charset=UTF-8"));
}

bool SandboxApi::isTokenValid(const QByteArray &authorization)
{
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "bearer")
        return false;
    const QByteArray token = authorization.mid(space + 1).trimmed();
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && QDateTime::currentDateTimeUtc() < it.value();
}

std::optional<SandboxReply> SandboxApi::checkPspId(const Request &request) const
{
    if (m_pspId.isEmpty())
        return std::nullopt;
    const QString instance = instanceOf(request.path);
    const QString sent = header(request, "psp-id");
    if (sent.isEmpty()) {
        return SandboxReply::problem(
            400, QStringLiteral("The Psp-Id header is required with PSP keys."), instance,
            {{QStringLiteral("Psp-Id"), QStringLiteral("The Psp-Id header is required with PSP keys.")}});
    }
    if (sent != m_pspId) {
        return SandboxReply::problem(
            403, QStringLiteral("The Psp-Id '%1' does not belong to these keys.").arg(sent.left(100)),
            instance);
    }
    return std::nullopt;
}

QString SandboxApi::makeJwt(const QDateTime &now, const QDateTime &expiry, const QString &clientId)
{
    const auto encode = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QString keyId = SandboxReply::randomText(20, true);
    const QJsonObject head{{QStringLiteral("typ"), QStringLiteral("JWT")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("x5t"), keyId},
                           {QStringLiteral("kid"), keyId}};
    const QString tenant = QStringLiteral("5a4db0c5-0000-4000-8000-00000000000a");
    const QJsonObject payload{
        {QStringLiteral("aud"), kResource},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tenant)},
        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), now.toSecsSinceEpoch()},
        {QStringLiteral("exp"), expiry.toSecsSinceEpoch()},
        {QStringLiteral("aio"), SandboxReply::randomText(90, true)},
        {QStringLiteral("appid"), clientId},
        {QStringLiteral("appidacr"), QStringLiteral("1")},
        {QStringLiteral("idp"), QStringLiteral("https://sts.windows.net/%1/").arg(tenant)},
        {QStringLiteral("oid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("rh"), SandboxReply::randomText(60, true)},
        {QStringLiteral("sub"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("tid"), tenant},
        {QStringLiteral("uti"), SandboxReply::randomText(16, true)},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("xms_tcdt"), now.toSecsSinceEpoch() - 86400 * 400},
    };
    // An RSA-2048 signature is 256 bytes.
    return QString::fromLatin1(QByteArray(encode(head) + '.' + encode(payload) + '.'))
        + SandboxReply::randomText(256, true);
}

SandboxReply SandboxApi::webhooks(const Request &request)
{
    // The route first (the gateway answers unknown resources before it looks at keys).
    const QString rest = request.path.mid(kWebhooksPath.size()); // "" or "/<id>"
    const bool collection = rest.isEmpty();
    if (!collection && (rest.size() < 2 || rest.indexOf(QLatin1Char('/'), 1) >= 0))
        return SandboxReply::problem(404, QStringLiteral("No resource matches the request URL."),
                                     request.path);
    if (collection && request.method != "GET" && request.method != "POST")
        return methodNotAllowed(request.path, QByteArrayLiteral("GET, POST"));
    if (!collection && request.method != "DELETE")
        return methodNotAllowed(request.path, QByteArrayLiteral("DELETE"));

    if (auto refused = checkSubscriptionKey(request))
        return *refused;
    if (!isTokenValid(request.headers.value(QByteArrayLiteral("authorization"))))
        return unauthorizedToken();

    if (auto refused = checkPspId(request))
        return *refused;

    QString bucket = kPartnerBucket;
    if (!header(request, "merchant-serial-number").isEmpty()) { // empty counts as absent
        bucket = header(request, "merchant-serial-number");
        if (Validation::checkMsn(bucket)) {
            return SandboxReply::problem(
                400, QStringLiteral("One or more validation errors occurred."), instanceOf(request.path),
                {{QStringLiteral("Merchant-Serial-Number"),
                  QStringLiteral("The Merchant-Serial-Number must be 4 to 7 digits.")}});
        }
    }
    if (!collection)
        return remove(bucket, rest.mid(1));
    if (request.method == "GET")
        return list(bucket);
    return registerWebhook(request, bucket);
}

SandboxReply SandboxApi::list(const QString &bucket) const
{
    QJsonArray webhooks;
    for (const Webhook &webhook : m_state.list(bucket))
        webhooks.append(webhook.toJson());
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("webhooks"), webhooks}});
}

SandboxReply SandboxApi::registerWebhook(const Request &request, const QString &bucket)
{
    const QString instance = instanceOf(request.path);
    const QByteArray contentType = request.headers.value(QByteArrayLiteral("content-type"));
    if (contentType.split(';').constFirst().trimmed().toLower() != "application/json") {
        return SandboxReply::problem(
            415, QStringLiteral("The request body must be sent as application/json."), instance);
    }
    if (request.body.size() > 64 * 1024)
        return SandboxReply::problem(413, QStringLiteral("The request body is too large."), instance);

    RegisterRequest registration;
    const QList<FieldError> errors = m_state.checkRegister(bucket, request.body, &registration);
    if (!errors.isEmpty())
        return SandboxReply::problem(400, QStringLiteral("One or more validation errors occurred."), instance,
                                     errors);
    const Registration created = m_state.add(bucket, registration.url, registration.events);
    return SandboxReply::json(
        201, QJsonObject{{QStringLiteral("id"), created.id}, {QStringLiteral("secret"), created.secret}});
}

SandboxReply SandboxApi::remove(const QString &bucket, const QString &id)
{
    const QString instance = QStringLiteral("/v1/webhooks/") + id;
    if (!Validation::isUuid(id)) {
        return SandboxReply::problem(
            400, QStringLiteral("One or more validation errors occurred."), instance,
            {{QStringLiteral("id"), QStringLiteral("The value '%1' is not valid.").arg(id.left(100))}});
    }
    if (!m_state.remove(bucket, id)) {
        return SandboxReply::problem(404, QStringLiteral("No webhook with the id '%1' was found.").arg(id),
                                     instance);
    }
    return SandboxReply::noContent();
}
