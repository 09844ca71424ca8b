#include "cli/clicontext.h"

#include "core/networkaccessmanager.h"

#include "cli/cli.h"
#include "cli/console.h"
#include "cli/waitfor.h"
#include "core/apierror.h"
#include "core/environment.h"
#include "core/validation.h"
#include "core/webhooksclient.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QFile>
#include <QProcessEnvironment>

namespace {

constexpr int MaxTimeoutSeconds = 3600;

QString environmentValue(const QString &name)
{
    return QProcessEnvironment::systemEnvironment().value(name);
}

} // namespace

CliContext::CliContext(Console &console, GlobalOptions options)
    : m_console(console), m_options(std::move(options))
{ }

CliContext::~CliContext() = default;

Result<Profile, CliError> CliContext::applyOverrides(Profile profile) const
{
    if (m_options.environment) {
        const auto environment = Environments::fromKey(*m_options.environment);
        if (!environment || (*environment != Environment::Test && *environment != Environment::Production)) {
            return CliError{
                ExitCode::Usage,
                Cli::tr("Unknown environment \"%1\": use test or production.").arg(*m_options.environment)};
        }
        profile.environment = *environment;
        profile.customBaseUrl.clear();
        profile.declaredEnvironment.reset();
    }
    if (m_options.baseUrl) {
        const QUrl url(*m_options.baseUrl, QUrl::StrictMode);
        if (const auto problem = Validation::checkBaseUrl(url)) {
            return CliError{
                ExitCode::Usage,
                Cli::tr("The base URL \"%1\" cannot be used: %2").arg(*m_options.baseUrl, *problem)};
        }
        // With --env, --base-url declares which environment that server is; without, a profile's
        // declaration holds for its own host only (Environments::guardOf guards the rest).
        std::optional<Environment> declared;
        if (m_options.environment)
            declared = profile.environment;
        else if (profile.environment == Environment::Custom && profile.customBaseUrl.host() == url.host())
            declared = profile.declaredEnvironment;
        if (const auto problem = Profile::checkDeclaration(url, declared); problem && declared)
            return CliError{ExitCode::Usage, *problem};
        profile.environment = Environment::Custom;
        profile.customBaseUrl = url;
        profile.declaredEnvironment = declared;
    }
    if (m_options.msn) {
        if (const auto problem = Validation::checkMsn(*m_options.msn)) {
            return CliError{ExitCode::Usage, Cli::tr("--msn %1: %2").arg(*m_options.msn, *problem)};
        }
        profile.msn = *m_options.msn;
    }
    if (m_options.pspId) {
        if (const auto problem = Validation::checkPspId(*m_options.pspId)) {
            return CliError{ExitCode::Usage, Cli::tr("--psp-id %1: %2").arg(*m_options.pspId, *problem)};
        }
        profile.pspId = *m_options.pspId;
    }
    return profile;
}

Result<Profile, CliError> CliContext::resolveProfile()
{
    Profile base;
    if (m_options.profile) {
        const auto saved = profileStore().find(*m_options.profile);
        if (!saved) {
            QStringList names;
            for (const Profile &profile : profileStore().profiles())
                names.append(profile.name);
            const QString known = names.isEmpty()
                ? Cli::tr("There are no saved profiles.")
                : Cli::tr("Saved profiles: %1.").arg(names.join(QStringLiteral(", ")));
            return CliError{ExitCode::Usage,
                            Cli::tr("No profile is named \"%1\". %2").arg(*m_options.profile, known)};
        }
        base = *saved;
    } else {
        const QString msn = environmentValue(msnVariable());
        if (const auto problem = Validation::checkMsn(msn))
            return CliError{ExitCode::Usage, QStringLiteral("%1: %2").arg(msnVariable(), *problem)};
        base.msn = msn;
    }
    return applyOverrides(base);
}

bool CliContext::hasCredentials() const
{
    if (m_options.profile)
        return true;
    return !environmentValue(clientIdVariable()).isEmpty()
        && !environmentValue(clientSecretVariable()).isEmpty()
        && !environmentValue(subscriptionKeyVariable()).isEmpty();
}

Result<Target, CliError> CliContext::resolveTarget()
{
    const auto profile = resolveProfile();
    if (!profile)
        return profile.error();
    if (profile.value().environment == Environment::Sandbox) {
        return CliError{ExitCode::Usage,
                        Cli::tr("Profile \"%1\" uses the window's embedded sandbox. Start one with "
                                "\"webhook-console-cli sandbox\" and pass its URL with --base-url.")
                            .arg(profile.value().name)};
    }
    const auto timeout = timeoutMs(ClientConfig().timeoutMs);
    if (!timeout)
        return timeout.error();
    if (auto problem = trustCaFile())
        return *problem;

    const auto credentials
        = m_options.profile ? credentialsFromKeychain(*m_options.profile) : credentialsFromEnvironment();
    if (!credentials)
        return credentials.error();

    Target target{profile.value(), profile.value().clientConfig(credentials.value())};
    target.config.timeoutMs = timeout.value();
    return target;
}

StateStore *CliContext::stateStore()
{
    return profileManager().stateStore();
}

Result<Target, CliError> CliContext::resolveTargetOf(const QString &profileName)
{
    const std::optional<QString> given = std::exchange(m_options.profile, profileName);
    auto target = resolveTarget();
    m_options.profile = given;
    return target;
}

