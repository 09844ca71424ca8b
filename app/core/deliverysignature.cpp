#include "core/deliverysignature.h"
#include "core/deliveryverification.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>

namespace {

// This file's messages, in the "DeliverySignature" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliverySignature)
};

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

namespace DeliverySignature {

QByteArray contentHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
}

QByteArray hostOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal, as in the Host header
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443)
        || (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray pathAndQueryOf(const QUrl &url)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return path;
}

QByteArray stringToSign(const QUrl &url, const QByteArray &date, const QByteArray &hash)
{
    return "POST\n" + pathAndQueryOf(url) + '\n' + date + ';' + hostOf(url) + ';' + hash;
}

QByteArray signature(const QString &secret, const QByteArray &toSign)
{
    return QMessageAuthenticationCode::hash(toSign, secret.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + " GMT";
}

QByteArray webhookIdHeader()
{
    return QByteArrayLiteral("Webhook-Id");
}

QByteArray newWebhookId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

Delivery sign(const QUrl &url, const QByteArray &body, const QString &secret, const QDateTime &when)
{
    Delivery delivery;
    delivery.webhookId = newWebhookId();
    delivery.url = url;
    delivery.body = body;
    delivery.date = httpDate(when);
    delivery.contentSha256 = contentHash(body);
    delivery.authorization = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
        + signature(secret, stringToSign(url, delivery.date, delivery.contentSha256));
    return delivery;
}

Verdict verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl)
{
    if (delivery.date.isEmpty())
        return {Failure::MissingHeader, Tr::tr("The x-ms-date header is missing.")};
    if (delivery.contentSha256.isEmpty())
        return {Failure::MissingHeader, Tr::tr("The x-ms-content-sha256 header is missing.")};
    if (delivery.authorization.isEmpty())
        return {Failure::MissingHeader, Tr::tr("The Authorization header is missing.")};

    static const QRegularExpression authorization(QStringLiteral(
        "^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=([A-Za-z0-9+/]+=*)$"));
    const auto match = authorization.match(QString::fromLatin1(delivery.authorization.trimmed()));
    if (!match.hasMatch()) {
        return {Failure::MalformedAuthorization,
                Tr::tr("The Authorization header is malformed: expected \"HMAC-SHA256 "
                       "SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<base64>\".")};
    }
    const QByteArray givenSignature = match.captured(1).toLatin1();

    const QByteArray actualHash = contentHash(delivery.body);
    if (!constantTimeEquals(actualHash, delivery.contentSha256.trimmed())) {
        QString reason = Tr::tr("The body's SHA-256 does not match x-ms-content-sha256: the body was changed "
                                "after it was sent. Hash the raw bytes as received.");
        if (delivery.body.contains("\r\n")
            && constantTimeEquals(contentHash(QByteArray(delivery.body).replace("\r\n", "\n")),
                                  delivery.contentSha256.trimmed()))
            reason += QLatin1Char(' ') + Tr::tr("The body has CRLF line endings where LF belongs.");
        else if (DeliveryVerification::looksReserialised(delivery.body))
            reason += QLatin1Char(' ')
                + Tr::tr("The body looks re-serialised (its JSON spacing differs from the compact form).");
        return {Failure::BodyHashMismatch, reason};
    }

    QUrl url = delivery.url;
    if (registeredUrl.isValid() && !registeredUrl.isEmpty()) {
        if (!delivery.url.isEmpty()) {
            if (hostOf(delivery.url).toLower() != hostOf(registeredUrl).toLower())
                return {Failure::UrlMismatch,
                        Tr::tr("The host differs from the registered URL's (%1 instead of %2).")
                            .arg(QString::fromUtf8(hostOf(delivery.url)),
                                 QString::fromUtf8(hostOf(registeredUrl)))};
            if (pathAndQueryOf(delivery.url) != pathAndQueryOf(registeredUrl))
                return {Failure::UrlMismatch,
                        Tr::tr("The path or query differs from the registered URL's (%1 instead of %2).")
                            .arg(QString::fromUtf8(pathAndQueryOf(delivery.url)),
                                 QString::fromUtf8(pathAndQueryOf(registeredUrl)))};
        }
        url = registeredUrl;
    }
    if (!url.isValid() || url.host().isEmpty())
        return {Failure::UrlMismatch, Tr::tr("The delivery's URL is missing or invalid.")};

    const QByteArray toSign = stringToSign(url, delivery.date.trimmed(), delivery.contentSha256.trimmed());
    if (!constantTimeEquals(signature(secret, toSign), givenSignature)) {
        if (constantTimeEquals(signature(secret, QByteArray(toSign).replace("\n", "\r\n")), givenSignature)) {
            return {Failure::SignatureMismatch,
                    Tr::tr("The signature was computed with CRLF where LF belongs: the string to sign uses "
                           "\"\\n\" between its lines, not \"\\r\\n\".")};
        }
        return {Failure::SignatureMismatch,
                Tr::tr("The signature does not match: the secret is wrong (perhaps the other environment's, "
                       "or another webhook's), or the URL, date or hash signed differs.")};
    }
    return {};
}

std::optional<Delivery> parseRawHttp(const QByteArray &raw, QString *error, const QString &scheme)
{
    qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = headerEnd + 4;
    const qsizetype lfEnd = raw.indexOf("\n\n");
    if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd)) {
        headerEnd = lfEnd;
        bodyStart = lfEnd + 2;
    }
    if (headerEnd < 0) {
        headerEnd = raw.size();
        bodyStart = raw.size();
    }
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2 || !requestLine.at(1).startsWith('/')) {
        if (error)
            *error = Tr::tr(
                "The text does not start with an HTTP request line such as \"POST /path HTTP/1.1\".");
        return std::nullopt;
    }
    Delivery delivery;
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host")
            host = value;
        else if (name == "x-ms-date")
            delivery.date = value;
        else if (name == "x-ms-content-sha256")
            delivery.contentSha256 = value;
        else if (name == "authorization")
            delivery.authorization = value;
        else if (name == "webhook-id")
            delivery.webhookId = value;
    }
    if (host.isEmpty()) {
        if (error)
            *error = Tr::tr("The request has no Host header.");
        return std::nullopt;
    }
    delivery.url = QUrl(scheme + QStringLiteral("://") + QString::fromLatin1(host)
                        + QString::fromLatin1(requestLine.at(1)));
    delivery.body = raw.mid(bodyStart);
    return delivery;
}

} // namespace DeliverySignature
