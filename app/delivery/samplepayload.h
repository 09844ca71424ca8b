#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Realistic bodies for test deliveries: compact JSON as Vipps MobilePay sends it, keys in the
// documented order.
//
// ePayment events have exactly the shape of the reference's example ({"msn", "reference",
// "pspReference", "name", "amount": {"currency", "value"}, "timestamp", "idempotencyKey",
// "success"}); Recurring, QR, Login and Donations events have plausible shapes (their payloads
// are not all published). Event types the catalogue does not know get a minimal
// {"eventType", "simulated", "timestamp"}.
//
// How a simulated payload says so: every payload carries a top-level "simulated": true (the
// last key), and every identifier the console makes up for it (the ePayment "reference", the
// Recurring "agreementExternalId"/"chargeExternalId", the QR "merchantQrId", ...) starts with
// "webhook-console-test-". The HTTP request adds the header "X-Webhook-Console-Test: true".
namespace SamplePayload {

// "webhook-console-test-": the prefix of every made-up identifier.
QString idPrefix();
// The sales unit used when `msn` is empty (partner registrations cover every sales unit):
// "123456", the reference's example.
QString exampleMsn();

// The body of a simulated delivery of `eventType` for sales unit `msn` at `now`. Identifiers
// are random, so two calls give different bodies.
QByteArray forEvent(const QString &eventType, const QString &msn, const QDateTime &now);

// True when `body` is a JSON object with "simulated": true.
bool isSimulated(const QByteArray &body);

} // namespace SamplePayload
