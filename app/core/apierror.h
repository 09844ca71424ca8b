#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

class QNetworkReply;

struct FieldError
{
    QString name;
    QString reason;
    bool operator==(const FieldError &) const = default;
};

// The one error type of the core: what went wrong (kind), the HTTP status when there was one,
// and everything the answer said, in whichever of the three documented shapes it came
// (RFC 7807 with extraDetails and traceId; the gateway's {statusCode, message}; Azure AD's
// {error, error_description, trace_id, ...}).
class ApiError
{
public:
    enum class Kind {
        Network,        // connection refused, reset, host not found
        Tls,            // certificate or handshake failure
        Timeout,        // no answer in time
        Http,           // the API answered with a 4xx/5xx other than authentication
        Authentication, // 401 (and 403 from the token endpoint): keys, token or environment
        Parse,          // the answer could not be read (invalid JSON, wrong types, too large)
        Input,          // refused before anything was sent (an invalid URL, id, header value)
        Cancelled,      // the caller went away or cancelled
    };

    ApiError() = default;
    ApiError(Kind errorKind, QString errorDetail) : kind(errorKind), detail(std::move(errorDetail)) { }

    // Builds the error for an HTTP answer: parses whichever error shape the body has.
    static ApiError fromHttpResponse(int status, const QByteArray &body);
    static ApiError input(const QString &detail) { return {Kind::Input, detail}; }
    static ApiError parse(const QString &detail) { return {Kind::Parse, detail}; }

    Kind kind = Kind::Network;
    int httpStatus = 0;            // 0 when no HTTP answer arrived
    QString title;                 // RFC 7807 title, Azure AD "error", or a short summary
    QString detail;                // RFC 7807 detail, gateway message, Azure AD error_description
    QString traceId;               // RFC 7807 traceId or Azure AD trace_id / correlation id
    QString type;                  // RFC 7807 type
    QString instance;              // RFC 7807 instance
    QList<FieldError> fieldErrors; // RFC 7807 extraDetails
    QString operation;             // what was being done, e.g. "Registering a webhook"
    int retryAfterSeconds = -1;    // from Retry-After on 429/503, -1 when absent
    // Set by the client for network failures after the request may have reached the server
    // (a dropped connection rather than a refused one).
    bool mayHaveReachedServer = false;
    // After an ambiguous register failure, WebhookOperations lists the webhooks: when a
    // registration with the same URL and events turned up that was not there before the attempt,
    // this is its id (registered, secret not received).
    QString unconfirmedWebhookId;
    // The call was tried this many times (retries of list and delete).
    int attempts = 1;

    bool isServerError() const { return kind == Kind::Http && httpStatus >= 500; }
    // A failure after which the request may or may not have taken effect on the server.
    bool isAmbiguous() const;

    // One sentence for a message bar or stderr headline.
    QString summary() const;
    // Everything, one item a line: title, detail, each field error, trace id, status.
    QString details() const;
    // A hint for the user where one is known (keys for the other environment, ...).
    QString hint() const;

    static QString kindName(Kind kind);
    // The console's own words (translated) for why `reply` got no answer: Qt's errorString()
    // is English in every language and names Qt's internals.
    static QString networkErrorText(const QNetworkReply *reply);
};

Q_DECLARE_METATYPE(ApiError)
