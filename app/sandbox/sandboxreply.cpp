#include "sandbox/sandboxreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString randomHex(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toHex());
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

SandboxReply SandboxReply::json(int status, const QJsonObject &object, const QByteArray &contentType)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::noContent()
{
    SandboxReply reply;
    reply.status = 204;
    return reply;
}

SandboxReply SandboxReply::problem(int status, const QString &detail, const QString &instance,
                                   const QList<FieldError> &extraDetails)
{
    const QString traceId = newTraceId();
    QJsonObject object{
        {QStringLiteral("type"), traceId},
        {QStringLiteral("title"), QString::fromLatin1(reasonPhrase(status))},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("traceId"), traceId},
    };
    if (!extraDetails.isEmpty()) {
        QJsonArray details;
        for (const FieldError &error : extraDetails)
            details.append(
                QJsonObject{{QStringLiteral("name"), error.name}, {QStringLiteral("reason"), error.reason}});
        object.insert(QStringLiteral("extraDetails"), details);
    }
    return json(status, object, QByteArrayLiteral("application/problem+json; charset=utf-8"));
}

SandboxReply SandboxReply::gateway(int status, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("statusCode"), status}, {QStringLiteral("message"), message}});
}

SandboxReply SandboxReply::azureAd(int status, const QString &error, int code, const QString &description)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString timestamp = now.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss'Z'"));
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Azure AD repeats the ids and the time at the end of the description.
    const QString fullDescription
        = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
              .arg(QString::number(code), description, traceId, correlationId, timestamp);
    return json(status,
                QJsonObject{
                    {QStringLiteral("error"), error},
                    {QStringLiteral("error_description"), fullDescription},
                    {QStringLiteral("error_codes"), QJsonArray{code}},
                    {QStringLiteral("timestamp"), timestamp},
                    {QStringLiteral("trace_id"), traceId},
                    {QStringLiteral("correlation_id"), correlationId},
                    {QStringLiteral("error_uri"),
                     QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)},
                });
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Unknown");
    }
}

QString SandboxReply::newTraceId()
{
    return QStringLiteral("00-") + randomHex(16) + QLatin1Char('-') + randomHex(8) + QStringLiteral("-00");
}

QString SandboxReply::randomText(int bytes, bool urlSafe)
{
    const auto options = urlSafe ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                 : QByteArray::Base64Encoding;
    return QString::fromLatin1(randomBytes(bytes).toBase64(options));
}

QByteArray SandboxReply::toHttp(bool closeConnection) const
{
    QByteArray http = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    http += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (!contentType.isEmpty())
        http += "Content-Type: " + contentType + "\r\n";
    // 1xx, 204 and 304 answers carry no body and no length.
    if (status >= 200 && status != 204 && status != 304)
        http += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        http += name + ": " + value + "\r\n";
    if (closeConnection)
        http += "Connection: close\r\n";
    http += "\r\n";
    if (status >= 200 && status != 204 && status != 304)
        http += body;
    return http;
}
