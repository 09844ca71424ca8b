// ConsoleSession (the window's session, no widgets) on a saved profile against the sandbox API
// over loopback and the real Secret Service of scripts/with-test-keyring: orphaned secrets are
// computed from a list that arrived, never from a first list that failed.
#include "operations/consolesession.h"
#include "operationstestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OperationsTest;

class TestConsoleSession final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<ConsoleSession> m_session;

    bool saveProfile()
    {
        const SandboxServer::Keys keys = SandboxServer::defaultKeys();
        const auto saved = await<Result<Done, KeychainError>>([&](QObject *context, auto done) {
            m_fixture->manager().saveProfile(
                m_fixture->profile(), Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey},
                context, std::move(done));
        });
        return saved && saved->ok();
    }

private Q_SLOTS:
    void init()
    {
        if (!inThrowawayKeyring())
            QSKIP("needs scripts/with-test-keyring (a throwaway HOME and Secret Service)");
        m_fixture = std::make_unique<Fixture>();
        m_session = std::make_unique<ConsoleSession>(&m_fixture->manager());
        m_session->setSandboxStateFile({});
        m_session->setBaseUrlOverrideForTesting(m_fixture->sandbox().baseUrl());
        QVERIFY(saveProfile());
    }
    void cleanup()
    {
        m_session.reset();
        m_fixture.reset();
    }

    // Issue 16: a secret stored here whose webhook is not in a list is an orphan, but only once
    // a list has arrived: a first list that fails says nothing about which webhooks exist.
    void firstListFails_marksNoSecretOrphaned()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto stored = m_fixture->storeSecret(id, QStringLiteral("a-secret-of-a-webhook-not-listed"));
        QVERIFY(stored && stored->ok());
        SandboxServer::Fault fault;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        fault.status = 400; // refused, not retried
        fault.count = -1;
        m_fixture->sandbox().injectFault(fault);

        QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
        m_session->openProfile(m_fixture->profile().name);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(m_session->state(), ConsoleSession::State::Ready);
        QVERIFY(!m_session->hasLoaded());
        QVERIFY(m_session->hasStoredSecret(id));
        QCOMPARE(m_session->orphanSecretIds(), QStringList());

        // The same secret is an orphan once a list has arrived without its webhook.
        m_fixture->sandbox().clearFaults();
        QSignalSpy refreshed(m_session.get(), &ConsoleSession::refreshed);
        m_session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        QCOMPARE(m_session->orphanSecretIds(), QStringList{id});

        // A later list that fails leaves what the last one said.
        m_fixture->sandbox().injectFault(fault);
        m_session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QCOMPARE(m_session->orphanSecretIds(), QStringList{id});
    }

    // The window's delete follows the one rule for 404: gone, its row and its secret removed.
    void delete404_countsAsGoneAndForgetsTheSecret()
    {
        QSignalSpy refreshed(m_session.get(), &ConsoleSession::refreshed);
        m_session->openProfile(m_fixture->profile().name);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto stored
            = m_fixture->storeSecret(id, QStringLiteral("a-secret-of-a-webhook-deleted-elsewhere"));
        QVERIFY(stored && stored->ok());
        QTRY_VERIFY(m_session->hasStoredSecret(id));

        std::optional<Result<DeleteOutcome>> outcome;
        bool finished = false;
        m_session->deleteWebhooks(
            {id}, this,
            [&outcome](const QString &, const Result<DeleteOutcome> &result) { outcome = result; },
            [&finished] { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(outcome);
        QVERIFY(outcome->ok());
        QVERIFY(outcome->value().alreadyGone);
        QVERIFY(outcome->value().secretRemoved);
        QVERIFY(!m_session->hasStoredSecret(id));
        const auto read = m_fixture->readSecret(id);
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().kind, KeychainError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
