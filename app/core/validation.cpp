#include "core/validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

// This file's messages, in the "Validation" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

namespace Validation {

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h.startsWith(QLatin1Char('[')) ? h.mid(1, h.size() - 2) : h))
        return false;
    return address.isLoopback();
}

bool isPrivateOrLocalHost(const QString &host)
{
    if (host.isEmpty() || isLoopbackHost(host))
        return true;
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h)) {
        // A name: a single label or a local-only domain cannot be reached from the internet;
        // anything else only resolving it could tell.
        return !h.contains(QLatin1Char('.')) || h.endsWith(QLatin1String(".local"))
            || h.endsWith(QLatin1String(".internal")) || h.endsWith(QLatin1String(".lan"))
            || h.endsWith(QLatin1String(".home.arpa"));
    }
    if (address.isLoopback() || address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6) || address.isLinkLocal() || address.isSiteLocal()
        || address.isUniqueLocalUnicast() || address.isMulticast() || address.isBroadcast())
        return true;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (!ok)
        return false;
    const auto in = [v4](quint32 network, int bits) {
        const quint32 mask = ~quint32(0) << (32 - bits);
        return (v4 & mask) == (network & mask);
    };
    return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) // RFC 1918
        || in(0x64400000, 10)                                            // carrier-grade NAT
        || in(0xA9FE0000, 16)                                            // link-local
        || in(0x7F000000, 8) || in(0x00000000, 8);                       // loopback, "this network"
}

std::optional<QString> checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Tr::tr("The base URL must be an absolute URL such as https://api.example.com.");
    if (!url.userInfo().isEmpty())
        return Tr::tr("The base URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return Tr::tr("The base URL must not have a query or a fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return Tr::tr("Plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https.");
    }
    return Tr::tr("The base URL must start with https://.");
}

std::optional<QString> checkCallbackUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("Enter the URL that should receive the webhook deliveries.");
    if (trimmed.size() > 2048)
        return Tr::tr("The URL is longer than 2048 characters.");
    if (hasControlCharacters(trimmed) || trimmed.contains(QLatin1Char(' ')))
        return Tr::tr("The URL must not contain spaces or control characters.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return Tr::tr("The URL is not a valid absolute URL.");
    if (url.scheme().toLower() != QLatin1String("https"))
        return Tr::tr("The URL must start with https://.");
    if (url.host().isEmpty())
        return Tr::tr("The URL has no host name.");
    if (!url.userInfo().isEmpty())
        return Tr::tr("The URL must not contain a user name or password.");
    if (url.hasFragment())
        return Tr::tr("The URL must not have a #fragment.");
    return std::nullopt;
}

std::optional<QString> checkMsn(const QString &msn)
{
    if (msn.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,7}$"));
    if (!digits.match(msn).hasMatch())
        return Tr::tr("The Merchant Serial Number is 4 to 7 digits (leave it empty for partner keys).");
    return std::nullopt;
}

std::optional<QString> checkPspId(const QString &pspId)
{
    if (pspId.isEmpty())
        return std::nullopt;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!allowed.match(pspId).hasMatch())
        return Tr::tr("The PSP id is 1 to 64 letters, digits, “-”, “_” or “.”.");
    return std::nullopt;
}

std::optional<QString> checkSystemValue(const QString &value)
{
    if (value.size() > 30)
        return Tr::tr("At most 30 characters.");
    if (hasControlCharacters(value))
        return Tr::tr("Control characters (such as line breaks) are not allowed.");
    for (const QChar c : value) {
        if (c.unicode() > 0x7e)
            return Tr::tr("Only plain ASCII characters are allowed in HTTP headers.");
    }
    return std::nullopt;
}

bool isUuid(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(id).hasMatch();
}

std::optional<QString> checkEvents(const QStringList &events)
{
    if (events.isEmpty())
        return Tr::tr("Choose at least one event.");
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"));
    for (const QString &event : events) {
        if (!shape.match(event).hasMatch())
            return Tr::tr("\"%1\" is not an event type.").arg(event.left(80));
    }
    if (events.size() > 100)
        return Tr::tr("Too many events in one registration.");
    return std::nullopt;
}

} // namespace Validation
