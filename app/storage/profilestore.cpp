#include "storage/profilestore.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "storage/statestore.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("lastProfile");

namespace Keys {
const QString Environment = QStringLiteral("environment");
const QString BaseUrl = QStringLiteral("baseUrl");
const QString Declared = QStringLiteral("declaredEnvironment");
const QString Msn = QStringLiteral("msn");
const QString PspId = QStringLiteral("pspId");
const QString SystemName = QStringLiteral("systemName");
const QString SystemVersion = QStringLiteral("systemVersion");
const QString PluginName = QStringLiteral("pluginName");
const QString PluginVersion = QStringLiteral("pluginVersion");
} // namespace Keys

QString groupOf(const QString &name)
{
    return ProfilesGroup + QLatin1Char('/') + ProfileStore::encodeName(name);
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(AppInfo::organizationName(), AppInfo::applicationName())),
      m_stateFile(StateStore::defaultFile())
{ }

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)),
      m_stateFile(QFileInfo(settingsFile).absolutePath() + QLatin1Char('/')
                  + QFileInfo(settingsFile).completeBaseName() + QStringLiteral("-state.sqlite"))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::encodeName(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString ProfileStore::decodeName(const QString &segment)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment.toLatin1()));
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &group : groups) {
        if (auto profile = find(decodeName(group)))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(Keys::Environment);
    std::optional<Profile> result;
    if (exists) {
        Profile profile;
        profile.name = name;
        const QString environmentKey = m_settings->value(Keys::Environment).toString();
        if (auto environment = Environments::fromKey(environmentKey)) {
            profile.environment = *environment;
        } else {
            qCWarning(lcKeychain) << "Profile" << name << "has an unknown environment" << environmentKey
                                  << "- using test";
        }
        profile.customBaseUrl = QUrl(m_settings->value(Keys::BaseUrl).toString());
        // Anything but "test" or "production" is no declaration: the host is guarded as production.
        const auto declared = Environments::fromKey(m_settings->value(Keys::Declared).toString());
        if (declared == Environment::Test || declared == Environment::Production)
            profile.declaredEnvironment = declared;
        profile.msn = m_settings->value(Keys::Msn).toString();
        profile.pspId = m_settings->value(Keys::PspId).toString();
        const SystemInfo defaults = SystemInfo::defaults();
        profile.system.name = m_settings->value(Keys::SystemName, defaults.name).toString();
        profile.system.version = m_settings->value(Keys::SystemVersion, defaults.version).toString();
        profile.system.pluginName = m_settings->value(Keys::PluginName, defaults.pluginName).toString();
        profile.system.pluginVersion
            = m_settings->value(Keys::PluginVersion, defaults.pluginVersion).toString();
        result = profile;
    }
    m_settings->endGroup();
    return result;
}

void ProfileStore::save(const Profile &profile)
{
    if (profile.name.isEmpty()) {
        qCWarning(lcKeychain) << "Not saving a profile without a name";
        return;
    }
    // Nothing secret is ever written here: the API keys live in the keychain.
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(Keys::Environment, Environments::key(profile.environment));
    if (!profile.customBaseUrl.isEmpty())
        m_settings->setValue(Keys::BaseUrl, profile.customBaseUrl.toString());
    if (profile.declaredEnvironment)
        m_settings->setValue(Keys::Declared, Environments::key(*profile.declaredEnvironment));
    m_settings->setValue(Keys::Msn, profile.msn);
    if (!profile.pspId.isEmpty())
        m_settings->setValue(Keys::PspId, profile.pspId);
    m_settings->setValue(Keys::SystemName, profile.system.name);
    m_settings->setValue(Keys::SystemVersion, profile.system.version);
    m_settings->setValue(Keys::PluginName, profile.system.pluginName);
    m_settings->setValue(Keys::PluginVersion, profile.system.pluginVersion);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(LastProfileKey);
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastProfileKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(LastProfileKey);
    else
        m_settings->setValue(LastProfileKey, name);
    m_settings->sync();
}
