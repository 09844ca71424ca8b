#pragma once

// Shared helpers of the window tests (header only): a throwaway settings file, the real keychain
// (only under scripts/with-test-keyring), a ProfileManager, a ConsoleSession and a sandbox API
// on a loopback socket for saved profiles to talk to.

#include "core/webhookmodel.h"
#include "core/webhooksclient.h"
#include "mainwindow.h"
#include "operations/consolesession.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace UiTest {

// True under scripts/with-test-keyring: a throwaway HOME and a private session bus.
inline bool inThrowawayKeyring()
{
    return qEnvironmentVariableIsSet("WC_TEST_KEYRING_INNER");
}

inline constexpr const char *KeychainSkipMessage = "needs scripts/with-test-keyring (a throwaway HOME and "
                                                   "Secret Service); refusing to touch a real keychain";

// A keychain that is not there (NoBackend): what tests outside scripts/with-test-keyring get,
// so they never reach a developer's own keychain. The sandbox then keeps secrets in memory.
class NoKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void read(const QString &, QObject *context, ReadCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(error()); });
    }
    void write(const QString &, const QByteArray &, QObject *context, DoneCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(error()); });
    }
    void remove(const QString &, QObject *context, DoneCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(error()); });
    }

private:
    static KeychainError error()
    {
        return KeychainError{KeychainError::Kind::NoBackend, QStringLiteral("No keychain in this test.")};
    }
};

// Everything a MainWindow needs, wired as main.cpp wires it, but on throwaway storage.
class Fixture
{
public:
    explicit Fixture(SecretStore *secrets = nullptr)
    {
        if (!m_dir.isValid())
            qFatal("no temporary directory: %s", qPrintable(m_dir.errorString()));
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("settings.ini")));
        if (!secrets && inThrowawayKeyring()) {
            // A service of its own per test run: nothing collides with another run.
            m_keychain = std::make_unique<KeychainSecretStore>(
                QStringLiteral("wc-ui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
            secrets = m_keychain.get();
        } else if (!secrets) {
            m_noKeychain = std::make_unique<NoKeychain>();
            secrets = m_noKeychain.get();
        }
        m_secrets = secrets;
        m_manager = std::make_unique<ProfileManager>(m_store.get(), secrets);
        m_session = makeSession();
        m_sandbox = std::make_unique<SandboxServer>();
        if (!m_sandbox->start())
            qFatal("the sandbox could not start");
    }

    // A new session on the same settings, keychain and sandbox state file, as after quitting
    // and starting again (destroy the windows of the old session first).
    ConsoleSession *restartSession()
    {
        const QUrl override = m_sandbox->baseUrl();
        m_session.reset();
        m_session = makeSession();
        m_session->setBaseUrlOverrideForTesting(override);
        return m_session.get();
    }
    QString sandboxStateFile() const { return m_dir.filePath(QStringLiteral("sandbox-state.json")); }

    ProfileStore *store() const { return m_store.get(); }
    ProfileManager *manager() const { return m_manager.get(); }
    // The keychain the manager uses (to change it behind the console's back).
    SecretStore *secrets() const { return m_secrets; }
    ConsoleSession *session() const { return m_session.get(); }
    // The sandbox that saved profiles talk to (the Sandbox environment starts its own).
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // Saves a profile whose keys are the sandbox's, and points the session at the sandbox.
    bool saveProfile(const Profile &profile)
    {
        const SandboxServer::Keys keys = SandboxServer::defaultKeys();
        std::optional<bool> ok;
        QObject context;
        m_manager->saveProfile(profile, Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey},
                               &context,
                               [&ok](const Result<Done, KeychainError> &result) { ok = result.ok(); });
        if (!QTest::qWaitFor([&ok] { return ok.has_value(); }, 20000))
            return false;
        m_session->setBaseUrlOverrideForTesting(m_sandbox->baseUrl());
        return *ok;
    }

    static Profile profile(const QString &name, ::Environment environment, const QString &msn)
    {
        Profile profile;
        profile.name = name;
        profile.environment = environment;
        profile.msn = msn;
        return profile;
    }

private:
    std::unique_ptr<ConsoleSession> makeSession() const
    {
        auto session = std::make_unique<ConsoleSession>(m_manager.get());
        session->setSandboxStateFile(sandboxStateFile());
        return session;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<NoKeychain> m_noKeychain;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<ProfileManager> m_manager;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<SandboxServer> m_sandbox;
};

// The top-level widget of type T that is visible, if any.
template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

// The accepting button of a dialog's buttonBox ("Register", "Save", ...).
inline QAbstractButton *acceptButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!box)
        return nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return button;
    }
    return nullptr;
}

// The row of `id` in the session's model, or -1.
inline int rowOf(const ConsoleSession &session, const QString &id)
{
    return session.model()->rowOf(id);
}

// Stores a webhook secret for `profile` as the console would; true when the keychain took it.
inline bool storeSecret(ProfileManager *manager, const Profile &profile, const QString &id,
                        const QString &secret)
{
    std::optional<bool> ok;
    QObject context;
    manager->storeWebhookSecret(profile, id, secret, &context,
                                [&ok](const Result<Done, KeychainError> &result) { ok = result.ok(); });
    (void)QTest::qWaitFor([&ok] { return ok.has_value(); }, 20000);
    return ok.value_or(false);
}

// The secret the keychain holds for `id`, or the kind of error it answered.
inline Result<QString, KeychainError> readSecret(ProfileManager *manager, const Profile &profile,
                                                 const QString &id)
{
    std::optional<Result<QString, KeychainError>> answer;
    QObject context;
    manager->readWebhookSecret(profile, id, &context,
                               [&answer](const Result<QString, KeychainError> &result) { answer = result; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
    if (!answer)
        return KeychainError{KeychainError::Kind::Timeout, QStringLiteral("no answer")};
    return *answer;
}

// Deletes a registration "elsewhere": another client (another machine, another tool) talks to
// the sandbox directly, so the console learns of it only from its next list.
inline bool deleteElsewhere(SandboxServer *sandbox, const QString &msn, const QString &id)
{
    const SandboxServer::Keys keys = SandboxServer::defaultKeys();
    ClientConfig config;
    config.baseUrl = sandbox->baseUrl();
    config.msn = msn;
    config.credentials = Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey};
    WebhooksClient client(config);
    std::optional<bool> ok;
    QObject context;
    client.deleteWebhook(id, &context, [&ok](const Result<Done> &result) { ok = result.ok(); });
    (void)QTest::qWaitFor([&ok] { return ok.has_value(); }, 20000);
    return ok.value_or(false);
}

} // namespace UiTest
