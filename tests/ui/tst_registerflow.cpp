// Register, end to end: the window's Register action, the RegisterDialog (driven through its
// public API and its buttonBox), the sandbox API over loopback, the real keychain (gnome-keyring
// under scripts/with-test-keyring), the "Save this secret" dialog and the new row selected.

#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "eventpicker.h"
#include "messagebar.h"
#include "messageboxseam.h"
#include "registerdialog.h"
#include "registerflow.h"
#include "secretclipboard.h"
#include "secretdialog.h"
#include "statusbarinfo.h"
#include "webhooktablepage.h"

#include "testkeyring.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

using namespace UiTest;

class TestRegisterFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void register_storesSecretInKeychainAndSelectsNewRow();
    void register_apiRefusal_keepsDialogOpenWithInput();
    void register_keychainRefuses_secretDialogRequiresCopy();
    void register_answerLost_offersDeleteAndRegisterAgain();
    void register_answerLost_inProduction_deletesOnlyAfterTypedMsn();
    void register_failedBeforeCommit_reportsWithoutOffer_data();
    void register_failedBeforeCommit_reportsWithoutOffer();
    void register_listNotLoaded_countsUnknown();

private:
    static SecretDialog *registerThroughDialog(MainWindow &window, const RegisterRequest &request);
    // Submits `request` in a new register dialog and waits for the failure it shows.
    static RegisterDialog *submitAndWaitForError(MainWindow &window, const RegisterRequest &request);
    static int webhookCalls(SandboxServer *sandbox, const QByteArray &method);
    static SandboxServer::Fault registerFault();
};

void TestRegisterFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegisterFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

SecretDialog *TestRegisterFlow::registerThroughDialog(MainWindow &window, const RegisterRequest &request)
{
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    if (!dialog)
        return nullptr;
    dialog->setRequest(request);
    QAbstractButton *button = acceptButton(dialog);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    SecretDialog *secret = nullptr;
    if (!QTest::qWaitFor([&] { return (secret = window.findChild<SecretDialog *>()) != nullptr; }, 20000))
        return nullptr;
    return secret;
}

RegisterDialog *TestRegisterFlow::submitAndWaitForError(MainWindow &window, const RegisterRequest &request)
{
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    if (!dialog)
        return nullptr;
    dialog->setRequest(request);
    QAbstractButton *button = acceptButton(dialog);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("apiErrorLabel"));
    if (!QTest::qWaitFor([dialog, error] { return !dialog->isBusy() && error->isVisible(); }, 20000))
        return nullptr;
    return dialog;
}

int TestRegisterFlow::webhookCalls(SandboxServer *sandbox, const QByteArray &method)
{
    int count = 0;
    for (const SandboxServer::RecordedRequest &request : sandbox->recordedRequests()) {
        if (request.method == method && request.path.startsWith(QLatin1String("/webhooks/v1/webhooks")))
            ++count;
    }
    return count;
}

// The next register call is committed, but its connection closes before the answer (and the
// secret) is sent.
SandboxServer::Fault TestRegisterFlow::registerFault()
{
    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.count = 1;
    return fault;
}

