#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/waitfor.h"
#include "core/apierror.h"
#include "operations/connectiontest.h"

#include <QJsonObject>

// Gets a token to prove the keys work, and says when it expires. The token itself is never
// printed: it is as good as the keys for its lifetime.
int Commands::token(CliContext &context, const QCommandLineParser &)
{
    const auto target = context.resolveTarget();
    if (!target)
        return context.fail(target.error());
    ConnectionTest test;
    QObject::connect(
        &test, &ConnectionTest::waiting, &test,
        [&context](const QString &operation, int seconds) { context.reportWait(operation, seconds); });
    const auto result = waitFor<Result<AccessToken>>(
        [&](QObject *ctx, std::function<void(const Result<AccessToken> &)> done) {
            test.start(target.value().config, ctx, std::move(done));
        });
    if (!result)
        return context.fail(result.error());

    const QDateTime expiresAt = result.value().expiresAt.toUTC();
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    if (context.json()) {
        context.console().json(QJsonObject{{QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate)},
                                           {QStringLiteral("expiresInSeconds"), seconds},
                                           {QStringLiteral("tokenType"), result.value().tokenType}});
    } else {
        context.console().out(Cli::tr("Token received; it expires at %1 (in %n minute(s)).", nullptr,
                                      static_cast<int>(seconds / 60))
                                  .arg(expiresAt.toString(Qt::ISODate)));
    }
    return toInt(ExitCode::Success);
}
