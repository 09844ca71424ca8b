// "Replace…", end to end: the ReplaceDialog from the context menu and from the details, the new
// registration through the sandbox API over loopback with its secret in the real keychain
// (scripts/with-test-keyring), and the old registration deleted only after the DeleteDialog's
// confirmation (the typed MSN in production) — kept when the user says no.

#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "replacedialog.h"
#include "replaceflow.h"
#include "secretdialog.h"
#include "vaultactions.h"
#include "webhookdetailsdialog.h"
#include "webhooktablepage.h"

#include "messageboxseam.h"

#include "uitestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace UiTest;

class TestReplaceFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void replace_registersNew_deletesOldOnlyAfterConfirmation();
    void replace_inProduction_deleteNeedsTypedMsn();
    void replace_fromDetails_opensPrefilled();
    void replace_badInput_isRefusedBeside();
    void replace_apiRefusal_keepsInput();
    void replace_sendTestHook_showsOnlyWithHandler();

private:
    struct Setup
    {
        Profile profile;
        Webhook old;
    };
    static std::optional<Setup> open(Fixture &env, MainWindow &window, Environment environment);
    static ReplaceDialog *replaceFromMenu(MainWindow &window, const Webhook &webhook);
    static SecretDialog *registerReplacement(MainWindow &window, ReplaceDialog *dialog, const QString &url);
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
};

void TestReplaceFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReplaceFlow::init()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
}

void TestReplaceFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

std::optional<TestReplaceFlow::Setup> TestReplaceFlow::open(Fixture &env, MainWindow &window,
                                                            Environment environment)
{
    Setup setup;
    setup.profile = Fixture::profile(environment == Environment::Production ? QStringLiteral("Live shop")
                                                                            : QStringLiteral("Shop test"),
                                     environment, QStringLiteral("223344"));
    if (!env.saveProfile(setup.profile))
        return std::nullopt;
    const QStringList events{QStringLiteral("epayments.payment.captured.v1"),
                             QStringLiteral("epayments.payment.refunded.v1")};
    const Registration old = env.sandbox()->addRegistration(
        setup.profile.bucket(), QStringLiteral("https://old.example.com/hooks"), events);
    setup.old = Webhook{old.id, QStringLiteral("https://old.example.com/hooks"), events};
    if (!storeSecret(env.manager(), setup.profile, old.id, old.secret))
        return std::nullopt;
    window.show();
    if (environment == Environment::Production)
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(setup.profile.name, false);
    if (!QTest::qWaitFor([&env] { return env.session()->hasLoaded(); }, 20000))
        return std::nullopt;
    return setup;
}

ReplaceDialog *TestReplaceFlow::replaceFromMenu(MainWindow &window, const Webhook &webhook)
{
    if (!window.tablePage()->selectWebhook(webhook.id))
        return nullptr;
    std::unique_ptr<QMenu> menu(window.tablePage()->createContextMenu());
    auto *action = menu ? menu->findChild<QAction *>(QStringLiteral("replaceAction")) : nullptr;
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.vaultActions()->replaceFlow()->dialog();
}

SecretDialog *TestReplaceFlow::registerReplacement(MainWindow &window, ReplaceDialog *dialog,
                                                   const QString &url)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->setText(url);
    QAbstractButton *button = acceptButton(dialog);
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    SecretDialog *secret = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (secret = window.vaultActions()->replaceFlow()->secretDialog()) != nullptr; },
            20000))
        return nullptr;
    return secret;
}