void TestRegisterFlow::register_storesSecretInKeychainAndSelectsNewRow()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(profile.bucket());

    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QCOMPARE(env.session()->model()->rowCount(), 4);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Test")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());

    const RegisterRequest request{
        QStringLiteral("https://hooks.example.com/vipps?shop=1"),
        {QStringLiteral("epayments.payment.captured.v1"), QStringLiteral("epayments.payment.refunded.v1")}};
    SecretDialog *secretDialog = registerThroughDialog(window, request);
    QVERIFY(secretDialog);
    QVERIFY(!window.findChild<RegisterDialog *>() || !window.findChild<RegisterDialog *>()->isVisible());

    const QString id = secretDialog->webhookId();
    const QString secret = env.sandbox()->secretOf(id);
    QVERIFY(!secret.isEmpty());
    QCOMPARE(secretDialog->findChild<QPlainTextEdit *>(QStringLiteral("secretPlainTextEdit"))->toPlainText(),
             secret);
    QVERIFY(secretDialog->findChild<QLabel *>(QStringLiteral("storageLabel"))
                ->text()
                .contains(QStringLiteral("keychain")));

    // Stored in the keychain before the dialog showed, and indexed for the table.
    QVERIFY(env.manager()->webhookSecretIds(profile).contains(id));
    std::optional<QString> stored;
    QObject context;
    env.manager()->readWebhookSecret(
        profile, id, &context, [&stored](const Result<QString, KeychainError> &result) {
            stored = result.ok() ? result.value() : QStringLiteral("<error %1>").arg(result.error().message);
        });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
    QCOMPARE(*stored, secret);

    // The table has the new row, selected, with its secret marked as stored.
    QTRY_COMPARE_WITH_TIMEOUT(env.session()->model()->rowCount(), 5, 20000);
    QTRY_COMPARE(window.tablePage()->selectedWebhooks().size(), 1);
    QCOMPARE(window.tablePage()->selectedWebhooks().first().id, id);
    QCOMPARE(window.tablePage()->selectedWebhooks().first().url, request.url);
    const int row = env.session()->model()->rowOf(id);
    QCOMPARE(env.session()
                 ->model()
                 ->index(row, WebhookModel::SecretColumn)
                 .data(WebhookModel::SecretStoredRole)
                 .toBool(),
             true);

    // The secret is never in the window title.
    QVERIFY(!window.windowTitle().contains(secret));

    // Copy puts the password-manager hint on the clipboard and clears it again.
    SecretClipboard::setClearDelayMs(200);
    QTest::mouseClick(secretDialog->findChild<QPushButton *>(QStringLiteral("copyPushButton")),
                      Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    SecretClipboard::setClearDelayMs(30000);

    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Close)
        ->click();
    QTRY_VERIFY(!window.findChild<SecretDialog *>());
}

void TestRegisterFlow::register_apiRefusal_keepsDialogOpenWithInput()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    fault.status = 400;
    fault.body = R"({"title":"Bad Request","status":400,"detail":"One or more validation errors occurred.",
        "traceId":"00-1234-5678-00","extraDetails":[{"name":"url","reason":"The URL must answer 2xx."}]})";
    env.sandbox()->injectFault(fault);

    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    const RegisterRequest request{QStringLiteral("https://hooks.example.com/refused"),
                                  {QStringLiteral("epayments.payment.created.v1")}};
    dialog->setRequest(request);
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    QSignalSpy handled(env.sandbox(), &SandboxServer::requestHandled);
    acceptButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!handled.isEmpty() && !dialog->isBusy(), 20000);

    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->request().url, request.url);
    QCOMPARE(dialog->request().events, request.events);
    QVERIFY(!window.findChild<SecretDialog *>());
    QVERIFY(env.sandbox()->registrations(profile.bucket()).isEmpty());
    dialog->reject();
}

void TestRegisterFlow::register_keychainRefuses_secretDialogRequiresCopy()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Locked"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    // The real keychain locks (a screen lock) after the profile's keys were read.
    TestKeyring::LockedScope locked;
    QVERIFY(locked.isLocked());

    SecretDialog *secretDialog = registerThroughDialog(window,
                                                       {QStringLiteral("https://hooks.example.com/locked"),
                                                        {QStringLiteral("epayments.payment.created.v1")}});
    QVERIFY(secretDialog);
    const QString id = secretDialog->webhookId();
    auto *storage = secretDialog->findChild<QLabel *>(QStringLiteral("storageLabel"));
    QVERIFY(storage->text().contains(QStringLiteral("could not be stored")));
    QVERIFY2(storage->text().contains(QStringLiteral("keychain is locked")), qPrintable(storage->text()));
    auto *acknowledge = secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"));
    QVERIFY(!acknowledge->isEnabled());
    QVERIFY(!secretDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                 ->button(QDialogButtonBox::Close)
                 ->isEnabled());

    QTest::mouseClick(secretDialog->findChild<QPushButton *>(QStringLiteral("copyPushButton")),
                      Qt::LeftButton);
    QVERIFY(secretDialog->wasCopied());
    QCOMPARE(QGuiApplication::clipboard()->text(), env.sandbox()->secretOf(id));
    QVERIFY(acknowledge->isEnabled());
    acknowledge->setChecked(true);
    QVERIFY(secretDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Close)
                ->isEnabled());

    // The row is there, marked as having no secret on this machine.
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->model()->rowOf(id) >= 0, 20000);
    QVERIFY(!env.session()->model()->hasSecret(id));
    QGuiApplication::clipboard()->clear();
}

