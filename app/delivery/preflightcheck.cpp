#include "delivery/preflightcheck.h"

#include <QCoreApplication>

namespace {

// This file's messages, in the "PreflightCheck" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)
};

} // namespace

QString PreflightCheck::idOf(Kind kind)
{
    switch (kind) {
    case Kind::Scheme: return QStringLiteral("scheme");
    case Kind::Port: return QStringLiteral("port");
    case Kind::Address: return QStringLiteral("address");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Redirect: return QStringLiteral("redirect");
    case Kind::Delivery: return QStringLiteral("delivery");
    }
    return {};
}

QString PreflightCheck::titleOf(Kind kind)
{
    switch (kind) {
    case Kind::Scheme: return Tr::tr("HTTPS URL");
    case Kind::Port: return Tr::tr("Common port");
    case Kind::Address: return Tr::tr("Public address");
    case Kind::Tls: return Tr::tr("TLS 1.2+ and a trusted certificate");
    case Kind::Redirect: return Tr::tr("No redirect");
    case Kind::Delivery: return Tr::tr("Signed test POST answered 2xx");
    }
    return {};
}

QString PreflightCheck::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass: return QStringLiteral("pass");
    case Outcome::Warn: return QStringLiteral("warn");
    case Outcome::Fail: return QStringLiteral("fail");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString PreflightCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass: return Tr::tr("Pass");
    case Outcome::Warn: return Tr::tr("Warning");
    case Outcome::Fail: return Tr::tr("Fail");
    case Outcome::Skipped: return Tr::tr("Not checked");
    }
    return {};
}

PreflightCheck::Outcome PreflightReport::overall() const
{
    bool warned = false;
    for (const PreflightCheck &check : checks) {
        if (check.outcome == PreflightCheck::Outcome::Fail)
            return PreflightCheck::Outcome::Fail;
        warned = warned || check.outcome == PreflightCheck::Outcome::Warn;
    }
    return warned ? PreflightCheck::Outcome::Warn : PreflightCheck::Outcome::Pass;
}

std::optional<PreflightCheck> PreflightReport::check(PreflightCheck::Kind kind) const
{
    for (const PreflightCheck &item : checks) {
        if (item.kind == kind)
            return item;
    }
    return std::nullopt;
}
