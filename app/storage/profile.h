#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"

#include <QString>
#include <QUrl>

#include <optional>

// A named set of settings for one sales unit (or partner) in one environment. Everything here
// is kept in QSettings; the API keys belong to the keychain (see ProfileManager).
struct Profile
{
    QString name;
    Environment environment = Environment::Test;
    QUrl customBaseUrl; // only for Environment::Custom
    QString msn;        // empty: partner keys
    SystemInfo system = SystemInfo::defaults();

    bool isPartner() const { return msn.isEmpty(); }
    // The base URL the API calls go to; empty for Sandbox (the caller starts one).
    QUrl baseUrl() const;
    // "123456", or "partner" for partner keys: the bucket registrations belong to.
    QString bucket() const { return msn.isEmpty() ? QStringLiteral("partner") : msn; }
    // A sentence saying what is wrong, or nothing when the profile can be saved.
    std::optional<QString> validate() const;
    // A ClientConfig without credentials (the caller adds them from the keychain).
    ClientConfig clientConfig(const Credentials &credentials) const;

    bool operator==(const Profile &) const = default;
};
