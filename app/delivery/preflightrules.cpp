#include "delivery/preflightrules.h"

#include "core/validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using Kind = PreflightCheck::Kind;
using Outcome = PreflightCheck::Outcome;

// This file's messages, in the "PreflightRules" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreflightRules)
};

PreflightCheck make(Kind kind, Outcome outcome, const QString &reason)
{
    PreflightCheck check;
    check.kind = kind;
    check.outcome = outcome;
    check.reason = reason;
    return check;
}

QString certificateText(const QSslCertificate &certificate)
{
    const QString subject = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    QString issuer = certificate.issuerInfo(QSslCertificate::Organization).value(0);
    if (issuer.isEmpty())
        issuer = certificate.issuerInfo(QSslCertificate::CommonName).value(0);
    return Tr::tr("the certificate for %1 from %2 is valid until %3")
        .arg(subject, issuer,
             QLocale().toString(certificate.expiryDate().toUTC().date(), QLocale::ShortFormat));
}

} // namespace

namespace PreflightRules {

PreflightCheck scheme(const QUrl &url)
{
    if (const auto problem = Validation::checkCallbackUrl(url.toString(QUrl::FullyEncoded)))
        return make(Kind::Scheme, Outcome::Fail, *problem);
    return make(Kind::Scheme, Outcome::Pass, Tr::tr("The URL is an absolute https URL."));
}

PreflightCheck port(const QUrl &url)
{
    const int number = url.port(url.scheme().toLower() == QLatin1String("http") ? 80 : 443);
    if (number == 443 || number == 80 || number == 8080)
        return make(Kind::Port, Outcome::Pass,
                    Tr::tr("Port %1 is one of the common ports (443, 80, 8080).").arg(number));
    return make(Kind::Port, Outcome::Warn,
                Tr::tr("Port %1 is not one of the common ports Vipps MobilePay recommends (443, 80, 8080); "
                       "deliveries may not reach it.")
                    .arg(number));
}

PreflightCheck addresses(const QString &host, const QList<QHostAddress> &resolved, bool allowLoopback,
                         const QString &lookupError)
{
    if (!lookupError.isEmpty())
        return make(Kind::Address, Outcome::Fail,
                    Tr::tr("The name %1 does not resolve: %2").arg(host, lookupError));
    if (resolved.isEmpty())
        return make(Kind::Address, Outcome::Fail,
                    Tr::tr("The name %1 does not resolve to any address.").arg(host));
    QStringList all, local, loopback;
    for (const QHostAddress &address : resolved) {
        const QString text = address.toString();
        all << text;
        if (Validation::isPrivateOrLocalHost(text))
            (address.isLoopback() ? loopback : local) << text;
    }
    const QString list = all.join(QStringLiteral(", "));
    if (!local.isEmpty() || (!loopback.isEmpty() && !allowLoopback)) {
        return make(
            Kind::Address, Outcome::Fail,
            Tr::tr("%1 resolves to %2, which is private or local: Vipps MobilePay cannot reach it from the "
                   "internet.")
                .arg(host, list));
    }
    if (!loopback.isEmpty()) {
        return make(Kind::Address, Outcome::Warn,
                    Tr::tr("%1 resolves to this computer (%2): allowed for testing only; Vipps MobilePay "
                           "cannot reach it.")
                        .arg(host, list));
    }
    return make(Kind::Address, Outcome::Pass,
                Tr::tr("%1 resolves to public addresses (%2).").arg(host, list));
}

PreflightCheck tls(const TlsProbeResult &probe)
{
    if (!probe.ok) {
        return make(Kind::Tls, Outcome::Fail,
                    Tr::tr("The TLS handshake failed: %1").arg(probe.errors.join(QStringLiteral("; "))));
    }
    const QString text = probe.protocol + QStringLiteral("; ") + certificateText(probe.certificate);
    if (probe.certificate.expiryDate()
        < QDateTime::currentDateTimeUtc().addDays(CertificateExpiryWarningDays))
        return make(Kind::Tls, Outcome::Warn,
                    Tr::tr("%1. The certificate expires soon: renew it.").arg(text));
    return make(Kind::Tls, Outcome::Pass, text + QLatin1Char('.'));
}

PreflightCheck redirect(const Result<TestDeliveryResult> &answer)
{
    if (!answer.ok())
        return skipped(Kind::Redirect, Tr::tr("Not checked: the test POST got no answer."));
    const TestDeliveryResult &result = answer.value();
    if (!result.isRedirect())
        return make(Kind::Redirect, Outcome::Pass, Tr::tr("The test POST was not redirected."));
    return make(Kind::Redirect, Outcome::Fail,
                Tr::tr("The test POST was answered %1 with a redirect to %2. Vipps MobilePay does not follow "
                       "redirects: register the final URL.")
                    .arg(QString::number(result.status),
                         result.location.isEmpty() ? Tr::tr("nowhere") : result.location));
}

PreflightCheck delivery(const Result<TestDeliveryResult> &answer, bool throwawaySecret)
{
    if (!answer.ok())
        return make(Kind::Delivery, Outcome::Fail, answer.error().detail);
    const TestDeliveryResult &result = answer.value();
    const QString status = QString::number(result.status);
    const QString time = TestDeliverySender::durationText(result.elapsedMs);
    if (result.isSuccess())
        return make(Kind::Delivery, Outcome::Pass, Tr::tr("Answered %1 in %2.").arg(status, time));
    if ((result.status == 401 || result.status == 403) && throwawaySecret) {
        return make(
            Kind::Delivery, Outcome::Warn,
            Tr::tr(
                "Answered %1 in %2: the receiver probably refused the signature of the throwaway secret (no "
                "secret exists before registration). It must answer 2xx to genuine deliveries.")
                .arg(status, time));
    }
    return make(
        Kind::Delivery, Outcome::Fail,
        Tr::tr("Answered %1 in %2, not 2xx: Vipps MobilePay would count the delivery as failed and retry it.")
            .arg(status, time));
}

PreflightCheck skipped(PreflightCheck::Kind kind, const QString &reason)
{
    return make(kind, Outcome::Skipped, reason);
}

} // namespace PreflightRules
