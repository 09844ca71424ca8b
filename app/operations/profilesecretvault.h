#pragma once

#include "operations/webhooksecretvault.h"
#include "storage/profile.h"

class ProfileManager;

// The secrets of one profile's webhooks in the keychain, through ProfileManager (the command
// line's vault; the window's session adds the sandbox's memory fallback).
class ProfileSecretVault final : public WebhookSecretVault
{
public:
    ProfileSecretVault(ProfileManager &manager, Profile profile);

    const Profile &profile() const { return m_profile; }

    bool hasStoredSecret(const QString &id) const override;
    void storeWebhookSecret(const QString &id, const QString &secret, QObject *context,
                            VaultCallback callback) override;
    void removeWebhookSecret(const QString &id, QObject *context, VaultCallback callback) override;

private:
    ProfileManager &m_manager;
    Profile m_profile;
};
