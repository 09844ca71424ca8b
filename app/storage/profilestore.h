#pragma once

#include "storage/profile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// Profiles (never their secrets) in QSettings, under "profiles/<name>/...", and the name of
// the last profile used. Synchronous: QSettings does not block on anything slow.
// Names are percent-encoded in the settings keys, so any name (slashes, brackets, non-ASCII)
// round-trips.
class ProfileStore
{
public:
    // Uses the application's QSettings (organisation and application name from AppInfo).
    ProfileStore();
    // Uses the given settings file (tests).
    explicit ProfileStore(const QString &settingsFile);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }
    void save(const Profile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

    QSettings &settings() const { return *m_settings; }
    // The local state file that goes with these settings (StateStore): the application data
    // folder's "state.sqlite", or "<name>-state.sqlite" beside a given settings file (tests).
    QString stateFile() const { return m_stateFile; }

    // A name as one settings key segment (percent-encoded: no '/', '\\' or '%' left), and back.
    static QString encodeName(const QString &name);
    static QString decodeName(const QString &segment);

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_stateFile;
};