void TestReplaceFlow::replace_registersNew_deletesOldOnlyAfterConfirmation()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test);
    QVERIFY(setup);
    ReplaceDialog *dialog = replaceFromMenu(window, setup->old);
    QVERIFY(dialog);
    QCOMPARE(dialog->stage(), ReplaceDialog::Stage::NewRegistration);
    QCOMPARE(dialog->request().url, setup->old.url);
    QCOMPARE(dialog->request().events, setup->old.events);
    // The same URL is allowed (a new secret), with a warning.
    QVERIFY(acceptButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(dialog, "urlStatusLabel")->text().contains(QStringLiteral("same URL")));

    const QString newUrl = QStringLiteral("https://new.example.com/hooks");
    SecretDialog *secretDialog = registerReplacement(window, dialog, newUrl);
    QVERIFY(secretDialog);
    const QString newId = secretDialog->webhookId();
    QVERIFY(newId != setup->old.id);
    QCOMPARE(dialog->stage(), ReplaceDialog::Stage::Registered);
    QCOMPARE(dialog->newWebhook().id, newId);

    // The new registration exists with the same events, and its secret is in the keychain.
    const QList<Webhook> registered = env.sandbox()->registrations(setup->profile.bucket());
    QCOMPARE(registered.size(), 2);
    const auto found = std::find_if(registered.cbegin(), registered.cend(),
                                    [&](const Webhook &w) { return w.id == newId; });
    QVERIFY(found != registered.cend());
    QCOMPARE(found->url, newUrl);
    QCOMPARE(found->events, setup->old.events);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasSecret(newId), 20000);
    QCOMPARE(readSecret(env.manager(), setup->profile, newId).value(), env.sandbox()->secretOf(newId));
    QTRY_VERIFY(child<QLabel>(dialog, "secretStateLabel")->text().contains(QStringLiteral("keychain")));
    QTRY_COMPARE(window.tablePage()->selectedWebhooks().size(), 1);
    QCOMPARE(window.tablePage()->selectedWebhooks().first().id, newId);
    QVERIFY(child<QLabel>(dialog, "stepsLabel")->text().contains(QStringLiteral("2xx")));

    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->accept();

    // Keeping both is a choice, not a cancellation: words with a mnemonic, no red ✗.
    QPushButton *keepBoth = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                ->button(QDialogButtonBox::Cancel);
    QCOMPARE(keepBoth->text(), QStringLiteral("&Keep Both for Now"));
    QVERIFY(keepBoth->icon().isNull());

    // "Delete the old registration…" opens the delete confirmation with the reminder; Cancel keeps it.
    auto *deleteOld = child<QPushButton>(dialog, "deleteOldPushButton");
    QVERIFY(deleteOld->isEnabled());
    deleteOld->click();
    DeleteDialog *confirm = window.vaultActions()->replaceFlow()->deleteDialog();
    QVERIFY(confirm);
    QCOMPARE(confirm->ids(), QStringList{setup->old.id});
    // One webhook: "this webhook's events to its URL", not "these events to these URLs".
    const QString explanation = child<QLabel>(confirm, "explanationLabel")->text();
    QVERIFY2(explanation.contains(QStringLiteral("this webhook's events to its URL")),
             qPrintable(explanation));
    QVERIFY(!explanation.contains(QStringLiteral("these")));
    QVERIFY(!confirm->requiresTypedConfirmation());
    auto *note = child<QLabel>(confirm, "noteLabel");
    QVERIFY(note->isVisibleTo(confirm));
    QVERIFY(note->text().contains(QStringLiteral("2xx")));
    QVERIFY(confirm->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Cancel)
                ->isDefault());
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(!window.vaultActions()->replaceFlow()->deleteDialog());
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 2);
    QVERIFY(rowOf(*env.session(), setup->old.id) >= 0);
    QCOMPARE(dialog->stage(), ReplaceDialog::Stage::Registered);
    QVERIFY(env.session()->hasSecret(setup->old.id));

    // Confirmed: the old one goes, with its stored secret.
    deleteOld->click();
    confirm = window.vaultActions()->replaceFlow()->deleteDialog();
    QVERIFY(confirm);
    QSignalSpy deleted(window.vaultActions()->replaceFlow(), &ReplaceFlow::oldDeleted);
    child<QPushButton>(confirm, "deletePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 20000);
    QCOMPARE(dialog->stage(), ReplaceDialog::Stage::Done);
    const QList<Webhook> remaining = env.sandbox()->registrations(setup->profile.bucket());
    QCOMPARE(remaining.size(), 1);
    QCOMPARE(remaining.first().id, newId);
    QCOMPARE(rowOf(*env.session(), setup->old.id), -1);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(env.manager(), setup->profile, setup->old.id).error().kind,
                              KeychainError::Kind::NotFound, 20000);
    QVERIFY(env.session()->hasSecret(newId));
    QVERIFY(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("deleted")));
    QVERIFY(!deleteOld->isEnabled());
    // Done: only the result stays; the steps before the deletion and its button are gone.
    QVERIFY(!child<QLabel>(dialog, "stepsLabel")->isVisible());
    QVERIFY(!deleteOld->isVisible());
    QCOMPARE(keepBoth->text(), QStringLiteral("&Close"));
    QVERIFY(keepBoth->icon().isNull());
}

void TestReplaceFlow::replace_inProduction_deleteNeedsTypedMsn()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Production);
    QVERIFY(setup);
    ReplaceDialog *dialog = replaceFromMenu(window, setup->old);
    QVERIFY(dialog);
    SecretDialog *secretDialog
        = registerReplacement(window, dialog, QStringLiteral("https://new.example.com/live"));
    QVERIFY(secretDialog);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->accept();

    child<QPushButton>(dialog, "deleteOldPushButton")->click();
    DeleteDialog *confirm = window.vaultActions()->replaceFlow()->deleteDialog();
    QVERIFY(confirm);
    QVERIFY(confirm->requiresTypedConfirmation());
    auto *deleteButton = child<QPushButton>(confirm, "deletePushButton");
    QVERIFY(!deleteButton->isEnabled());
    auto *typed = child<QLineEdit>(confirm, "confirmLineEdit");
    QTest::keyClicks(typed, QStringLiteral("2233"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 2);
    QTest::keyClicks(typed, QStringLiteral("44"));
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), ReplaceDialog::Stage::Done, 20000);
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 1);
}

