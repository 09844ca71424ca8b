#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One answer of the sandbox, before it is written to the socket, and the builders of the three
// error shapes the real APIs use: RFC 7807 (webhooks), the API gateway's {statusCode, message},
// and Azure AD's (token endpoint). The texts imitate the real APIs, which answer in English: they
// are API data, not user interface, so they are not translated.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType; // empty: no body
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type/Length, Date, Connection

    static SandboxReply json(int status, const QJsonObject &object,
                             const QByteArray &contentType
                             = QByteArrayLiteral("application/json; charset=utf-8"));
    static SandboxReply noContent();
    // RFC 7807 application/problem+json, as the Webhooks API answers.
    static SandboxReply problem(int status, const QString &detail, const QString &instance,
                                const QList<FieldError> &extraDetails = {});
    // The API gateway's {"statusCode": ..., "message": ...} (application/json).
    static SandboxReply gateway(int status, const QString &message);
    // Azure AD's {"error", "error_description", "error_codes", "timestamp", "trace_id", ...}.
    static SandboxReply azureAd(int status, const QString &error, int code, const QString &description);

    // "Bad Request", "Not Found", ...; "Unknown" for codes without a phrase.
    static QByteArray reasonPhrase(int status);
    // A W3C traceparent-like id: 00-<32 hex>-<16 hex>-00.
    static QString newTraceId();
    // Random bytes as unpadded base64url (tokens) or base64 (webhook secrets).
    static QString randomText(int bytes, bool urlSafe);

    // The whole HTTP/1.1 response: status line, headers, body.
    QByteArray toHttp(bool closeConnection) const;
};
