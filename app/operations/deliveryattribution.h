#pragma once

#include "core/contextcallback.h"
#include "core/deliverysignature.h"
#include "core/webhook.h"
#include "storage/profilemanager.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

// "Which secret signed this delivery?" Tries every webhook secret in the vault (every profile,
// both environments, every sales unit) on one delivery and names the registration whose secret
// verifies it. When none does, it tells whether the URL has several registrations known here
// (each event then arrives once per registration, each signed with its own secret) or none.
// The window's Verify dialog (through ConsoleSession) and `webhook-console-cli verify
// --any-secret` both use it: one rule, one explanation.
class DeliveryAttribution final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAttribution)

public:
    // A registration whose URL is known here (from a list of webhooks): the profile (environment,
    // MSN) it was listed under and the webhook.
    struct KnownRegistration
    {
        Profile profile;
        Webhook webhook;
    };

    // A secret this process holds in memory only (the window's sandbox when its keychain refused),
    // tried besides the vault's.
    struct MemorySecret
    {
        ProfileManager::StoredSecret where;
        QString secret;
    };

    struct Finding
    {
        Q_DECLARE_TR_FUNCTIONS(DeliveryAttribution)

    public:
        // The registration whose secret verifies the delivery, when one does.
        std::optional<ProfileManager::StoredSecret> signer;
        // The signer's verdict; else the step that failed (the signature step when secrets were
        // tried and none matched; an earlier step fails alike for every secret).
        DeliverySignature::Verdict verdict;
        bool trailingLineBreakLeftOut = false;
        int secretsTried = 0;
        int secretsUnreadable = 0; // the keychain would not give them
        // The vault's index could not be read: why (for people); no stored secret was tried.
        QString indexProblem;
        // The known registrations of the delivery's URL (several: one delivery per registration).
        QList<KnownRegistration> registrationsOfUrl;

        bool isValid() const { return signer.has_value(); }
        // A paragraph for people: who signed it, or why nothing here verifies it. Translated.
        QString explanation() const;
    };
    using Callback = std::function<void(const Finding &)>;

    explicit DeliveryAttribution(ProfileManager *manager, QObject *parent = nullptr);
    ~DeliveryAttribution() override;

    // Verifies `delivery` (against `registeredUrl` when valid, else its own URL) with each stored
    // secret in turn, then with `inMemory`. `known` are the registrations whose URLs are known
    // (for the explanation). `done` runs once, tied to `context`, never from inside this call.
    // Searches run side by side; each ends when `context` is destroyed.
    void find(const Delivery &delivery, const QUrl &registeredUrl, const QList<KnownRegistration> &known,
              QObject *context, Callback done, const QList<MemorySecret> &inMemory = {});

    // The registrations in `known` whose URL is `url` (the same endpoint: Webhook::endpointKey).
    static QList<KnownRegistration> registrationsOf(const QUrl &url, const QList<KnownRegistration> &known);
    // "Test, MSN 123456", "Production, partner (all sales units)", for people. Translated.
    static QString describe(const Profile &profile);

private:
    class Search;

    ProfileManager *m_manager;
};
