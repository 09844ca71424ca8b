#pragma once

#include "delivery/testdeliverysender.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One check of a callback URL before it is registered, with its outcome and the reason.
struct PreflightCheck
{
    enum class Kind {
        Scheme,   // an absolute https URL (fail otherwise)
        Port,     // 443, 80 or 8080 (warn otherwise)
        Address,  // the name resolves, to public addresses only
        Tls,      // TLS 1.2 or newer with a trusted certificate for the host
        Redirect, // the signed test POST is not answered with a redirect
        Delivery, // the signed test POST is answered 2xx within the timeout
    };
    // Skipped: not checked, because an earlier check failed (the reason says which).
    enum class Outcome {
        Pass,
        Warn,
        Fail,
        Skipped
    };

    Kind kind = Kind::Scheme;
    Outcome outcome = Outcome::Skipped;
    QString reason; // translated, one or two sentences

    // "scheme", "port", "address", "tls", "redirect", "delivery": stable, for the CLI and tests.
    QString id() const { return idOf(kind); }
    // "HTTPS", "Port", "Public address", ...: translated, for people.
    QString title() const { return titleOf(kind); }

    static QString idOf(Kind kind);
    static QString titleOf(Kind kind);
    // "pass", "warn", "fail", "skipped": stable, for the CLI and tests.
    static QString outcomeId(Outcome outcome);
    // Translated.
    static QString outcomeName(Outcome outcome);
};

// Everything a preflight found, in the order of PreflightCheck::Kind (every kind once).
struct PreflightReport
{
    QUrl url;
    QList<PreflightCheck> checks;
    // The signed test POST's answer, when one came.
    std::optional<TestDeliveryResult> delivery;
    // True when the test POST was signed with a throwaway secret (none was given).
    bool throwawaySecret = false;

    // Fail when any check failed, else Warn when any warned, else Pass (Skipped counts for
    // nothing: it only follows a failure).
    PreflightCheck::Outcome overall() const;
    // The check of `kind`, when the report has it.
    std::optional<PreflightCheck> check(PreflightCheck::Kind kind) const;
};
