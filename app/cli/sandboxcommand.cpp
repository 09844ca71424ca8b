#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/signalwatcher.h"
#include "core/validation.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSslKey>

#include <csignal>

namespace {

struct Tls
{
    QSslCertificate certificate;
    QSslKey key;
};

Result<Tls, CliError> loadTls(const QString &certificatePath, const QString &keyPath)
{
    const auto certificates = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (certificates.isEmpty())
        return CliError{ExitCode::Refused, Cli::tr("%1 holds no PEM certificate.").arg(certificatePath)};
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return CliError{ExitCode::Refused, Cli::tr("Cannot read %1: %2").arg(keyPath, file.errorString())};
    const QByteArray pem = file.readAll();
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return Tls{certificates.first(), key};
    }
    return CliError{ExitCode::Refused,
                    Cli::tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyPath)};
}

void printHowToUse(Console &console, const SandboxServer &server)
{
    const SandboxServer::Keys keys = server.keys();
    const QString url = server.baseUrl().toString();
    console.out(Cli::tr("Sandbox API listening on %1").arg(url));
    console.out(Cli::tr("Its keys are fixed sandbox keys, not secrets. To use it from another terminal:"));
    console.out(QStringLiteral("  export %1=%2").arg(CliContext::clientIdVariable(), keys.clientId));
    console.out(QStringLiteral("  export %1=%2").arg(CliContext::clientSecretVariable(), keys.clientSecret));
    console.out(
        QStringLiteral("  export %1=%2").arg(CliContext::subscriptionKeyVariable(), keys.subscriptionKey));
    console.out(QStringLiteral("  export %1=123456").arg(CliContext::msnVariable()) + QStringLiteral("    ")
                + Cli::tr("# any sales unit; leave it unset for partner keys"));
    if (!server.pspId().isEmpty()) {
        console.out(Cli::tr("These are a PSP's keys: every webhooks call needs --psp-id %1 and the "
                            "merchant's MSN.")
                        .arg(server.pspId()));
        console.out(
            QStringLiteral("  webhook-console-cli --base-url %1 --psp-id %2 list").arg(url, server.pspId()));
    } else {
        console.out(QStringLiteral("  webhook-console-cli --base-url %1 list").arg(url));
    }
    console.out(Cli::tr("Press Ctrl+C to stop."));
}

} // namespace

int Commands::sandbox(CliContext &context, const QCommandLineParser &parser)
{
    Console &console = context.console();
    const QStringList positional = parser.positionalArguments();
    const bool https = parser.isSet(QStringLiteral("https"));
    if (positional.size() != (https ? 1 : 0))
        return context.usageError(https ? Cli::tr("--https needs a certificate and a key: --https CERT KEY.")
                                        : Cli::tr("sandbox takes no arguments besides its options."));
    quint16 port = 0;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = parser.value(QStringLiteral("port")).toUShort(&ok);
        if (!ok)
            return context.usageError(Cli::tr("--port takes a port number from 0 to 65535."));
    }

    SandboxServer server;
    // --psp-id makes the sandbox's keys a PSP's key set (its webhooks calls need Psp-Id).
    if (context.options().pspId) {
        if (const auto problem = Validation::checkPspId(*context.options().pspId))
            return context.usageError(Cli::tr("--psp-id %1: %2").arg(*context.options().pspId, *problem));
        server.setPspId(*context.options().pspId);
    }
    if (https) {
        const auto tls = loadTls(parser.value(QStringLiteral("https")), positional.first());
        if (!tls)
            return context.fail(tls.error());
        server.setTls(tls.value().certificate, tls.value().key);
    }
    const QString stateFile = parser.value(QStringLiteral("state"));
    if (!stateFile.isEmpty() && QFile::exists(stateFile)) {
        QString error;
        if (!server.loadState(stateFile, &error))
            return context.fail(
                CliError{ExitCode::Refused, Cli::tr("Cannot load %1: %2").arg(stateFile, error)});
    }
    // Watching the signals before the URL is printed: whoever reads it may stop the sandbox at once.
    QEventLoop loop;
    SignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    QObject::connect(&server, &SandboxServer::requestHandled, &loop,
                     [&console](const QByteArray &method, const QString &path, int status) {
                         console.err(
                             QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(method), path).arg(status));
                     });
    if (!server.start(port)) {
        return context.fail(
            CliError{ExitCode::Failure, Cli::tr("The sandbox cannot listen: %1").arg(server.errorString())});
    }

    if (context.json()) {
        const SandboxServer::Keys keys = server.keys();
        console.json(QJsonObject{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                                 {QStringLiteral("clientId"), keys.clientId},
                                 {QStringLiteral("clientSecret"), keys.clientSecret},
                                 {QStringLiteral("subscriptionKey"), keys.subscriptionKey},
                                 {QStringLiteral("pspId"), server.pspId()}});
    } else {
        printHowToUse(console, server);
    }

    loop.exec();

    int exitCode = toInt(ExitCode::Success);
    if (!stateFile.isEmpty()) {
        QString error;
        if (!server.saveState(stateFile, &error))
            exitCode = context.fail(
                CliError{ExitCode::Failure, Cli::tr("Cannot save %1: %2").arg(stateFile, error)});
    }
    console.err(Cli::tr("Sandbox stopped."));
    return exitCode;
}
