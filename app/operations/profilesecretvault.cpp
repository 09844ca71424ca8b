#include "operations/profilesecretvault.h"

#include "storage/profilemanager.h"

#include <QPointer>
#include <QTimer>

ProfileSecretVault::ProfileSecretVault(ProfileManager &manager, Profile profile)
    : m_manager(manager), m_profile(std::move(profile))
{ }

bool ProfileSecretVault::hasStoredSecret(const QString &id) const
{
    return m_manager.webhookSecretIds(m_profile).contains(id);
}

void ProfileSecretVault::storeWebhookSecret(const QString &id, const QString &secret, QObject *context,
                                            VaultCallback callback)
{
    m_manager.storeWebhookSecret(m_profile, id, secret, context, std::move(callback));
}

void ProfileSecretVault::removeWebhookSecret(const QString &id, QObject *context, VaultCallback callback)
{
    if (!hasStoredSecret(id)) {
        QTimer::singleShot(0, context, [callback] { callback(Done{}); });
        return;
    }
    m_manager.removeWebhookSecret(m_profile, id, context, std::move(callback));
}
