// The Sandbox environment keeps what a user did: its registrations survive a restart (a state
// file, 0600, in the test's own directory) and their secrets go to the real keychain under the
// "Sandbox" profile (scripts/with-test-keyring); without a keychain they stay in memory, with
// the notice saying so.

#include "core/webhookmodel.h"
#include "registerdialog.h"
#include "secretdialog.h"
#include "vaultactions.h"
#include "webhookdetailsdialog.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include "uitestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace UiTest;

class TestSandboxVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void sandbox_registrationsAndSecretsSurviveRestart();
    void sandbox_deletionSurvivesRestart();
    void sandbox_withoutKeychain_keepsSecretsInMemory();
    void sandbox_defaultStateFile_isInAppData();

private:
    static void openSandbox(MainWindow &window, ConsoleSession *session);
    static SecretDialog *registerInSandbox(MainWindow &window, const QString &url);
};

void TestSandboxVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxVault::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

void TestSandboxVault::openSandbox(MainWindow &window, ConsoleSession *session)
{
    window.show();
    window.openStartup({}, true);
    QTRY_VERIFY_WITH_TIMEOUT(session->hasLoaded(), 20000);
}

SecretDialog *TestSandboxVault::registerInSandbox(MainWindow &window, const QString &url)
{
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    if (!dialog)
        return nullptr;
    dialog->setRequest(RegisterRequest{url, {QStringLiteral("epayments.payment.captured.v1")}});
    QAbstractButton *button = acceptButton(dialog);
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    SecretDialog *secret = nullptr;
    if (!QTest::qWaitFor([&] { return (secret = window.findChild<SecretDialog *>()) != nullptr; }, 20000))
        return nullptr;
    return secret;
}

void TestSandboxVault::sandbox_registrationsAndSecretsSurviveRestart()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    QString id;
    QString secret;
    QList<Webhook> before;
    {
        MainWindow window(env.session());
        openSandbox(window, env.session());
        SecretDialog *dialog = registerInSandbox(window, QStringLiteral("https://hooks.example.com/kept"));
        QVERIFY(dialog);
        id = dialog->webhookId();
        secret = env.session()->sandboxServer()->secretOf(id);
        const QString storage = dialog->findChild<QLabel *>(QStringLiteral("storageLabel"))->text();
        QVERIFY2(storage.contains(QStringLiteral("Sandbox")) && storage.contains(QStringLiteral("keychain")),
                 qPrintable(storage));
        QVERIFY(!env.session()->isSecretInMemory(id));
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasSecret(id), 20000);
        // Stored under the fixed "Sandbox" profile, in the real keychain.
        const Profile vault = env.session()->vaultProfile();
        QCOMPARE(vault.name, QStringLiteral("Sandbox"));
        QCOMPARE(vault.environment, Environment::Sandbox);
        QCOMPARE(vault.msn, ConsoleSession::sandboxMsn());
        QCOMPARE(readSecret(env.manager(), vault, id).value(), secret);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(*env.session(), id) >= 0, true, 20000);
        before = env.session()->model()->webhooks();
        dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
        dialog->accept();
        window.close();
    }
    // The state file holds sandbox secrets only, and only for its owner.
    QFile state(env.sandboxStateFile());
    QVERIFY(state.exists());
    QCOMPARE(state.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Quit and start again: the same rows, the new one with its secret.
    ConsoleSession *session = env.restartSession();
    MainWindow window(session);
    openSandbox(window, session);
    QCOMPARE(session->model()->rowCount(), int(before.size()));
    for (const Webhook &webhook : std::as_const(before))
        QVERIFY(rowOf(*session, webhook.id) >= 0);
    QVERIFY(session->hasSecret(id));
    const int row = window.tablePage()
                        ->filterModel()
                        ->mapFromSource(session->model()->index(rowOf(*session, id), 0))
                        .row();
    QCOMPARE(
        window.tablePage()->tableView()->model()->index(row, WebhookModel::SecretColumn).data().toString(),
        QStringLiteral("Yes"));
    QCOMPARE(session->sandboxServer()->secretOf(id), secret);

    // Reveal in the details reads it back from the keychain (the sandbox asks nothing first).
    WebhookDetailsDialog *details
        = window.vaultActions()->openDetails(session->model()->webhook(rowOf(*session, id)));
    details->findChild<QPushButton *>(QStringLiteral("revealPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(details->isSecretRevealed(), 20000);
    QCOMPARE(details->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text(), secret);
    QVERIFY(session->orphanSecretIds().isEmpty());
}

void TestSandboxVault::sandbox_deletionSurvivesRestart()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    QString deleted;
    int rows = 0;
    {
        MainWindow window(env.session());
        openSandbox(window, env.session());
        deleted = env.session()->model()->webhook(0).id;
        rows = env.session()->model()->rowCount();
        QVERIFY(window.tablePage()->selectWebhook(deleted));
        window.deleteAction()->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("DeleteDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(*env.session(), deleted), -1, 20000);
    }
    ConsoleSession *session = env.restartSession();
    MainWindow window(session);
    openSandbox(window, session);
    QCOMPARE(session->model()->rowCount(), rows - 1);
    QCOMPARE(rowOf(*session, deleted), -1);
}

void TestSandboxVault::sandbox_withoutKeychain_keepsSecretsInMemory()
{
    NoKeychain noKeychain;
    Fixture env(&noKeychain);
    MainWindow window(env.session());
    openSandbox(window, env.session());
    SecretDialog *dialog = registerInSandbox(window, QStringLiteral("https://hooks.example.com/memory"));
    QVERIFY(dialog);
    const QString id = dialog->webhookId();
    const QString storage = dialog->findChild<QLabel *>(QStringLiteral("storageLabel"))->text();
    QVERIFY2(storage.contains(QStringLiteral("Sandbox")) && storage.contains(QStringLiteral("memory")),
             qPrintable(storage));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasSecret(id), 20000);
    QVERIFY(env.session()->isSecretInMemory(id));
    dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    dialog->accept();

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(*env.session(), id) >= 0, 20000);
    WebhookDetailsDialog *details
        = window.vaultActions()->openDetails(env.session()->model()->webhook(rowOf(*env.session(), id)));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("secretStatusLabel"))
                ->text()
                .contains(QStringLiteral("memory")));
    details->findChild<QPushButton *>(QStringLiteral("revealPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(details->isSecretRevealed(), 20000);
    QCOMPARE(details->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text(),
             env.session()->sandboxServer()->secretOf(id));
}

void TestSandboxVault::sandbox_defaultStateFile_isInAppData()
{
    const QString file = ConsoleSession::defaultSandboxStateFile();
    QVERIFY(file.endsWith(QStringLiteral("/sandbox-state.json")));
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_MAIN(TestSandboxVault)
#include "tst_sandboxvault.moc"
