#pragma once

#include "core/result.h"
#include "core/webhook.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Parsers of everything the APIs answer. They never crash and never return half a result:
// a missing or mistyped field gives a Parse error that names the field.
namespace ApiParsers {
// The access-token answer. Numeric fields may be strings or numbers. `now` is the time the
// answer arrived; expires_in is preferred over expires_on (immune to clock skew).
Result<AccessToken> parseAccessToken(const QByteArray &body, const QDateTime &now);
// {"webhooks":[{"id","url","events"}, ...]}
Result<QList<Webhook>> parseWebhookList(const QByteArray &body);
// {"id","secret"}
Result<Registration> parseRegistration(const QByteArray &body);
// Fills title/detail/traceId/fieldErrors from an error body of any of the three shapes.
// Leaves `error` as it is for a body of no known shape.
void parseErrorBody(const QByteArray &body, ApiError &error);
// Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);
} // namespace ApiParsers
