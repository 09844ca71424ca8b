#pragma once

#include "core/result.h"
#include "delivery/preflightcheck.h"
#include "delivery/testdeliverysender.h"
#include "delivery/tlsprobe.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

// The verdicts of a URL preflight, without the network: each turns what was found into one
// PreflightCheck with its reason (see UrlPreflight for the whole list). Usable on their own for
// live hints while a URL is typed (scheme, port).
namespace PreflightRules {

inline constexpr int CertificateExpiryWarningDays = 14;

PreflightCheck scheme(const QUrl &url);
PreflightCheck port(const QUrl &url);
// The addresses `host` resolved to, or why the lookup failed (`lookupError` not empty).
// `allowLoopback` (tests only) makes loopback addresses a warning; private ones still fail.
PreflightCheck addresses(const QString &host, const QList<QHostAddress> &resolved, bool allowLoopback,
                         const QString &lookupError = {});
PreflightCheck tls(const TlsProbeResult &probe);
// The redirect and delivery checks from the test POST's outcome. `throwawaySecret`: the POST
// was signed with a made-up secret, so a 401/403 is only a warning.
PreflightCheck redirect(const Result<TestDeliveryResult> &answer);
PreflightCheck delivery(const Result<TestDeliveryResult> &answer, bool throwawaySecret);
// A check of `kind` that was not run, and why.
PreflightCheck skipped(PreflightCheck::Kind kind, const QString &reason);

} // namespace PreflightRules