void TestRegisterFlow::register_answerLost_offersDeleteAndRegisterAgain()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault fault = registerFault();
    fault.dropAfterCommit = true;
    env.sandbox()->injectFault(fault);
    env.sandbox()->clearRecordedRequests();
    const RegisterRequest request{
        QStringLiteral("https://hooks.example.com/lost"),
        {QStringLiteral("epayments.payment.captured.v1"), QStringLiteral("epayments.payment.refunded.v1")}};
    RegisterDialog *dialog = submitAndWaitForError(window, request);
    QVERIFY(dialog);

    // The registration took effect: the window says so, names it and offers the way out.
    const QList<Webhook> lost = env.sandbox()->registrations(profile.bucket());
    QCOMPARE(lost.size(), 1);
    const QString lostId = lost.first().id;
    QCOMPARE(dialog->unconfirmedWebhookId(), lostId);
    QCOMPARE(window.registerFlow()->unconfirmedWebhookId(), lostId);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("apiErrorLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("Registered, but the secret was not received")), qPrintable(text));
    QVERIFY2(text.contains(lostId), qPrintable(text));
    auto *offer = dialog->findChild<QPushButton *>(QStringLiteral("deleteAndRegisterAgainPushButton"));
    QVERIFY(offer && offer->isVisible());
    QVERIFY(offer->isDefault()); // Enter takes the offer, not a second registration
    QVERIFY(!window.findChild<SecretDialog *>());
    QCOMPARE(webhookCalls(env.sandbox(), "POST"), 1);
    QCOMPARE(webhookCalls(env.sandbox(), "DELETE"), 0);
    QVERIFY(dialog->isVisible()); // nothing typed is lost

    // The offer is for what failed: another URL in the form hides it, the same brings it back.
    dialog->setRequest(RegisterRequest{QStringLiteral("https://hooks.example.com/other"), request.events});
    QVERIFY(!offer->isVisible());
    QVERIFY(static_cast<QPushButton *>(acceptButton(dialog))->isDefault());
    dialog->setRequest(request);
    QVERIFY(offer->isVisible());

    // One click: that registration is deleted, then the same request registered once, even when
    // the offer is asked for again while it runs.
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!offer->isVisible());
    window.registerFlow()->deleteAndRegisterAgain();
    offer->click();
    SecretDialog *secretDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secretDialog = window.findChild<SecretDialog *>()), 20000);
    const QString newId = secretDialog->webhookId();
    QVERIFY(newId != lostId);
    const QList<Webhook> left = env.sandbox()->registrations(profile.bucket());
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, newId);
    QCOMPARE(left.first().url, request.url);
    QCOMPARE(webhookCalls(env.sandbox(), "POST"), 2);
    QCOMPARE(webhookCalls(env.sandbox(), "DELETE"), 1);
    QVERIFY(window.registerFlow()->unconfirmedWebhookId().isEmpty());

    // The new secret is stored and shown, as after any registration.
    const QString secret = env.sandbox()->secretOf(newId);
    QCOMPARE(secretDialog->findChild<QPlainTextEdit *>(QStringLiteral("secretPlainTextEdit"))->toPlainText(),
             secret);
    const Result<QString, KeychainError> stored = readSecret(env.manager(), profile, newId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), secret);
    QTRY_COMPARE_WITH_TIMEOUT(window.tablePage()->selectedWebhooks().size(), 1, 20000);
    QCOMPARE(window.tablePage()->selectedWebhooks().first().id, newId);
    QCOMPARE(env.session()->model()->rowOf(lostId), -1);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->accept();
}

