#pragma once

#include "cli/clicontext.h"

#include <QString>

#include <optional>

class Console;
struct Profile;

namespace ProductionConfirmation {

// What a production operation says when it asks, and when it refuses.
struct Texts
{
    QString question;   // "Delete 2 webhooks in PRODUCTION for 123456?" (the MSN or "partner" named)
    QString noTerminal; // why it refuses without --yes and without a terminal; nothing was done
    QString declined;   // nothing was done
};

// In production (Profile::isProduction, the one rule) an operation that changes webhooks goes on
// only with --yes (assumeYes), or when the MSN (or "partner") is typed at a terminal. Outside
// production: nothing to ask. Without a terminal it refuses with a usage error (exit 2).
std::optional<CliError> require(Console &console, const Profile &profile, bool assumeYes, const Texts &texts);

} // namespace ProductionConfirmation
