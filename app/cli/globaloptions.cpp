#include "cli/globaloptions.h"

#include "cli/cli.h"

#include <QCommandLineParser>

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        QCommandLineOption(OptionNames::profile(),
                           Cli::tr("A saved profile (its API keys come from the OS keychain)."),
                           Cli::tr("NAME")),
        QCommandLineOption(
            OptionNames::environment(),
            Cli::tr("The environment (default: the profile's, else test); with --base-url, which "
                    "environment that server is."),
            QStringLiteral("test|production")),
        QCommandLineOption(
            OptionNames::baseUrl(),
            Cli::tr("An explicit API base URL (https, or http for loopback only). api.vipps.no is "
                    "production; any other host but apitest.vipps.no and loopback is guarded "
                    "as production unless --env test declares it."),
            Cli::tr("URL")),
        QCommandLineOption(OptionNames::msn(), Cli::tr("Merchant-Serial-Number; omit it for partner keys."),
                           Cli::tr("NUMBER")),
        QCommandLineOption(OptionNames::pspId(),
                           Cli::tr("A PSP's id, sent as Psp-Id on every webhooks call (--msn is then the "
                                   "merchant's MSN)."),
                           Cli::tr("ID")),
        QCommandLineOption(OptionNames::json(), Cli::tr("Machine-readable output on stdout.")),
        QCommandLineOption(OptionNames::timeout(),
                           Cli::tr("Deadline of each operation in seconds, retries included (default 30)."),
                           Cli::tr("SECONDS")),
    };
}

GlobalOptions GlobalOptions::fromParser(const QCommandLineParser &parser)
{
    const auto valueOf = [&parser](const QString &name) -> std::optional<QString> {
        if (!parser.isSet(name))
            return std::nullopt;
        return parser.value(name);
    };
    GlobalOptions options;
    options.profile = valueOf(OptionNames::profile());
    options.environment = valueOf(OptionNames::environment());
    options.baseUrl = valueOf(OptionNames::baseUrl());
    options.msn = valueOf(OptionNames::msn());
    options.pspId = valueOf(OptionNames::pspId());
    options.timeout = valueOf(OptionNames::timeout());
    options.json = parser.isSet(OptionNames::json());
    return options;
}

void GlobalOptions::mergeFrom(const GlobalOptions &later)
{
    const auto take = [](std::optional<QString> &mine, const std::optional<QString> &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(profile, later.profile);
    take(environment, later.environment);
    take(baseUrl, later.baseUrl);
    take(msn, later.msn);
    take(pspId, later.pspId);
    take(timeout, later.timeout);
    json = json || later.json;
}
