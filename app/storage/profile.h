#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"

#include <QString>
#include <QUrl>

#include <optional>

// A named set of settings for one sales unit (or partner, or PSP) in one environment. Everything
// here is kept in QSettings; the API keys belong to the keychain (see ProfileManager).
//
// Three kinds: a merchant's profile (its own MSN), a partner's (no MSN: partner-wide, production
// only) and a PSP's (its PSP id, sent as Psp-Id on every webhooks call, with the merchant's MSN).
struct Profile
{
    enum class Kind {
        Merchant,
        Partner,
        Psp
    };

    QString name;
    Environment environment = Environment::Test;
    QUrl customBaseUrl; // only for Environment::Custom
    // Only for Environment::Custom: Test or Production, as declared when the profile was saved.
    std::optional<Environment> declaredEnvironment;
    QString msn;   // empty: partner keys; for a PSP: the merchant's MSN
    QString pspId; // not empty: a PSP profile
    SystemInfo system = SystemInfo::defaults();

    Kind kind() const;
    bool isPartner() const { return msn.isEmpty(); }
    bool isPsp() const { return !pspId.isEmpty(); }
    // The base URL the API calls go to; empty for Sandbox (the caller starts one).
    QUrl baseUrl() const;
    // Test, Production or Sandbox (never Custom): the environment every production guard of both
    // programs follows, decided by Environments::guardOf from the base URL's host.
    Environment guardedEnvironment() const;
    bool isProduction() const { return guardedEnvironment() == Environment::Production; }
    // The calls go to the Vipps MobilePay test environment (its host, apitest.vipps.no, says so):
    // partner keys do not exist there, donations.* never fire and ePayment events fire only for
    // ePayment API payments (reference section 7). Not for a sandbox or another test server.
    bool isVippsTest() const;
    // What people are shown (badge, title): Production whenever guarded as production, else the
    // profile's own environment (Test, Custom or Sandbox).
    Environment shownEnvironment() const { return isProduction() ? Environment::Production : environment; }
    // "123456", or "partner" for partner keys: the bucket registrations belong to.
    QString bucket() const { return msn.isEmpty() ? QStringLiteral("partner") : msn; }
    // What is wrong with a profile name (empty, too long, "/", control characters, "-"), or nothing.
    static std::optional<QString> checkName(const QString &name);
    // A custom base URL names its environment: its host fixes it (a contrary declaration is an
    // error), or it is declared Test or Production (required unless the host is loopback).
    static std::optional<QString> checkDeclaration(const QUrl &url, std::optional<Environment> declared);
    // What is wrong with the kind of profile, or nothing: a malformed PSP id, a PSP profile without
    // the merchant's MSN, partner keys (no MSN) in the Vipps MobilePay test environment.
    std::optional<QString> checkKind() const;
    // A sentence saying what is wrong, or nothing when the profile can be saved.
    std::optional<QString> validate() const;
    // A ClientConfig without credentials (the caller adds them from the keychain).
    ClientConfig clientConfig(const Credentials &credentials) const;

    bool operator==(const Profile &) const = default;
};
