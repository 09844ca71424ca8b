#pragma once

#include "core/deliverysignature.h"
#include "core/environment.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QUrl>

#include <optional>

// Verifying a delivery as a person pasted, typed or saved it: what the Verify dialog and
// `webhook-console-cli verify` need beyond DeliverySignature::verify() (an editor or a copy
// usually adds a line break after the body).
namespace DeliveryVerification {

struct Outcome
{
    DeliverySignature::Verdict verdict;
    // The text ended with line breaks after the body that the signed x-ms-content-sha256 shows
    // are not part of it (copying or saving usually adds one): they were left out.
    bool trailingLineBreakLeftOut = false;
    // The signature did not match the chosen secret but does match the secret the same webhook id
    // has stored for the other environment (test or production): the verdict's reason says so.
    bool signedWithOtherEnvironmentsSecret = false;
};

// The secret the same webhook id has stored for the other environment, to tell a mix-up of
// environments from a wrong secret.
struct OtherEnvironmentSecret
{
    Environment environment = Environment::Test;
    QString secret;
};

// The environment whose vault entries a check against `environment` is compared with: production
// for test and test for production; none for the sandbox and custom base URLs.
std::optional<Environment> otherEnvironment(Environment environment);

// DeliverySignature::verify() of the bytes as given; when only the body hash fails and the body
// without its trailing line breaks has exactly the signed hash, verified without them.
Outcome verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl);
// The same, and when the signature step fails and `other` verifies the delivery, a verdict that
// names the other environment's secret as the one that signed it.
Outcome verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl,
               const std::optional<OtherEnvironmentSecret> &other);

bool endsWithLineBreak(const QByteArray &bytes);

// Whether a body that is valid JSON carries whitespace between its tokens, which the compact
// form Vipps MobilePay sends never has: somebody probably pretty-printed it before hashing. The
// keys are compared in their own order (a re-serialiser that sorts keys is not assumed), so a
// compact body with one value changed is not taken for a re-serialised one.
bool looksReserialised(const QByteArray &body);

// A stable, untranslated name of the step that failed: "none", "missingHeader", "authorization",
// "bodyHash", "url", "signature" (for --json and scripts).
QString failureId(DeliverySignature::Failure failure);

// A header's value as typed or pasted into its field: the whole header line
// ("x-ms-date: Thu, ...") is accepted too.
QByteArray headerValue(const QString &text, QLatin1String name);

} // namespace DeliveryVerification
