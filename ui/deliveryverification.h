#pragma once

#include "core/deliverysignature.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QUrl>

// Verifying a delivery as a person pasted or typed it: what the Verify dialog needs beyond
// DeliverySignature::verify(). (It belongs next to verify() in the core: the CLI's --raw-file and
// --body-file meet the same line break an editor adds.)
namespace DeliveryVerification {

struct Outcome
{
    DeliverySignature::Verdict verdict;
    // The text ended with line breaks after the body that the signed x-ms-content-sha256 shows
    // are not part of it (copying or saving usually adds one): they were left out.
    bool trailingLineBreakLeftOut = false;
};

// DeliverySignature::verify() of the bytes as given; when only the body hash fails and the body
// without its trailing line breaks has exactly the signed hash, verified without them.
Outcome verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl);

bool endsWithLineBreak(const QByteArray &bytes);

// A header's value as typed or pasted into its field: the whole header line
// ("x-ms-date: Thu, ...") is accepted too.
QByteArray headerValue(const QString &text, QLatin1String name);

} // namespace DeliveryVerification
