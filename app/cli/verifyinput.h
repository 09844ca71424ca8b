#pragma once

#include "cli/exitcode.h"
#include "core/deliverysignature.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace VerifyOptions {
inline QString url()
{
    return QStringLiteral("url");
}
inline QString date()
{
    return QStringLiteral("date");
}
inline QString contentSha256()
{
    return QStringLiteral("content-sha256");
}
inline QString authorization()
{
    return QStringLiteral("authorization");
}
inline QString bodyFile()
{
    return QStringLiteral("body-file");
}
inline QString rawFile()
{
    return QStringLiteral("raw-file");
}
inline QString secretStdin()
{
    return QStringLiteral("secret-stdin");
}
inline QString webhookId()
{
    return QStringLiteral("webhook-id");
}
inline QString anySecret()
{
    return QStringLiteral("any-secret");
}
// Hidden: recognised only to refuse it with a clear message (secrets are never arguments).
inline QString secretArgument()
{
    return QStringLiteral("secret");
}
} // namespace VerifyOptions

// The delivery `verify` checks, as its options give it: the four header options (--url, --date,
// --content-sha256, --authorization) with --body-file, or a whole request with --raw-file (the
// URL from its Host header and request line; --url, when given too, is the registered URL to
// compare it with). Files are read as raw bytes, at most MaxFileBytes.
struct VerifyInput
{
    static constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

    Delivery delivery;
    QUrl registeredUrl; // empty: none given (a raw request without --url)
    bool fromRawRequest = false;

    static QList<QCommandLineOption> options();
    // A usage error (exit 2) when the options do not describe a delivery or a file is unusable.
    static Result<VerifyInput, CliError> fromParser(const QCommandLineParser &parser);
};