void TestReplaceFlow::replace_fromDetails_opensPrefilled()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test);
    QVERIFY(setup);
    WebhookDetailsDialog *details = window.vaultActions()->openDetails(setup->old);
    auto *replace = child<QPushButton>(details, "replacePushButton");
    QVERIFY(replace && replace->isEnabled());
    replace->click();
    ReplaceDialog *dialog = window.vaultActions()->replaceFlow()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->oldWebhook().id, setup->old.id);
    QCOMPARE(dialog->request().events, setup->old.events);
    QTRY_VERIFY(!visibleTopLevel<WebhookDetailsDialog>());
    // Cancel: nothing registered, nothing deleted.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.vaultActions()->replaceFlow()->dialog());
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 1);
}

void TestReplaceFlow::replace_badInput_isRefusedBeside()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test);
    QVERIFY(setup);
    ReplaceDialog *dialog = replaceFromMenu(window, setup->old);
    QVERIFY(dialog);
    auto *url = child<QLineEdit>(dialog, "urlLineEdit");
    auto *status = child<QLabel>(dialog, "urlStatusLabel");
    QAbstractButton *ok = acceptButton(dialog);

    const struct
    {
        const char *url;
        const char *says;
    } bad[] = {
        {"", "https://"},
        {"http://shop.example.com/hooks", "https://"},
        {"https://localhost/hooks", "this computer"},
        {"https://192.168.1.10/hooks", "private"},
        {"shop.example.com/hooks", "absolute"},
    };
    for (const auto &entry : bad) {
        url->setText(QLatin1String(entry.url));
        QVERIFY2(!ok->isEnabled(), entry.url);
        QVERIFY2(status->text().contains(QLatin1String(entry.says)), qPrintable(status->text()));
    }
    url->setText(QStringLiteral("https://shop.example.com:8443/hooks"));
    QVERIFY(ok->isEnabled()); // an unusual port is a warning
    QVERIFY(status->text().contains(QStringLiteral("8443")));

    // No events: refused beside the events.
    dialog->setRequest(RegisterRequest{QStringLiteral("https://new.example.com/"), {}});
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, "eventsStatusLabel")->text().contains(QStringLiteral("at least one")));
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 1);
}

void TestReplaceFlow::replace_apiRefusal_keepsInput()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test);
    QVERIFY(setup);
    ReplaceDialog *dialog = replaceFromMenu(window, setup->old);
    QVERIFY(dialog);
    SandboxServer::Fault refused;
    refused.method = "POST";
    refused.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    refused.status = 400;
    refused.body = R"({"title":"Bad Request","status":400,"detail":"One or more validation errors occurred.",
        "traceId":"00-aa-bb-00","extraDetails":[{"name":"url","reason":"The endpoint did not answer."}]})";
    env.sandbox()->injectFault(refused);
    child<QLineEdit>(dialog, "urlLineEdit")->setText(QStringLiteral("https://new.example.com/hooks"));
    acceptButton(dialog)->click();
    auto *error = child<QLabel>(dialog, "apiErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 20000);
    QVERIFY(error->text().contains(QStringLiteral("00-aa-bb-00")));
    QVERIFY(child<QLabel>(dialog, "urlStatusLabel")->text().contains(QStringLiteral("did not answer")));
    QCOMPARE(dialog->stage(), ReplaceDialog::Stage::NewRegistration);
    QCOMPARE(dialog->request().url, QStringLiteral("https://new.example.com/hooks"));
    QVERIFY(!acceptButton(dialog)->isEnabled()); // until the URL is edited
    child<QLineEdit>(dialog, "urlLineEdit")->setText(QStringLiteral("https://new.example.com/hooks2"));
    QVERIFY(acceptButton(dialog)->isEnabled());
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 1);
}

void TestReplaceFlow::replace_sendTestHook_showsOnlyWithHandler()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test);
    QVERIFY(setup);
    ReplaceFlow *flow = window.vaultActions()->replaceFlow();
    std::optional<Webhook> sent;
    flow->setSendTestHandler([&sent](const Webhook &webhook, QWidget *) { sent = webhook; });
    ReplaceDialog *dialog = replaceFromMenu(window, setup->old);
    QVERIFY(dialog);
    SecretDialog *secretDialog
        = registerReplacement(window, dialog, QStringLiteral("https://new.example.com/t"));
    QVERIFY(secretDialog);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secretDialog->accept();
    auto *sendTest = child<QPushButton>(dialog, "sendTestPushButton");
    QVERIFY(sendTest->isVisibleTo(dialog));
    sendTest->click();
    QVERIFY(sent);
    QCOMPARE(sent->id, dialog->newWebhook().id);

    flow->setSendTestHandler({});
    QVERIFY(!sendTest->isVisibleTo(dialog));
}

QTEST_MAIN(TestReplaceFlow)
#include "tst_replaceflow.moc"
