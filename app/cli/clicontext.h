#pragma once

#include "cli/exitcode.h"
#include "cli/globaloptions.h"
#include "core/clientconfig.h"
#include "core/result.h"
#include "storage/profile.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class ApiError;
class Console;
class KeychainSecretStore;
class ProfileManager;
class ProfileStore;
class StateStore;
class WebhooksClient;
struct KeychainError;

// Where the API commands send their calls: the profile (name, environment, MSN: the keychain
// entries of webhook secrets hang on these) and the client configuration with the API keys.
struct Target
{
    Profile profile;
    ClientConfig config;
};

// What every command needs: the console, the global options, and the profiles with the keychain
// (created on first use, so commands that need neither never touch them).
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext(Console &console, GlobalOptions options);
    ~CliContext();

    Console &console() const { return m_console; }
    const GlobalOptions &options() const { return m_options; }
    bool json() const { return m_options.json; }

    // The target of the API commands. With --profile: the saved profile and its keys from the
    // keychain; without: the VIPPS_* environment variables. --env, --base-url and --msn override.
    Result<Target, CliError> resolveTarget();
    // The target of the saved profile `profileName` (as if --profile named it).
    Result<Target, CliError> resolveTargetOf(const QString &profileName);
    // The profile alone, without its keys (enough to find a webhook secret in the keychain):
    // --profile's saved profile, or the unnamed profile of VIPPS_MSN; with the overrides applied.
    Result<Profile, CliError> resolveProfile();
    // True when resolveTarget() has keys to try: --profile, or all three VIPPS_* key variables.
    bool hasCredentials() const;
    // Applies --env / --base-url / --msn to `profile` and checks the values.
    Result<Profile, CliError> applyOverrides(Profile profile) const;
    // A client for `config` that reports its waits (Retry-After, back-off) on stderr.
    std::unique_ptr<WebhooksClient> makeClient(const ClientConfig &config);
    // Says on stderr that `operation` waits before trying again (Retry-After, back-off).
    void reportWait(const QString &operation, int seconds);

    ProfileStore &profileStore();
    ProfileManager &profileManager();
    // The local state store every program shares (history, snapshots, the secret index).
    StateStore *stateStore();

    // The webhook secret stored for `webhookId` under `profile` (the vault).
    Result<QString, KeychainError> readWebhookSecret(const Profile &profile, const QString &webhookId);
    // A secret as one line of standard input (only the line ending is removed); at a terminal it
    // is asked for without echo. Never from an argument.
    Result<QString, CliError> readSecretFromStdin();

    // --timeout in milliseconds, or `defaultMs` when it was not given.
    Result<int, CliError> timeoutMs(int defaultMs) const;
    // Trusts the certificate authorities of WEBHOOK_CONSOLE_CA_FILE (when it is set) for every
    // connection of this process; the error when the file cannot be used.
    std::optional<CliError> trustCaFile() const;

    // Print the error on stderr and return its exit code.
    int fail(const CliError &error);
    int fail(const ApiError &error);
    int fail(const KeychainError &error, const QString &what);
    int usageError(const QString &message);

    // Environment variables the command line reads.
    static QString clientIdVariable() { return QStringLiteral("VIPPS_CLIENT_ID"); }
    static QString clientSecretVariable() { return QStringLiteral("VIPPS_CLIENT_SECRET"); }
    static QString subscriptionKeyVariable() { return QStringLiteral("VIPPS_SUBSCRIPTION_KEY"); }
    static QString msnVariable() { return QStringLiteral("VIPPS_MSN"); }
    // For tests only: check-url lets loopback addresses pass with a warning (local test servers).
    static QString allowLoopbackPreflightVariable()
    {
        return QStringLiteral("WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT");
    }
    // The variable is set to 1 (tests).
    static bool allowsLoopbackPreflight();

private:
    Result<Credentials, CliError> credentialsFromEnvironment() const;
    Result<Credentials, CliError> credentialsFromKeychain(const QString &profileName);

    Console &m_console;
    GlobalOptions m_options;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;
};
