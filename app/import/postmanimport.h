#pragma once

#include "core/clientconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a Postman environment export holds for a profile. Only what the export names is set:
// the `has…` flags say which values were present (and enabled), so a caller can keep its own
// defaults for the rest.
struct PostmanEnvironment
{
    QString name; // the export's "name", trimmed; may be empty
    Credentials credentials;
    QString msn;
    SystemInfo system; // empty strings where the export has no value
    bool hasMsn = false;

    QStringList unknownKeys;  // variables the console does not use, as named in the export
    QStringList disabledKeys; // known variables that were disabled in Postman (skipped)
    QStringList missingKeys;  // required variables that are absent or empty (canonical names)
    QStringList invalidKeys;  // variables skipped because their value is not text
    int skippedEntries = 0;   // entries that are not objects or have no "key"
    // A hint that the keys are production keys (the name says "prod", or a value names
    // api.vipps.no). The caller must still never switch to production by itself.
    bool looksLikeProduction = false;

    // Translated sentences for the user about everything above, one per item.
    QStringList notes() const;
};

struct PostmanImportError
{
    QString message; // a translated sentence naming what is wrong
};

// Reads a Postman environment export: {"name": "...", "values": [{"key", "value", "enabled"}]}.
// Variable names are matched case-insensitively, ignoring "-", "_" and spaces, so
// client_id / clientId / Client-Id all work. Never crashes on any input; data it cannot use is
// reported, not guessed at.
namespace PostmanImport {
// Exports larger than this are refused (an environment is a few kilobytes).
constexpr qint64 maxFileSize = 1024 * 1024;

Result<PostmanEnvironment, PostmanImportError> parse(const QByteArray &json);
Result<PostmanEnvironment, PostmanImportError> readFile(const QString &fileName);

// The canonical variable name for `key` ("client_id", "merchantSerialNumber", ...), or an empty
// string when the console does not use it.
QString canonicalKey(const QString &key);
} // namespace PostmanImport
