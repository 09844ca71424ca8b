#pragma once

#include <QString>

#include <optional>

// Writes one webhook secret to a file, only ever on the user's explicit request: atomically
// (QSaveFile), readable and writable by the user only (0600) from the first byte on, the
// secret exactly as stored (no newline added).
namespace SecretFile {
// Nothing on success; else a sentence saying why the file was not written.
std::optional<QString> write(const QString &fileName, const QString &secret);
} // namespace SecretFile
