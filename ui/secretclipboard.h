#pragma once

#include <QString>

// Copies a secret the way password managers do (KeePassXC): the text plus the
// "x-kde-passwordManagerHint: secret" MIME hint, so clipboard managers do not keep a history
// of it, and clears the clipboard after a while if it still holds that secret.
namespace SecretClipboard {
void copy(const QString &secret);
// Copies text that is not secret (URLs, ids, error details) as plain text.
void copyText(const QString &text);

// The MIME type and value of the password-manager hint.
QString hintMimeType(); // "x-kde-passwordManagerHint"
// Milliseconds until a copied secret is cleared (30 s); tests shorten it.
int clearDelayMs();
void setClearDelayMs(int milliseconds);
} // namespace SecretClipboard
