#include "storage/profile.h"

#include "core/validation.h"

#include <QCoreApplication>

namespace {

constexpr qsizetype MaxNameLength = 64;

} // namespace

std::optional<QString> Profile::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "Enter a name for the profile.");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("Profile", "The profile name is longer than %1 characters.")
            .arg(MaxNameLength);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("Profile", "The profile name must not contain “/” or “\\”.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(
                "Profile", "The profile name must not contain control characters such as line breaks.");
    }
    if (name.front().isSpace() || name.back().isSpace())
        return QCoreApplication::translate("Profile", "The profile name must not begin or end with a space.");
    // "-" stands for "no profile" in keychain keys (see ProfileManager::webhookSecretKey).
    if (name == QLatin1String("-"))
        return QCoreApplication::translate("Profile", "The profile name “-” is reserved.");
    return std::nullopt;
}

std::optional<QString> Profile::checkDeclaration(const QUrl &url, std::optional<Environment> declared)
{
    const auto fixed = Environments::fixedByHost(url);
    if (fixed && declared && *declared != *fixed) {
        return QCoreApplication::translate("Profile", "%1 is the %2 environment; it cannot be declared %3.")
            .arg(url.host(), Environments::displayName(*fixed), Environments::displayName(*declared));
    }
    if (!declared && Environments::needsDeclaration(url)) {
        return QCoreApplication::translate("Profile", "Say whether %1 is a test or a production server.")
            .arg(url.host());
    }
    return std::nullopt;
}

QUrl Profile::baseUrl() const
{
    switch (environment) {
    case Environment::Test:
    case Environment::Production: return Environments::baseUrl(environment);
    case Environment::Custom: return customBaseUrl;
    case Environment::Sandbox: break;
    }
    return {};
}

Environment Profile::guardedEnvironment() const
{
    if (environment == Environment::Sandbox)
        return Environment::Sandbox;
    return Environments::guardOf(
        baseUrl(), environment == Environment::Custom ? declaredEnvironment : std::optional(environment));
}

bool Profile::isVippsTest() const
{
    return environment != Environment::Sandbox && Environments::fixedByHost(baseUrl()) == Environment::Test;
}

Profile::Kind Profile::kind() const
{
    if (isPsp())
        return Kind::Psp;
    return isPartner() ? Kind::Partner : Kind::Merchant;
}

std::optional<QString> Profile::checkKind() const
{
    if (auto problem = Validation::checkPspId(pspId))
        return problem;
    if (isPsp() && msn.isEmpty()) {
        return QCoreApplication::translate(
            "Profile",
            "A PSP profile needs the merchant's MSN (Merchant-Serial-Number): a PSP calls on a "
            "merchant's behalf, never with its own MSN.");
    }
    // Reference section 7: partner keys exist only in production.
    if (isPartner() && isVippsTest()) {
        return QCoreApplication::translate(
            "Profile",
            "Partner keys exist only in production: in the test environment a partner uses "
            "the ordinary test keys of a sales unit. Enter that sales unit's MSN, or choose "
            "Production.");
    }
    return std::nullopt;
}

std::optional<QString> Profile::validate() const
{
    if (auto problem = checkName(name))
        return problem;
    if (environment == Environment::Custom) {
        if (customBaseUrl.isEmpty())
            return QCoreApplication::translate("Profile", "Enter the base URL of the custom environment.");
        if (auto problem = Validation::checkBaseUrl(customBaseUrl))
            return problem;
        if (auto problem = checkDeclaration(customBaseUrl, declaredEnvironment))
            return problem;
    }
    if (auto problem = Validation::checkMsn(msn))
        return problem;
    if (auto problem = checkKind())
        return problem;

    const std::pair<const char *, const QString *> systemValues[] = {
        {QT_TRANSLATE_NOOP("Profile", "System name"), &system.name},
        {QT_TRANSLATE_NOOP("Profile", "System version"), &system.version},
        {QT_TRANSLATE_NOOP("Profile", "Plugin name"), &system.pluginName},
        {QT_TRANSLATE_NOOP("Profile", "Plugin version"), &system.pluginVersion},
    };
    for (const auto &[label, value] : systemValues) {
        if (auto problem = Validation::checkSystemValue(*value)) {
            return QCoreApplication::translate("Profile", "%1: %2")
                .arg(QCoreApplication::translate("Profile", label), *problem);
        }
    }
    return std::nullopt;
}

ClientConfig Profile::clientConfig(const Credentials &credentials) const
{
    ClientConfig config;
    config.baseUrl = baseUrl();
    config.msn = msn;
    config.pspId = pspId;
    config.credentials = credentials;
    config.system = system;
    return config;
}
