#include "settingsfilewatcher.h"

#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QTimer>

SettingsFileWatcher::SettingsFileWatcher(ProfileManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_fileName(manager->store()->settings().fileName()),
      m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(100);
    connect(m_settle, &QTimer::timeout, this, &SettingsFileWatcher::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    watch();
}

SettingsFileWatcher::~SettingsFileWatcher() = default;

void SettingsFileWatcher::watch()
{
    const QFileInfo info(m_fileName);
    if (m_fileName.isEmpty())
        return;
    // The folder may not exist before the first profile is saved: make it, so it can be watched.
    QDir().mkpath(info.absolutePath());
    if (!m_watcher->directories().contains(info.absolutePath()))
        m_watcher->addPath(info.absolutePath());
    if (info.exists() && !m_watcher->files().contains(info.absoluteFilePath()))
        m_watcher->addPath(info.absoluteFilePath());
}

void SettingsFileWatcher::reload()
{
    watch(); // a replaced file is a new file to the watcher
    m_manager->reloadProfiles();
}
