#pragma once

#include "storage/profile.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a profile's environment and sales unit read in a list: a colour chip (the header badge's
// colour: production red, test blue, sandbox green, custom grey) and a line of words, so the
// colour is never the only sign.
namespace EnvironmentChip {

QColor color(Environment environment);
// A round chip of the environment's colour, for list items (pass profile.shownEnvironment()).
QIcon icon(Environment environment);
// "Production · MSN 654321", "Test · partner keys", "sample registrations" (the sandbox): the
// environment as the header shows it (a custom host guarded as production reads Production).
QString summary(const Profile &profile);

} // namespace EnvironmentChip
