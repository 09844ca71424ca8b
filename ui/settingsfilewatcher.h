#pragma once

#include <QObject>
#include <QString>

class ProfileManager;
class QFileSystemWatcher;
class QTimer;

// Watches the settings file that holds the profiles, so a profile added, changed or removed by
// `webhook-console-cli profile ...` (another process) appears in the window without a restart.
// QSettings replaces the file on every write, so the folder is watched as well as the file.
class SettingsFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFileWatcher)

public:
    SettingsFileWatcher(ProfileManager *manager, QObject *parent = nullptr);
    ~SettingsFileWatcher() override;

    QString fileName() const { return m_fileName; }

private:
    void watch();
    void reload();

    ProfileManager *m_manager;
    QString m_fileName;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle; // one reload for the burst of changes a single write makes
};
