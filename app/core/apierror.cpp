#include "core/apierror.h"

#include "core/apiparsers.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace {

// This file's messages, in the "ApiError" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return QStringLiteral("HTTP %1").arg(status);
    }
}

} // namespace

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = status == 401 ? Kind::Authentication : Kind::Http;
    error.httpStatus = status;
    ApiParsers::parseErrorBody(body, error);
    if (error.title.isEmpty())
        error.title = reasonPhrase(status);
    return error;
}

bool ApiError::isAmbiguous() const
{
    return kind == Kind::Timeout || isServerError() || (kind == Kind::Network && mayHaveReachedServer);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return Tr::tr("Network error");
    case Kind::Tls: return Tr::tr("TLS error");
    case Kind::Timeout: return Tr::tr("Timeout");
    case Kind::Http: return Tr::tr("HTTP error");
    case Kind::Authentication: return Tr::tr("Authentication failed");
    case Kind::Parse: return Tr::tr("Unreadable answer");
    case Kind::Input: return Tr::tr("Invalid input");
    case Kind::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QString ApiError::summary() const
{
    QString what;
    if (!title.isEmpty() && !detail.isEmpty() && title != detail)
        what = title + QStringLiteral(": ") + detail;
    else if (!detail.isEmpty())
        what = detail;
    else if (!title.isEmpty())
        what = title;
    else
        what = kindName(kind);
    if (httpStatus > 0 && !what.contains(QString::number(httpStatus)))
        what = Tr::tr("%1 (HTTP %2)").arg(what).arg(httpStatus);
    if (operation.isEmpty())
        return what;
    return Tr::tr("%1 failed: %2").arg(operation, what);
}

QString ApiError::details() const
{
    QStringList lines;
    lines << (operation.isEmpty() ? kindName(kind) : Tr::tr("%1 failed (%2)").arg(operation, kindName(kind)));
    if (httpStatus > 0)
        lines << Tr::tr("HTTP status: %1").arg(httpStatus);
    if (!title.isEmpty())
        lines << Tr::tr("Title: %1").arg(title);
    if (!detail.isEmpty())
        lines << Tr::tr("Detail: %1").arg(detail);
    for (const FieldError &field : fieldErrors) {
        if (field.name.isEmpty())
            lines << Tr::tr("- %1").arg(field.reason);
        else
            lines << Tr::tr("- %1: %2").arg(field.name, field.reason);
    }
    if (!traceId.isEmpty())
        lines << Tr::tr("Trace id: %1").arg(traceId);
    if (retryAfterSeconds >= 0)
        lines << Tr::tr("Retry after: %n second(s)", nullptr, retryAfterSeconds);
    const QString advice = hint();
    if (!advice.isEmpty())
        lines << Tr::tr("Hint: %1").arg(advice);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::hint() const
{
    switch (kind) {
    case Kind::Authentication:
        return Tr::tr("Check the client_id, client_secret and subscription key. Test keys fail against "
                      "production and production keys against test: these keys may belong to the other "
                      "environment.");
    case Kind::Tls:
        return Tr::tr("The server's certificate was not accepted. Check the base URL and the system's "
                      "certificate authorities; the console never ignores certificate errors.");
    case Kind::Timeout:
        return Tr::tr("The server did not answer in time. Check the network connection and try again.");
    case Kind::Network: return Tr::tr("Check the network connection and the base URL.");
    case Kind::Http:
        if (httpStatus == 403)
            return Tr::tr("These keys are not authorised for this sales unit or product. Check the "
                          "Merchant Serial Number, or use partner keys without one.");
        if (httpStatus == 429)
            return Tr::tr("The API is rate limiting these keys. Wait a moment and try again.");
        if (httpStatus >= 500)
            return Tr::tr("The API had a problem. Try again later; if it persists, give Vipps MobilePay "
                          "support the trace id.");
        return {};
    case Kind::Parse:
    case Kind::Input:
    case Kind::Cancelled: return {};
    }
    return {};
}

QString ApiError::networkErrorText(const QNetworkReply *reply)
{
    const QString host = reply->url().host().isEmpty() ? Tr::tr("the server") : reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::NoError: return {};
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("%1 refused the connection: nothing answers at that address and port.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("%1 closed the connection before it answered.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("The host %1 was not found: check the address and the network connection.").arg(host);
    case QNetworkReply::TimeoutError: return Tr::tr("The connection to %1 timed out.").arg(host);
    case QNetworkReply::OperationCanceledError: return Tr::tr("The request was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("A secure connection (TLS) to %1 could not be set up.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return Tr::tr("The network is not available: check the network connection.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Tr::tr("The network proxy could not be used: check the proxy settings.");
    default: break;
    }
    return Tr::tr("The connection to %1 failed (network error %2).").arg(host).arg(int(reply->error()));
}
