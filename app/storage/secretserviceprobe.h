#pragma once

#include <QObject>

#include <functional>
#include <optional>

// Asks the Secret Service (over D-Bus, asynchronously) whether its default collection is locked.
// QtKeychain reports a read from a locked keychain whose unlock prompt was dismissed (or could not
// be shown) as "entry not found"; this tells the two apart so the user hears the real cause.
namespace SecretServiceProbe {
// `done` gets true (locked), false (unlocked) or nothing (no Secret Service, or no answer).
void isDefaultCollectionLocked(QObject *context, std::function<void(std::optional<bool>)> done);
} // namespace SecretServiceProbe
