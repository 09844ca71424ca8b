#pragma once

// Shared helpers of the storage tests (header only).

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QtGlobal>

namespace StorageTest {

// True under scripts/with-test-keyring: a throwaway HOME and a private session bus, so the
// tests can never touch a developer's own keychain.
inline bool inThrowawayKeyring()
{
    return qEnvironmentVariableIsSet("WC_TEST_KEYRING_INNER");
}

inline constexpr const char *SkipMessage = "needs scripts/with-test-keyring (a throwaway HOME and Secret "
                                           "Service); refusing to touch a real keychain";

// The error message of a result, or "" (QVERIFY2 evaluates its message even when passing).
template<typename R> QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// HOME and the XDG directories: everywhere a secret could leak to on this machine.
inline QStringList userDirectories()
{
    QStringList dirs{QDir::homePath()};
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty())
            dirs.append(dir);
    }
    dirs.removeDuplicates();
    return dirs;
}

// Regular files under `dirs` (recursively, symlinks not followed) whose bytes contain `needle`.
inline QStringList filesContaining(const QStringList &dirs, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            if (file.readAll().contains(needle))
                hits.append(path);
        }
    }
    hits.removeDuplicates();
    return hits;
}

// Every regular file under `dirs`.
inline QStringList allFiles(const QStringList &dirs)
{
    QStringList files;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.removeDuplicates();
    return files;
}

} // namespace StorageTest
