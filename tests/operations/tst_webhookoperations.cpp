// WebhookOperations against the sandbox API over loopback and the real Secret Service of
// scripts/with-test-keyring: register and store the secret, delete and forget it (404 included),
// and issue 16: after an ambiguous register failure, only a registration this attempt made is
// ever named, with an identical one already present.
#include "operationstestsupport.h"

#include <QTest>

using namespace OperationsTest;

class TestWebhookOperations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fixture;

    // An identical registration (same URL and events) that existed before the attempt.
    QString addIdenticalRegistration()
    {
        return m_fixture->sandbox().addRegistration(Msn, HookUrl, {Captured}).id;
    }
    // The one registration besides `old`, or "" when there is not exactly one.
    QString newRegistrationBesides(const QString &old)
    {
        QStringList ids;
        for (const Webhook &webhook : m_fixture->sandbox().registrations(Msn)) {
            if (webhook.id != old)
                ids.append(webhook.id);
        }
        return ids.size() == 1 ? ids.first() : QString();
    }
    static SandboxServer::Fault postFault()
    {
        SandboxServer::Fault fault;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/webhooks/");
        return fault;
    }

private Q_SLOTS:
    void init()
    {
        if (!inThrowawayKeyring())
            QSKIP("needs scripts/with-test-keyring (a throwaway HOME and Secret Service)");
        m_fixture = std::make_unique<Fixture>();
    }
    void cleanup() { m_fixture.reset(); }

    void register_listsFirstThenStoresTheSecret()
    {
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY2(registered->ok(), registered->ok() ? "" : qPrintable(registered->error().summary()));
        const RegisterOutcome &outcome = registered->value();
        QCOMPARE(outcome.webhook.url, HookUrl);
        QVERIFY(outcome.secretStored);
        QCOMPARE(outcome.secret, m_fixture->sandbox().secretOf(outcome.webhook.id));
        // The ids before the POST are known: the list went first.
        QCOMPARE(m_fixture->webhookCalls(), (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
        QVERIFY(m_fixture->vault().hasStoredSecret(outcome.webhook.id));
        const auto read = m_fixture->readSecret(outcome.webhook.id);
        QVERIFY(read && read->ok());
        QCOMPARE(read->value(), outcome.secret);
    }

    // Issue 16: a 500 that registered nothing, with an identical registration present.
    void register_500WithIdenticalPresent_namesNone()
    {
        const QString old = addIdenticalRegistration();
        SandboxServer::Fault fault = postFault();
        fault.status = 500;
        m_fixture->sandbox().injectFault(fault);
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        const ApiError &error = registered->error();
        QCOMPARE(error.httpStatus, 500);
        QVERIFY2(error.unconfirmedWebhookId.isEmpty(), qPrintable(error.unconfirmedWebhookId));
        QVERIFY2(!error.detail.contains(old), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QLatin1String("has not been registered")), qPrintable(error.detail));
        QCOMPARE(m_fixture->sandbox().registrations(Msn).size(), 1);
        QVERIFY(!m_fixture->vault().hasStoredSecret(old));
    }

    // Issue 16: the answer dropped after the commit names the new one, never the old one.
    void register_droppedAfterCommitWithIdenticalPresent_namesTheNewOne()
    {
        const QString old = addIdenticalRegistration();
        SandboxServer::Fault fault = postFault();
        fault.dropAfterCommit = true;
        m_fixture->sandbox().injectFault(fault);
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        const QString fresh = newRegistrationBesides(old);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(registered->error().unconfirmedWebhookId, fresh);
        QVERIFY(registered->error().detail.contains(fresh));
        QVERIFY(!registered->error().detail.contains(old));
        // Never posted twice.
        QCOMPARE(m_fixture->webhookCalls().count(QStringLiteral("POST")), 1);
    }

    // Issue 16: a timeout after the commit names the new one, never the old one.
    void register_timeoutAfterCommitWithIdenticalPresent_namesTheNewOne()
    {
        m_fixture = std::make_unique<Fixture>(1000);
        const QString old = addIdenticalRegistration();
        SandboxServer::Fault fault = postFault();
        fault.delayMs = 5000; // committed at once, answered after the client gave up
        m_fixture->sandbox().injectFault(fault);
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        QCOMPARE(registered->error().kind, ApiError::Kind::Timeout);
        const QString fresh = newRegistrationBesides(old);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(registered->error().unconfirmedWebhookId, fresh);
        QVERIFY(!registered->error().detail.contains(old));
    }

    // The list before the attempt failed: the identical registrations are not told apart, none
    // is named, and the error says so.
    void register_listBeforeFailed_saysItCannotTell()
    {
        const QString old = addIdenticalRegistration();
        SandboxServer::Fault list;
        list.method = "GET";
        list.pathPrefix = QStringLiteral("/webhooks/");
        list.status = 400; // not retried
        m_fixture->sandbox().injectFault(list);
        SandboxServer::Fault fault = postFault();
        fault.dropAfterCommit = true;
        m_fixture->sandbox().injectFault(fault);
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        const ApiError &error = registered->error();
        QVERIFY2(error.unconfirmedWebhookId.isEmpty(), qPrintable(error.unconfirmedWebhookId));
        QVERIFY2(error.detail.contains(QLatin1String("cannot be told")), qPrintable(error.detail));
        QVERIFY(!error.detail.contains(old));
        QCOMPARE(m_fixture->sandbox().registrations(Msn).size(), 2);
    }

    // The list after the attempt failed: nothing is named, and the error says it was not checked.
    void register_listAfterFailed_saysItCouldNotCheck()
    {
        SandboxServer &sandbox = m_fixture->sandbox();
        SandboxServer::Fault fault = postFault();
        fault.dropAfterCommit = true;
        sandbox.injectFault(fault);
        // Once the POST is handled, every list fails.
        connect(&sandbox, &SandboxServer::requestHandled, this, [&sandbox](const QByteArray &method) {
            if (method == "POST") {
                SandboxServer::Fault list;
                list.method = "GET";
                list.pathPrefix = QStringLiteral("/webhooks/");
                list.status = 400;
                list.count = -1;
                sandbox.injectFault(list);
            }
        });
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        QVERIFY(registered->error().unconfirmedWebhookId.isEmpty());
        QVERIFY2(registered->error().detail.contains(QLatin1String("could not be checked")),
                 qPrintable(registered->error().detail));
    }

    // Refused outright (400): no second list, nothing to recover.
    void register_refused_isReportedAsItIs()
    {
        const auto registered = m_fixture->registerWebhook({HookUrl, {QStringLiteral("not.an.event.v1")}});
        QVERIFY(registered);
        QVERIFY(!registered->ok());
        QCOMPARE(registered->error().httpStatus, 400);
        QCOMPARE(m_fixture->webhookCalls(), (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
    }

    void delete_forgetsTheSecret()
    {
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered && registered->ok());
        const QString id = registered->value().webhook.id;
        QVERIFY(m_fixture->vault().hasStoredSecret(id));
        const auto deleted = m_fixture->deleteWebhook(id);
        QVERIFY(deleted);
        QVERIFY(deleted->ok());
        QVERIFY(!deleted->value().alreadyGone);
        QVERIFY(deleted->value().hadSecret);
        QVERIFY(deleted->value().secretRemoved);
        QVERIFY(!m_fixture->vault().hasStoredSecret(id));
        const auto read = m_fixture->readSecret(id);
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().kind, KeychainError::Kind::NotFound);
        QVERIFY(m_fixture->sandbox().registrations(Msn).isEmpty());
    }

    // One rule for 404: the webhook is gone, so it counts as deleted and its secret is forgotten.
    void delete_404_countsAsGoneAndForgetsTheSecret()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto stored
            = m_fixture->storeSecret(id, QStringLiteral("a-secret-of-a-webhook-deleted-elsewhere"));
        QVERIFY(stored && stored->ok());
        const auto deleted = m_fixture->deleteWebhook(id);
        QVERIFY(deleted);
        QVERIFY2(deleted->ok(), deleted->ok() ? "" : qPrintable(deleted->error().summary()));
        QVERIFY(deleted->value().alreadyGone);
        QVERIFY(deleted->value().secretRemoved);
        QVERIFY(!m_fixture->vault().hasStoredSecret(id));
        const auto read = m_fixture->readSecret(id);
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().kind, KeychainError::Kind::NotFound);
    }

    // Any other failure keeps the secret: the webhook may still exist.
    void delete_failure_keepsTheSecret()
    {
        const auto registered = m_fixture->registerWebhook({HookUrl, {Captured}});
        QVERIFY(registered && registered->ok());
        const QString id = registered->value().webhook.id;
        SandboxServer::Fault fault;
        fault.method = "DELETE";
        fault.status = 500;
        fault.count = -1;
        m_fixture->sandbox().injectFault(fault);
        const auto deleted = m_fixture->deleteWebhook(id);
        QVERIFY(deleted);
        QVERIFY(!deleted->ok());
        QCOMPARE(deleted->error().httpStatus, 500);
        QVERIFY(m_fixture->vault().hasStoredSecret(id));
        QCOMPARE(m_fixture->sandbox().registrations(Msn).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookOperations)
#include "tst_webhookoperations.moc"
