#include "cli/verifyinput.h"

#include "cli/cli.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

Result<QByteArray, CliError> readFile(const QString &option, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError{ExitCode::Usage,
                        Cli::tr("--%1: cannot read %2: %3").arg(option, path, file.errorString())};
    QByteArray data = file.read(VerifyInput::MaxFileBytes + 1);
    if (data.size() > VerifyInput::MaxFileBytes) {
        return CliError{ExitCode::Usage,
                        Cli::tr("--%1: %2 is larger than %3 MiB; a delivery is much smaller.")
                            .arg(option, path)
                            .arg(VerifyInput::MaxFileBytes / (1024 * 1024))};
    }
    return data;
}

Result<QUrl, CliError> urlOption(const QCommandLineParser &parser)
{
    const QString text = parser.value(VerifyOptions::url()).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        return CliError{ExitCode::Usage,
                        Cli::tr("--url: \"%1\" is not an absolute URL with a host name.").arg(text)};
    return url;
}

} // namespace

QList<QCommandLineOption> VerifyInput::options()
{
    using namespace VerifyOptions;
    QCommandLineOption secret(secretArgument(), QString(), Cli::tr("SECRET"));
    secret.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(
            url(),
            Cli::tr("The registered URL the delivery was sent to (with --raw-file: the registered URL "
                    "to compare the request with)."),
            Cli::tr("URL")),
        QCommandLineOption(date(), Cli::tr("The x-ms-date header as received."), Cli::tr("DATE")),
        QCommandLineOption(contentSha256(), Cli::tr("The x-ms-content-sha256 header as received."),
                           Cli::tr("HASH")),
        QCommandLineOption(authorization(), Cli::tr("The Authorization header as received."),
                           Cli::tr("VALUE")),
        QCommandLineOption(bodyFile(), Cli::tr("A file holding the body exactly as received (raw bytes)."),
                           Cli::tr("FILE")),
        QCommandLineOption(
            rawFile(),
            Cli::tr("A file holding the whole request as received (request line, headers, blank "
                    "line, body), instead of the four options above and --body-file."),
            Cli::tr("FILE")),
        QCommandLineOption(
            secretStdin(),
            Cli::tr("Read the webhook's secret as one line from standard input (without echo at a "
                    "terminal).")),
        QCommandLineOption(
            webhookId(),
            Cli::tr("Use the secret stored on this machine for this webhook (under --profile, or "
                    "the VIPPS_MSN and --env/--base-url of no profile)."),
            Cli::tr("ID")),
        QCommandLineOption(
            anySecret(),
            Cli::tr("Try every webhook secret stored on this machine (every profile, both environments) "
                    "and name the registration whose secret verifies the delivery.")),
        secret,
    };
}

Result<VerifyInput, CliError> VerifyInput::fromParser(const QCommandLineParser &parser)
{
    using namespace VerifyOptions;
    const QStringList headerOptions{date(), contentSha256(), authorization(), bodyFile()};
    VerifyInput input;

    if (parser.isSet(rawFile())) {
        for (const QString &option : headerOptions) {
            if (parser.isSet(option)) {
                return CliError{
                    ExitCode::Usage,
                    Cli::tr("--raw-file holds the whole request: give it without --%1.").arg(option)};
            }
        }
        if (parser.isSet(url())) {
            const auto registered = urlOption(parser);
            if (!registered)
                return registered.error();
            input.registeredUrl = registered.value();
        }
        const auto raw = readFile(rawFile(), parser.value(rawFile()));
        if (!raw)
            return raw.error();
        QString error;
        const QString scheme
            = input.registeredUrl.isEmpty() ? QStringLiteral("https") : input.registeredUrl.scheme();
        const auto delivery = DeliverySignature::parseRawHttp(raw.value(), &error, scheme);
        if (!delivery)
            return CliError{ExitCode::Usage,
                            Cli::tr("--raw-file %1: %2").arg(parser.value(rawFile()), error)};
        input.delivery = *delivery;
        input.fromRawRequest = true;
        return input;
    }

    QStringList missing;
    for (const QString &option : QStringList{url()} + headerOptions) {
        if (!parser.isSet(option))
            missing.append(QStringLiteral("--") + option);
    }
    if (missing.size() == headerOptions.size() + 1) {
        return CliError{ExitCode::Usage,
                        Cli::tr("verify needs the delivery: --url, --date, --content-sha256, "
                                "--authorization and --body-file, or --raw-file FILE.")};
    }
    if (!missing.isEmpty()) {
        return CliError{ExitCode::Usage,
                        Cli::tr("verify needs %1 as well (or the whole request with --raw-file).")
                            .arg(missing.join(QStringLiteral(", ")))};
    }
    const auto registered = urlOption(parser);
    if (!registered)
        return registered.error();
    const auto body = readFile(bodyFile(), parser.value(bodyFile()));
    if (!body)
        return body.error();
    // Header values as received; an empty one is reported by the verification as missing.
    input.delivery.url = registered.value();
    input.delivery.date = parser.value(date()).toUtf8();
    input.delivery.contentSha256 = parser.value(contentSha256()).toUtf8();
    input.delivery.authorization = parser.value(authorization()).toUtf8();
    input.delivery.body = body.value();
    input.registeredUrl = registered.value();
    return input;
}
