// "Simulate event" in the Sandbox environment: the sandbox posts a signed delivery to every
// sandbox registration with the event type; local HTTPS receivers registered as
// https://127.0.0.1:PORT/... get it, and it verifies with the secret the vault kept. The whole
// loop offline: register, secret stored, delivery, verify.

#include "core/deliverysignature.h"
#include "core/webhookmodel.h"
#include "deliveryactions.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "sandbox/sandboxserver.h"
#include "simulateeventdialog.h"

#include "deliverytestsupport.h"
#include "screenshottestsupport.h"
#include "testreceiver.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace UiTest;

namespace {

// Not among the sandbox's sample registrations: only the test's receivers have it.
const QString Terminated = QStringLiteral("epayments.payment.terminated.v1");

} // namespace

class TestSimulateEvent final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_env;
    std::unique_ptr<MainWindow> m_window;

    ConsoleSession *session() const { return m_env->session(); }
    DeliveryActions *actions() const { return m_window->deliveryActions(); }

    void openSandboxWindow()
    {
        m_window = std::make_unique<MainWindow>(session());
        actions()->service()->setExtraCaCertificatesForTesting(DeliveryTest::testCa());
        m_window->show();
        session()->openSandbox();
        QVERIFY(QTest::qWaitFor([this] { return session()->hasLoaded(); }, 20000));
    }

    RegisterOutcome registerInSession(const QString &url, const QStringList &events)
    {
        std::optional<Result<RegisterOutcome>> outcome;
        QObject context;
        session()->registerWebhook(RegisterRequest{url, events}, &context,
                                   [&outcome](const Result<RegisterOutcome> &result) { outcome = result; });
        [&] { QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000)); }();
        [&] {
            QVERIFY2(outcome && *outcome, outcome ? qPrintable(outcome->error().details()) : "no answer");
        }();
        return outcome && *outcome ? outcome->value() : RegisterOutcome{};
    }

    QString vaultSecret(const QString &id)
    {
        std::optional<Result<QString, KeychainError>> secret;
        QObject context;
        session()->readWebhookSecret(id, &context,
                                     [&secret](const Result<QString, KeychainError> &r) { secret = r; });
        [&] { QVERIFY(QTest::qWaitFor([&secret] { return secret.has_value(); }, 20000)); }();
        return secret && *secret ? secret->value() : QString();
    }

    SimulateEventDialog *openDialog(const QString &event)
    {
        QAction *action = actions()->simulateAction();
        if (!action->isVisible() || !action->isEnabled())
            return nullptr;
        action->trigger();
        SimulateEventDialog *dialog = actions()->simulateDialog();
        if (!dialog || !dialog->setEventType(event))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_env = std::make_unique<Fixture>(); }
    void cleanup()
    {
        m_window.reset();
        m_env.reset();
    }

    void simulate_reachesLocalReceivers_andVerifiesWithVaultSecret()
    {
        TestReceiver good;
        QVERIFY(good.start(DeliveryTest::serverCertificate(), DeliveryTest::serverKey()));
        TestReceiver failing;
        QVERIFY(failing.start(DeliveryTest::serverCertificate(), DeliveryTest::serverKey()));
        failing.answer(500, QByteArrayLiteral("down"));
        openSandboxWindow();
        const QUrl goodUrl = good.url(QStringLiteral("/vipps/simulated"));
        const RegisterOutcome first = registerInSession(goodUrl.toString(), {Terminated});
        const RegisterOutcome second = registerInSession(failing.url().toString(), {Terminated});
        QVERIFY(first.secretStored && second.secretStored);

        SimulateEventDialog *dialog = openDialog(Terminated);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Sandbox")));
        const QString targets = dialog->findChild<QLabel *>(QStringLiteral("targetsLabel"))->text();
        QVERIFY2(targets.contains(goodUrl.toString()), qPrintable(targets));
        QSignalSpy simulated(dialog, &SimulateEventDialog::simulated);
        QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(simulated.size(), 1, 20000);
        QVERIFY(!dialog->isRunning());

        // One row per registration: status and time, or the failure.
        QCOMPARE(dialog->deliveries().size(), 2);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("resultsTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + QStringLiteral(" => ") + tree->topLevelItem(i)->text(1);
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(goodUrl.toString() + QStringLiteral(" => 200")), qPrintable(all));
        QVERIFY2(all.contains(failing.url().toString() + QStringLiteral(" => Failed: 500")), qPrintable(all));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QLatin1String("1 of 2")));

        // The good receiver's delivery verifies with the secret the vault kept at registration.
        QCOMPARE(good.received().size(), 1);
        const Delivery &delivery = good.received().constFirst().delivery;
        QVERIFY(delivery.body.contains(Terminated.toUtf8()) || delivery.body.contains("TERMINATED"));
        const QString secret = vaultSecret(first.webhook.id);
        QCOMPARE(secret, first.secret);
        const auto verdict = DeliverySignature::verify(delivery, secret, goodUrl);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        // The other registration's secret does not verify it.
        QVERIFY(!DeliverySignature::verify(delivery, second.secret, goodUrl).isValid());
        WC_SAVE_SCREENSHOT(dialog, QStringLiteral("simulate-results.png"));
    }

    void simulate_onlyInTheSandbox()
    {
        m_window = std::make_unique<MainWindow>(session());
        QVERIFY(!actions()->simulateAction()->isVisible());
        QVERIFY(!actions()->service()->canSimulate());
        QVERIFY(!actions()->openSimulate());
        session()->openSandbox();
        QTRY_VERIFY(actions()->simulateAction()->isVisible());
        QTRY_VERIFY(actions()->simulateAction()->isEnabled());
        session()->closeProfile();
        QVERIFY(!actions()->simulateAction()->isVisible());
    }

    void simulate_eventWithoutRegistrations_cannotRun()
    {
        openSandboxWindow();
        SimulateEventDialog *dialog = openDialog(Terminated);
        QVERIFY(dialog);
        QVERIFY(!acceptButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("targetsLabel"))
                    ->text()
                    .contains(QLatin1String("No sandbox registration")));
        dialog->simulate(); // refused
        QVERIFY(!dialog->isRunning());
        WC_SAVE_SCREENSHOT(dialog, QStringLiteral("simulate-none.png"));
    }

    void simulate_closingTheDialogStopsDeliveries()
    {
        TestReceiver quiet;
        QVERIFY(quiet.start(DeliveryTest::serverCertificate(), DeliveryTest::serverKey()));
        quiet.stayQuiet();
        openSandboxWindow();
        registerInSession(quiet.url().toString(), {Terminated});
        QPointer<SimulateEventDialog> dialog = openDialog(Terminated);
        QVERIFY(dialog);
        QSignalSpy arrived(&quiet, &TestReceiver::requestReceived);
        QSignalSpy simulated(dialog.data(), &SimulateEventDialog::simulated);
        dialog->simulate();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        TestDeliverySender *sender = session()->sandboxServer()->deliverySender();
        QCOMPARE(sender->pendingCount(), 1);
        dialog->close();
        QCOMPARE(sender->pendingCount(), 0);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(simulated.size(), 0);
    }
};

QTEST_MAIN(TestSimulateEvent)
#include "tst_simulateevent.moc"