void TestRegisterFlow::register_answerLost_inProduction_deletesOnlyAfterTypedMsn()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Live"), Environment::Production, QStringLiteral("654321"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault fault = registerFault();
    fault.dropAfterCommit = true;
    env.sandbox()->injectFault(fault);
    env.sandbox()->clearRecordedRequests();
    const RegisterRequest request{QStringLiteral("https://hooks.example.com/live"),
                                  {QStringLiteral("epayments.payment.created.v1")}};
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Register … in PRODUCTION …?"
    RegisterDialog *dialog = submitAndWaitForError(window, request);
    QVERIFY(dialog);
    const QString lostId = dialog->unconfirmedWebhookId();
    QVERIFY(!lostId.isEmpty());
    auto *offer = dialog->findChild<QPushButton *>(QStringLiteral("deleteAndRegisterAgainPushButton"));
    QVERIFY(offer->isVisible());

    // Production: the delete confirmation comes first, and Cancel deletes nothing.
    QTest::mouseClick(offer, Qt::LeftButton);
    DeleteDialog *confirm = window.registerFlow()->deleteDialog();
    QVERIFY(confirm && confirm->isVisible());
    QCOMPARE(confirm->ids(), QStringList{lostId});
    QVERIFY(confirm->requiresTypedConfirmation());
    QVERIFY(!confirm->isDeleteEnabled());
    confirm->reject();
    QVERIFY(!dialog->isBusy());
    QVERIFY(offer->isVisible());
    QCOMPARE(webhookCalls(env.sandbox(), "DELETE"), 0);

    QTest::mouseClick(offer, Qt::LeftButton);
    QTRY_VERIFY((confirm = window.registerFlow()->deleteDialog()));
    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit")), profile.msn);
    QVERIFY(confirm->isDeleteEnabled());
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // registering again asks too
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("deletePushButton")), Qt::LeftButton);
    SecretDialog *secretDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secretDialog = window.findChild<SecretDialog *>()), 20000);
    const QString newId = secretDialog->webhookId();
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).size(), 1);
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).first().id, newId);
    QCOMPARE(webhookCalls(env.sandbox(), "POST"), 2);
    QCOMPARE(webhookCalls(env.sandbox(), "DELETE"), 1);
    const Result<QString, KeychainError> stored = readSecret(env.manager(), profile, newId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), env.sandbox()->secretOf(newId));
    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->accept();
}

void TestRegisterFlow::register_failedBeforeCommit_reportsWithoutOffer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("dropBeforeCommit");
    QTest::newRow("503") << 503 << false;
    QTest::newRow("503, connection dropped before the commit") << 503 << true;
}

void TestRegisterFlow::register_failedBeforeCommit_reportsWithoutOffer()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    QFETCH(int, status);
    QFETCH(bool, dropBeforeCommit);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault fault = registerFault();
    fault.status = status;
    fault.dropBeforeCommit = dropBeforeCommit;
    env.sandbox()->injectFault(fault);
    env.sandbox()->clearRecordedRequests();
    RegisterDialog *dialog
        = submitAndWaitForError(window,
                                RegisterRequest{QStringLiteral("https://hooks.example.com/down"),
                                                {QStringLiteral("epayments.payment.created.v1")}});
    QVERIFY(dialog);

    // Nothing was registered: the failure as it is, and nothing to delete.
    QVERIFY(env.sandbox()->registrations(profile.bucket()).isEmpty());
    QVERIFY(dialog->unconfirmedWebhookId().isEmpty());
    QVERIFY(window.registerFlow()->unconfirmedWebhookId().isEmpty());
    QVERIFY(
        !dialog->findChild<QPushButton *>(QStringLiteral("deleteAndRegisterAgainPushButton"))->isVisible());
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("apiErrorLabel"))->text();
    QVERIFY2(!text.contains(QLatin1String("secret was not received")), qPrintable(text));
    if (!dropBeforeCommit)
        QVERIFY2(text.contains(QLatin1String("503")) || text.contains(QLatin1String("Service Unavailable")),
                 qPrintable(text));
    window.registerFlow()->deleteAndRegisterAgain(); // nothing to do
    QCOMPARE(webhookCalls(env.sandbox(), "POST"), 1);
    QCOMPARE(webhookCalls(env.sandbox(), "DELETE"), 0);
    QVERIFY(!dialog->isBusy());
    dialog->reject();
}

void TestRegisterFlow::register_listNotLoaded_countsUnknown()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(profile.bucket());
    SandboxServer::Fault refused;
    refused.method = "GET";
    refused.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    refused.status = 403;
    refused.count = 1;
    env.sandbox()->injectFault(refused);

    MainWindow window(env.session());
    window.show();
    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.openStartup(profile.name, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY(!env.session()->hasLoaded());

    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    auto *picker = dialog->findChild<EventPicker *>();
    QVERIFY(!picker->countsKnown());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("eventsTreeWidget"));
    const QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    QVERIFY2(!first->text(EventPicker::UsageColumn).startsWith(QLatin1String("0 of")),
             qPrintable(first->text(EventPicker::UsageColumn)));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("eventsStatusLabel"))
                ->text()
                .contains(QLatin1String("could not be loaded")));

    // The list arrives: the open dialog counts again.
    window.refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QTRY_VERIFY(picker->countsKnown());
    QVERIFY(first->text(EventPicker::UsageColumn).contains(QLatin1String(" of ")));
}

QTEST_MAIN(TestRegisterFlow)
#include "tst_registerflow.moc"
