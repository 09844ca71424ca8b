#include "core/apiparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

// This file's messages, in the "ApiParsers" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiParsers)
};

ApiError fieldError(const QString &field, const QString &problem)
{
    return ApiError::parse(Tr::tr("The answer's field \"%1\" %2.").arg(field, problem));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiError::parse(Tr::tr("The answer is not valid JSON (%1 at offset %2).")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = ApiError::parse(Tr::tr("The answer is not a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

// A number sent as a JSON number or as a string of digits.
std::optional<qint64> integerField(const QJsonObject &object, const QString &name, bool *present)
{
    const QJsonValue value = object.value(name);
    *present = !(value.isUndefined() || value.isNull());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < -9.0e15 || number > 9.0e15)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

} // namespace

namespace ApiParsers {

Result<AccessToken> parseAccessToken(const QByteArray &body, const QDateTime &now)
{
    ApiError error;
    const auto object = parseObject(body, error);
    if (!object)
        return error;
    AccessToken token;
    const QJsonValue accessToken = object->value(QStringLiteral("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return fieldError(QStringLiteral("access_token"), Tr::tr("is missing or not a text"));
    token.value = accessToken.toString().toUtf8();
    const QJsonValue tokenType = object->value(QStringLiteral("token_type"));
    if (!tokenType.isUndefined() && !tokenType.isNull() && !tokenType.isString())
        return fieldError(QStringLiteral("token_type"), Tr::tr("is not a text"));
    token.tokenType = tokenType.toString(QStringLiteral("Bearer"));
    if (token.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return fieldError(QStringLiteral("token_type"), Tr::tr("is not \"Bearer\""));

    bool hasExpiresIn = false;
    bool hasExpiresOn = false;
    const auto expiresIn = integerField(*object, QStringLiteral("expires_in"), &hasExpiresIn);
    const auto expiresOn = integerField(*object, QStringLiteral("expires_on"), &hasExpiresOn);
    if (hasExpiresIn && !expiresIn)
        return fieldError(QStringLiteral("expires_in"), Tr::tr("is not a number"));
    if (hasExpiresOn && !expiresOn)
        return fieldError(QStringLiteral("expires_on"), Tr::tr("is not a number"));
    if (expiresIn) {
        // Relative to when the answer arrived: immune to a skewed local clock.
        if (*expiresIn < 0 || *expiresIn > 10LL * 365 * 24 * 3600)
            return fieldError(QStringLiteral("expires_in"), Tr::tr("is out of range"));
        token.expiresAt = now.toUTC().addSecs(*expiresIn);
    } else if (expiresOn) {
        token.expiresAt = QDateTime::fromSecsSinceEpoch(*expiresOn, Qt::UTC);
    } else {
        return fieldError(QStringLiteral("expires_in"), Tr::tr("is missing"));
    }
    return token;
}

Result<QList<Webhook>> parseWebhookList(const QByteArray &body)
{
    ApiError error;
    const auto object = parseObject(body, error);
    if (!object)
        return error;
    const QJsonValue list = object->value(QStringLiteral("webhooks"));
    if (!list.isArray())
        return fieldError(QStringLiteral("webhooks"), Tr::tr("is missing or not a list"));
    QList<Webhook> webhooks;
    const QJsonArray array = list.toArray();
    webhooks.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("webhooks[%1]").arg(i);
        if (!array.at(i).isObject())
            return fieldError(where, Tr::tr("is not an object"));
        const QJsonObject item = array.at(i).toObject();
        Webhook webhook;
        const QJsonValue id = item.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            return fieldError(where + QStringLiteral(".id"), Tr::tr("is missing or not a text"));
        webhook.id = id.toString();
        const QJsonValue url = item.value(QStringLiteral("url"));
        if (!url.isString())
            return fieldError(where + QStringLiteral(".url"), Tr::tr("is missing or not a text"));
        webhook.url = url.toString();
        const QJsonValue events = item.value(QStringLiteral("events"));
        if (!events.isArray())
            return fieldError(where + QStringLiteral(".events"), Tr::tr("is missing or not a list"));
        for (const QJsonValue event : events.toArray()) {
            if (!event.isString())
                return fieldError(where + QStringLiteral(".events"),
                                  Tr::tr("contains something other than text"));
            webhook.events.append(event.toString());
        }
        webhooks.append(std::move(webhook));
    }
    return webhooks;
}

Result<Registration> parseRegistration(const QByteArray &body)
{
    ApiError error;
    const auto object = parseObject(body, error);
    if (!object)
        return error;
    const QJsonValue id = object->value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        return fieldError(QStringLiteral("id"), Tr::tr("is missing or not a text"));
    const QJsonValue secret = object->value(QStringLiteral("secret"));
    if (!secret.isString() || secret.toString().isEmpty())
        return fieldError(QStringLiteral("secret"), Tr::tr("is missing or not a text"));
    return Registration{id.toString(), secret.toString()};
}

void parseErrorBody(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    const auto text
        = [&object](const char *name) { return stringOrNumber(object.value(QLatin1String(name))); };

    if (object.contains(QLatin1String("error")) && object.value(QLatin1String("error")).isString()) {
        // Azure AD: {error, error_description, error_codes, trace_id, correlation_id, ...}
        error.title = text("error");
        error.detail = text("error_description");
        error.traceId = text("trace_id");
        if (error.traceId.isEmpty())
            error.traceId = text("correlation_id");
        return;
    }
    if (object.contains(QLatin1String("statusCode")) && object.contains(QLatin1String("message"))) {
        // The API gateway: {statusCode, message}
        error.detail = text("message");
        return;
    }
    // RFC 7807 problem details (every field may be null, missing, or a string for a number).
    error.title = text("title");
    error.detail = text("detail");
    error.type = text("type");
    error.instance = text("instance");
    error.traceId = text("traceId");
    if (error.traceId.isEmpty())
        error.traceId = text("traceid");
    const QJsonValue extra = object.value(QLatin1String("extraDetails"));
    for (const QJsonValue item : extra.toArray()) {
        const QJsonObject field = item.toObject();
        const QString name = stringOrNumber(field.value(QLatin1String("name")));
        const QString reason = stringOrNumber(field.value(QLatin1String("reason")));
        if (!name.isEmpty() || !reason.isEmpty())
            error.fieldErrors.append({name, reason});
    }
    // ASP.NET's validation shape: {"errors": {"url": ["..."]}}
    const QJsonObject errors = object.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QJsonValue reasons = it.value();
        if (reasons.isArray()) {
            for (const QJsonValue reason : reasons.toArray())
                error.fieldErrors.append({it.key(), stringOrNumber(reason)});
        } else {
            error.fieldErrors.append({it.key(), stringOrNumber(reasons)});
        }
    }
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 7 * 24 * 3600));
    // An HTTP date (RFC 9110 IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(when), 0, 7 * 24 * 3600));
}

} // namespace ApiParsers
