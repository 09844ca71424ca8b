#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// How Vipps MobilePay signs a webhook delivery, and how a receiver checks it:
//   x-ms-content-sha256 = base64(SHA-256(raw body))
//   string to sign      = "POST\n" + pathAndQuery + "\n" + x-ms-date + ";" + host + ";" + hash
//   Authorization       = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
//                         + base64(HMAC-SHA256(UTF-8 secret, string to sign))
// pathAndQuery and host come from the registered URL; host carries a non-default port.
struct Delivery
{
    QUrl url;                 // the URL the delivery was sent to (the registered URL)
    QByteArray date;          // x-ms-date
    QByteArray contentSha256; // x-ms-content-sha256
    QByteArray authorization; // Authorization
    QByteArray body;          // the raw body bytes
    // Webhook-Id: an opaque id of this delivery (a fresh one per delivery, not the registration's
    // id), not part of the signature. Empty when the delivery did not carry one.
    QByteArray webhookId = {};
};

namespace DeliverySignature {

QByteArray contentHash(const QByteArray &body);
// "example.com", "example.com:8443" (":443" omitted for https, ":80" for http).
QByteArray hostOf(const QUrl &url);
QByteArray pathAndQueryOf(const QUrl &url);
QByteArray stringToSign(const QUrl &url, const QByteArray &date, const QByteArray &contentHash);
QByteArray signature(const QString &secret, const QByteArray &stringToSign);
// An x-ms-date value: "Thu, 30 Mar 2023 08:38:32 GMT".
QByteArray httpDate(const QDateTime &when);

// The name of the delivery id header, "Webhook-Id".
QByteArray webhookIdHeader();
// A fresh Webhook-Id for one delivery (a UUID, as deliveries carry).
QByteArray newWebhookId();

// Signs a delivery exactly as Vipps MobilePay does (with a fresh Webhook-Id).
Delivery sign(const QUrl &url, const QByteArray &body, const QString &secret, const QDateTime &when);

enum class Failure {
    None,
    MissingHeader,          // a header is absent
    MalformedAuthorization, // not "HMAC-SHA256 SignedHeaders=...&Signature=..."
    BodyHashMismatch,       // the body's SHA-256 differs from x-ms-content-sha256
    UrlMismatch,            // the path, query or host differs from the registered URL
    SignatureMismatch,      // wrong secret (or the other environment's)
};

struct Verdict
{
    Failure failure = Failure::None;
    QString reason; // which step failed and what to check, for people
    bool isValid() const { return failure == Failure::None; }
};

// Verifies `delivery` with `secret`. When `registeredUrl` is valid, the delivery's URL must match
// it (path, query, host); the signature is computed over the registered URL.
Verdict verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl = {});

// Reads a delivery pasted as raw HTTP ("POST /path HTTP/1.1", headers, blank line, body).
// The scheme comes from `scheme` (deliveries are https). Returns nothing and sets `error` when
// the text is not an HTTP request.
std::optional<Delivery> parseRawHttp(const QByteArray &raw, QString *error,
                                     const QString &scheme = QStringLiteral("https"));

} // namespace DeliverySignature
