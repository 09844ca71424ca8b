#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// The options every command takes, before the command or after it (a value given after the
// command wins). Values are kept as given; CliContext checks them.
struct GlobalOptions
{
    std::optional<QString> profile;
    std::optional<QString> environment; // "test" or "production"
    std::optional<QString> baseUrl;
    std::optional<QString> msn;
    std::optional<QString> pspId;
    std::optional<QString> timeout; // seconds
    bool json = false;

    static QList<QCommandLineOption> definitions();
    static GlobalOptions fromParser(const QCommandLineParser &parser);
    // Takes every value `later` has.
    void mergeFrom(const GlobalOptions &later);
};

namespace OptionNames {
inline QString profile()
{
    return QStringLiteral("profile");
}
inline QString environment()
{
    return QStringLiteral("env");
}
inline QString baseUrl()
{
    return QStringLiteral("base-url");
}
inline QString msn()
{
    return QStringLiteral("msn");
}
inline QString pspId()
{
    return QStringLiteral("psp-id");
}
inline QString timeout()
{
    return QStringLiteral("timeout");
}
inline QString json()
{
    return QStringLiteral("json");
}
inline QString help()
{
    return QStringLiteral("help");
}
inline QString version()
{
    return QStringLiteral("version");
}
} // namespace OptionNames
