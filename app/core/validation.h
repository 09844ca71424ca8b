#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Checks of everything that comes from outside before it is used. Each returns an empty
// optional when the value is acceptable, else a sentence saying what is wrong.
namespace Validation {
// 127.0.0.0/8, ::1, localhost (and *.localhost).
bool isLoopbackHost(const QString &host);
// Loopback, RFC 1918, link-local, CGNAT, unique-local IPv6, unspecified: not world-reachable.
bool isPrivateOrLocalHost(const QString &host);

// An API base URL: https, or http for a loopback host; no user info, query or fragment.
std::optional<QString> checkBaseUrl(const QUrl &url);
// A webhook callback URL as the API would accept it: absolute https, a host, no user info,
// at most 2048 characters. (World-reachability is the register dialog's warning, not a refusal.)
std::optional<QString> checkCallbackUrl(const QString &url);
// 4 to 7 digits; an empty MSN means partner keys and is accepted.
std::optional<QString> checkMsn(const QString &msn);
// A PSP id as sent in the Psp-Id header: 1 to 64 letters, digits, '-', '_' or '.'; empty is
// accepted (not a PSP).
std::optional<QString> checkPspId(const QString &pspId);
// A Vipps-System-* value: at most 30 characters, no control characters.
std::optional<QString> checkSystemValue(const QString &value);
// A webhook id must be a UUID before it goes into a path.
bool isUuid(const QString &id);
// A non-empty list of event type names, each a plausible event type (known or not).
std::optional<QString> checkEvents(const QStringList &events);
} // namespace Validation
