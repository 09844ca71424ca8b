#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// The four Vipps-System-* headers. Defaults name this console and its version.
struct SystemInfo
{
    QString name;
    QString version;
    QString pluginName;
    QString pluginVersion;

    static SystemInfo defaults();
    bool operator==(const SystemInfo &) const = default;
};

// The API keys of one sales unit (or partner) in one environment.
struct Credentials
{
    QString clientId;
    QString clientSecret;
    QString subscriptionKey;

    bool isComplete() const
    {
        return !clientId.isEmpty() && !clientSecret.isEmpty() && !subscriptionKey.isEmpty();
    }
    bool operator==(const Credentials &) const = default;
};

// Everything a WebhooksClient needs. Built from a Profile plus its keychain entry, or from
// command-line options and environment variables.
struct ClientConfig
{
    QUrl baseUrl; // https://apitest.vipps.no, https://api.vipps.no, or a checked custom URL
    QString msn;  // empty: partner keys, no Merchant-Serial-Number header
    // A PSP's id: sent as Psp-Id on every webhooks call (never on the token call); `msn` is
    // then the merchant's MSN, not the PSP's own.
    QString pspId;
    Credentials credentials;
    SystemInfo system = SystemInfo::defaults();
    // The deadline of each operation (token call, attempts and waits between them included);
    // 0: none. Extra certificate authorities are NetworkAccessManager's (one source per process).
    int timeoutMs = 30000;
};
