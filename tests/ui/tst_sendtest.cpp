// "Send test delivery": from a webhook's context menu, a simulated delivery signed with the
// vault's secret reaches a local HTTPS receiver started by the test (its certificate trusted
// for this test only, through the DeliveryService's test seam), and the receiver's copy
// verifies with that secret. Closing the dialog aborts the request.

#include "core/deliverysignature.h"
#include "core/webhookmodel.h"
#include "deliveryactions.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "sandbox/sandboxserver.h"
#include "sendtestdialog.h"
#include "webhooktablepage.h"

#include "deliverytestsupport.h"
#include "screenshottestsupport.h"
#include "testreceiver.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace UiTest;
using State = SendTestDialog::State;

namespace {

const QString Created = QStringLiteral("epayments.payment.created.v1");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");

} // namespace

class TestSendTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_env;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TestReceiver> m_receiver;

    ConsoleSession *session() const { return m_env->session(); }
    DeliveryService *service() const { return m_window->deliveryActions()->service(); }

    void openWindow(bool sandbox = true)
    {
        m_window = std::make_unique<MainWindow>(session());
        service()->setExtraCaCertificatesForTesting(DeliveryTest::testCa());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (sandbox)
            session()->openSandbox();
    }
    void waitLoaded()
    {
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

    // Right-click on the webhook's row and trigger the context menu's `name` action.
    bool triggerContextAction(const QString &id, const char *name)
    {
        WebhookTablePage *page = m_window->tablePage();
        if (!QTest::qWaitFor([&] { return page->selectWebhook(id); }, 10000))
            return false;
        QTableView *view = page->tableView();
        Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
        QMenu *menu = visibleTopLevel<QMenu>();
        if (!menu)
            return false;
        auto *action = menu->findChild<QAction *>(QLatin1String(name));
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        menu->close();
        return true;
    }

    SendTestDialog *openSendTest(const QString &id)
    {
        if (!triggerContextAction(id, "sendTestDeliveryContextAction"))
            return nullptr;
        return m_window->deliveryActions()->sendTestDialog();
    }

    static void clickSend(SendTestDialog *dialog)
    {
        QAbstractButton *send = acceptButton(dialog);
        QVERIFY(send && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(dialog->state(), State::Sending);
    }

    void startReceiver(bool tls = true)
    {
        m_receiver = std::make_unique<TestReceiver>();
        QVERIFY(tls ? m_receiver->start(DeliveryTest::serverCertificate(), DeliveryTest::serverKey())
                    : m_receiver->start());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_env = std::make_unique<Fixture>(); }
    void cleanup()
    {
        m_window.reset();
        m_receiver.reset();
        m_env.reset();
    }

    void sendTest_reachesHttpsReceiver_andVerifiesWithVaultSecret()
    {
        startReceiver();
        openWindow();
        waitLoaded();
        const QUrl url = m_receiver->url(QStringLiteral("/vipps/webhooks?shop=1"));
        const RegisterOutcome outcome = registerInSession(url.toString(), {Created, Captured});
        QVERIFY(outcome.secretStored);
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));

        SendTestDialog *dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Simulated")));
        QCOMPARE(dialog->webhook().id, outcome.webhook.id);
        // The webhook's own events, and only those.
        auto *events = dialog->findChild<QComboBox *>(QStringLiteral("eventComboBox"));
        QCOMPARE(events->count(), 2);
        QVERIFY(!dialog->setEventType(QStringLiteral("user.checked-in.v1")));
        QVERIFY(dialog->setEventType(Captured));
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Answered, 20000);

        QCOMPARE(dialog->result()->status, 200);
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QLatin1String("Simulated")) && status.contains(QLatin1String("200")),
                 qPrintable(status));
        QVERIFY(status.contains(QLatin1String(" ms")) || status.contains(QLatin1String(" s")));
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("answerPlainTextEdit"))->toPlainText(),
                 QStringLiteral("{\"ok\":true}"));
        const QString sent
            = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sentPlainTextEdit"))->toPlainText();
        QVERIFY(sent.contains(QLatin1String("X-Webhook-Console-Test: true")));
        QVERIFY(!sent.contains(outcome.secret));

        // The receiver got one delivery of that event, marked, that verifies with the vault's secret.
        QCOMPARE(m_receiver->received().size(), 1);
        const TestReceiver::Received &received = m_receiver->received().constFirst();
        QCOMPARE(received.headers.value("x-webhook-console-test"), QByteArrayLiteral("true"));
        QVERIFY(received.delivery.body.contains("\"simulated\":true"));
        const QString secret = vaultSecret(outcome.webhook.id);
        QCOMPARE(secret, outcome.secret);
        const auto verdict = DeliverySignature::verify(received.delivery, secret, url);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        WC_SAVE_SCREENSHOT(dialog, QStringLiteral("send-test-answered.png"));
    }

    void sendTest_receiverError_isShownAsFailed()
    {
        startReceiver();
        m_receiver->answer(500, QByteArrayLiteral("{\"error\":\"boom\"}"));
        openWindow();
        waitLoaded();
        const RegisterOutcome outcome = registerInSession(m_receiver->url().toString(), {Created});
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));
        SendTestDialog *dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &SendTestDialog::deliveryFinished);
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(dialog->result()->status, 500);
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY(status.contains(QLatin1String("500")) && status.contains(QLatin1String("retry")));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("answerPlainTextEdit"))
                    ->toPlainText()
                    .contains(QLatin1String("boom")));
        WC_SAVE_SCREENSHOT(dialog, QStringLiteral("send-test-500.png"));
    }

    void sendTest_untrustedCertificate_failsWithTheReason()
    {
        startReceiver();
        openWindow();
        service()->setExtraCaCertificatesForTesting({});
        waitLoaded();
        const RegisterOutcome outcome = registerInSession(m_receiver->url().toString(), {Created});
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));
        SendTestDialog *dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Failed, 20000);
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QLatin1String("failed")), qPrintable(status));
        QVERIFY(m_receiver->received().isEmpty()); // nothing is posted over an untrusted connection
        // What the console tried to send is shown all the same (the signature, never the secret).
        const QString sent
            = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sentPlainTextEdit"))->toPlainText();
        QVERIFY2(sent.startsWith(QLatin1String("POST ")), qPrintable(sent));
        QVERIFY(sent.contains(QLatin1String("X-Webhook-Console-Test: true")));
        QVERIFY(sent.contains(QLatin1String("\"simulated\":true")));
        QVERIFY(!sent.contains(vaultSecret(outcome.webhook.id)));
    }

    void sendTest_noStoredSecret_explainsAndCannotSend()
    {
        openWindow();
        waitLoaded();
        // The sandbox's sample registrations were made before this machine saw their secrets.
        const Webhook sample = session()->model()->webhooks().constFirst();
        QVERIFY(!session()->model()->hasSecret(sample.id));
        SendTestDialog *dialog = openSendTest(sample.id);
        QVERIFY(dialog);
        QVERIFY(!acceptButton(dialog)->isEnabled());
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("secretStatusLabel"))->text();
        QVERIFY2(text.contains(QLatin1String("No secret")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("replace")));
        dialog->send(); // refused: nothing happens
        QCOMPARE(dialog->state(), State::Idle);
        WC_SAVE_SCREENSHOT(dialog, QStringLiteral("send-test-no-secret.png"));
    }

    // A webhook registered elsewhere (added straight to the sandbox): "Enter Secret…" stores
    // the secret it was given, then the delivery is signed with it.
    void sendTest_enterSecretForWebhookRegisteredElsewhere_thenSend()
    {
        startReceiver();
        openWindow();
        waitLoaded();
        const Registration elsewhere = session()->sandboxServer()->addRegistration(
            ConsoleSession::sandboxMsn(), m_receiver->url().toString(), {Created});
        session()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(session()->model()->rowOf(elsewhere.id) >= 0, 20000);
        QVERIFY(!session()->model()->hasSecret(elsewhere.id));
        SendTestDialog *dialog = openSendTest(elsewhere.id);
        QVERIFY(dialog);
        QVERIFY(!acceptButton(dialog)->isEnabled());
        auto *enter = dialog->findChild<QPushButton *>(QStringLiteral("enterSecretPushButton"));
        QVERIFY(enter && enter->isVisible());
        QTest::mouseClick(enter, Qt::LeftButton);
        auto *enterDialog = dialog->findChild<QDialog *>(QStringLiteral("EnterSecretDialog"));
        QVERIFY(enterDialog && enterDialog->isVisible());
        enterDialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->setText(elsewhere.secret);
        QAbstractButton *save = acceptButton(enterDialog);
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session()->model()->hasSecret(elsewhere.id), 20000);
        QTRY_VERIFY(acceptButton(dialog)->isEnabled());
        QVERIFY(!enter->isVisible());
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Answered, 20000);
        QCOMPARE(m_receiver->received().size(), 1);
        QVERIFY(DeliverySignature::verify(m_receiver->received().constFirst().delivery, elsewhere.secret,
                                          m_receiver->url())
                    .isValid());
    }

    void sendTest_closingTheDialogAbortsTheRequest()
    {
        startReceiver();
        m_receiver->stayQuiet();
        openWindow();
        waitLoaded();
        const RegisterOutcome outcome = registerInSession(m_receiver->url().toString(), {Created});
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));
        QPointer<SendTestDialog> dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        QSignalSpy arrived(m_receiver.get(), &TestReceiver::requestReceived);
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        QCOMPARE(service()->pendingTestDeliveries(), 1);
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close, with nothing left to call back
        QCOMPARE(service()->pendingTestDeliveries(), 0);
    }

    void sendTest_stopButtonAbortsAndAllowsAnotherTry()
    {
        startReceiver();
        m_receiver->stayQuiet();
        openWindow();
        waitLoaded();
        const RegisterOutcome outcome = registerInSession(m_receiver->url().toString(), {Created});
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));
        SendTestDialog *dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        QSignalSpy arrived(m_receiver.get(), &TestReceiver::requestReceived);
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopPushButton"));
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(dialog->state(), State::Cancelled);
        QCOMPARE(service()->pendingTestDeliveries(), 0);
        m_receiver->answer(204, {});
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Answered, 20000);
        QCOMPARE(dialog->result()->status, 204);
    }

    // A saved profile: the secret comes from the real keychain.
    void sendTest_savedProfile_signsWithKeychainSecret()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        startReceiver();
        const Profile profile
            = Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("223344"));
        QVERIFY(m_env->saveProfile(profile));
        openWindow(false);
        session()->openProfile(profile.name);
        waitLoaded();
        const RegisterOutcome outcome = registerInSession(m_receiver->url().toString(), {Created});
        QVERIFY(outcome.secretStored);
        QVERIFY(!outcome.inMemoryOnly);
        QTRY_VERIFY(session()->model()->hasSecret(outcome.webhook.id));
        SendTestDialog *dialog = openSendTest(outcome.webhook.id);
        QVERIFY(dialog);
        clickSend(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), State::Answered, 20000);
        QCOMPARE(m_receiver->received().size(), 1);
        const auto verdict = DeliverySignature::verify(m_receiver->received().constFirst().delivery,
                                                       outcome.secret, m_receiver->url());
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        // The sample payload carries the profile's sales unit.
        QVERIFY(m_receiver->received().constFirst().delivery.body.contains("\"msn\":\"223344\""));
    }

    void sendTest_actionNeedsOneSelectedWebhook()
    {
        openWindow();
        waitLoaded();
        QAction *action = m_window->deliveryActions()->sendTestAction();
        m_window->tablePage()->tableView()->clearSelection();
        QVERIFY(!action->isEnabled());
        QVERIFY(m_window->tablePage()->selectWebhook(session()->model()->webhooks().constFirst().id));
        QTRY_VERIFY(action->isEnabled());
        m_window->tablePage()->tableView()->selectAll();
        QTRY_VERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestSendTest)
#include "tst_sendtest.moc"