bool CliContext::allowsLoopbackPreflight()
{
    return qEnvironmentVariable(qPrintable(allowLoopbackPreflightVariable())) == QLatin1String("1");
}

Result<Credentials, CliError> CliContext::credentialsFromEnvironment() const
{
    Credentials credentials{environmentValue(clientIdVariable()), environmentValue(clientSecretVariable()),
                            environmentValue(subscriptionKeyVariable())};
    QStringList missing;
    if (credentials.clientId.isEmpty())
        missing.append(clientIdVariable());
    if (credentials.clientSecret.isEmpty())
        missing.append(clientSecretVariable());
    if (credentials.subscriptionKey.isEmpty())
        missing.append(subscriptionKeyVariable());
    if (!missing.isEmpty()) {
        return CliError{ExitCode::Usage,
                        Cli::tr("No API keys: set %1, or use --profile NAME (see \"profile add\").")
                            .arg(missing.join(QStringLiteral(", ")))};
    }
    return credentials;
}

Result<Credentials, CliError> CliContext::credentialsFromKeychain(const QString &profileName)
{
    auto &manager = profileManager();
    const auto result = waitFor<Result<Credentials, KeychainError>>(
        [&](QObject *context, std::function<void(const Result<Credentials, KeychainError> &)> done) {
            manager.loadCredentials(profileName, context, std::move(done));
        });
    if (result)
        return result.value();
    const KeychainError &error = result.error();
    if (error.kind == KeychainError::Kind::NotFound) {
        return CliError{ExitCode::Usage,
                        Cli::tr("No API keys are stored for profile \"%1\". Remove it and add it "
                                "again with \"profile add\".")
                            .arg(profileName)};
    }
    return CliError{exitCodeFor(error),
                    Cli::tr("Could not read the API keys of profile \"%1\" from the keychain: %2")
                        .arg(profileName, error.message)};
}

Result<int, CliError> CliContext::timeoutMs(int defaultMs) const
{
    if (!m_options.timeout)
        return defaultMs;
    bool ok = false;
    const int seconds = m_options.timeout->toInt(&ok);
    if (!ok || seconds < 1 || seconds > MaxTimeoutSeconds) {
        return CliError{ExitCode::Usage,
                        Cli::tr("--timeout takes a whole number of seconds from 1 to %1, not \"%2\".")
                            .arg(MaxTimeoutSeconds)
                            .arg(*m_options.timeout)};
    }
    return seconds * 1000;
}

std::optional<CliError> CliContext::trustCaFile() const
{
    // One source for both programs: NetworkAccessManager reads the variable for the window too.
    if (auto problem = NetworkAccessManager::instance()->trustCaFileFromEnvironment())
        return CliError{ExitCode::Usage, *problem};
    return std::nullopt;
}

std::unique_ptr<WebhooksClient> CliContext::makeClient(const ClientConfig &config)
{
    auto client = std::make_unique<WebhooksClient>(config);
    QObject::connect(client.get(), &WebhooksClient::waiting, client.get(),
                     [this](const QString &operation, int seconds) { reportWait(operation, seconds); });
    return client;
}

void CliContext::reportWait(const QString &operation, int seconds)
{
    m_console.err(Cli::tr("%1: waiting %n second(s) before trying again.", nullptr, seconds).arg(operation));
}

ProfileStore &CliContext::profileStore()
{
    if (!m_store)
        m_store = std::make_unique<ProfileStore>();
    return *m_store;
}

ProfileManager &CliContext::profileManager()
{
    if (!m_manager) {
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_manager = std::make_unique<ProfileManager>(&profileStore(), m_secrets.get());
        // The state file was unreadable and moved aside, or cannot be opened: say so once.
        if (const QString notice = m_manager->stateNotice(); !notice.isEmpty())
            console().warning(notice);
    }
    return *m_manager;
}

Result<QString, KeychainError> CliContext::readWebhookSecret(const Profile &profile, const QString &webhookId)
{
    auto &manager = profileManager();
    return waitFor<Result<QString, KeychainError>>(
        [&](QObject *context, std::function<void(const Result<QString, KeychainError> &)> done) {
            manager.readWebhookSecret(profile, webhookId, context, std::move(done));
        });
}

Result<QString, CliError> CliContext::readSecretFromStdin()
{
    const auto line = m_console.readLine(Cli::tr("Webhook secret: "), true);
    if (!line)
        return CliError{ExitCode::Usage,
                        Cli::tr("--secret-stdin: standard input ended before the secret was read.")};
    if (line->isEmpty())
        return CliError{ExitCode::Usage, Cli::tr("--secret-stdin: the secret on standard input is empty.")};
    return *line;
}

int CliContext::fail(const CliError &error)
{
    m_console.error(error.message);
    if (error.code == ExitCode::Usage)
        m_console.err(Cli::tr("See \"webhook-console-cli --help\"."));
    return toInt(error.code);
}

int CliContext::fail(const ApiError &error)
{
    m_console.apiError(error);
    return toInt(exitCodeFor(error));
}

int CliContext::fail(const KeychainError &error, const QString &what)
{
    m_console.error(Cli::tr("%1: %2").arg(what, error.message));
    return toInt(exitCodeFor(error));
}

int CliContext::usageError(const QString &message)
{
    return fail(CliError{ExitCode::Usage, message});
}
