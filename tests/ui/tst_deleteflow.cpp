// Delete, end to end: the DeleteDialog (typed confirmation in production, Cancel as default),
// the sandbox API over loopback standing in for production, each result reported, and the
// deleted webhooks' secrets removed from the real keychain (scripts/with-test-keyring).

#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "messagebar.h"
#include "webhooktablepage.h"

#include "messageboxseam.h"

#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

using namespace UiTest;

class TestDeleteFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void production_isUnmistakable();
    void delete_inProduction_requiresTypedMsn();
    void delete_inProductionWithPartnerKeys_requiresPartner();
    void delete_cancel_deletesNothing();
    void delete_several_reportsEachResult();
    void delete_byKeyboard_selectsNextRow();

private:
    std::optional<bool> storeSecret(Fixture &env, const Profile &profile, const QString &id,
                                    const QString &secret);
    std::optional<KeychainError::Kind> readSecretError(Fixture &env, const Profile &profile,
                                                       const QString &id);
    static DeleteDialog *openDeleteDialog(MainWindow &window, const QStringList &ids);
};

void TestDeleteFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeleteFlow::init()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
}

void TestDeleteFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

std::optional<bool> TestDeleteFlow::storeSecret(Fixture &env, const Profile &profile, const QString &id,
                                                const QString &secret)
{
    std::optional<bool> ok;
    QObject context;
    env.manager()->storeWebhookSecret(profile, id, secret, &context,
                                      [&ok](const Result<Done, KeychainError> &result) { ok = result.ok(); });
    (void)QTest::qWaitFor([&ok] { return ok.has_value(); }, 20000);
    return ok;
}

std::optional<KeychainError::Kind> TestDeleteFlow::readSecretError(Fixture &env, const Profile &profile,
                                                                   const QString &id)
{
    std::optional<std::optional<KeychainError::Kind>> answer;
    QObject context;
    env.manager()->readWebhookSecret(
        profile, id, &context, [&answer](const Result<QString, KeychainError> &result) {
            answer = result.ok() ? std::optional<KeychainError::Kind>() : result.error().kind;
        });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
    return answer ? *answer : std::optional(KeychainError::Kind::Timeout);
}

DeleteDialog *TestDeleteFlow::openDeleteDialog(MainWindow &window, const QStringList &ids)
{
    QTableView *view = window.tablePage()->tableView();
    view->clearSelection();
    QAbstractItemModel *proxy = view->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (ids.contains(proxy->index(row, 0).data(WebhookModel::WebhookIdRole).toString()))
            view->selectionModel()->select(proxy->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    window.tablePage()->tableView()->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    return window.findChild<DeleteDialog *>();
}

void TestDeleteFlow::production_isUnmistakable()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Live shop"), Environment::Production, QStringLiteral("654321"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    auto *band = window.findChild<QLabel *>(QStringLiteral("productionBandLabel"));
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), QStringLiteral("Production — changes affect live payments"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Production")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Live shop — Production — Webhook Console"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("environmentLabel"))->text(),
             QStringLiteral("Production"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("salesUnitLabel"))->text(),
             QStringLiteral("MSN 654321"));
}

void TestDeleteFlow::delete_inProduction_requiresTypedMsn()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Live shop"), Environment::Production, QStringLiteral("654321"));
    QVERIFY(env.saveProfile(profile));
    const Registration first
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://shop.example.com/a"),
                                         {QStringLiteral("epayments.payment.captured.v1")});
    const Registration second
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://shop.example.com/b"),
                                         {QStringLiteral("epayments.payment.aborted.v1")});
    const Registration kept
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://shop.example.com/c"),
                                         {QStringLiteral("epayments.payment.expired.v1")});
    QCOMPARE(storeSecret(env, profile, first.id, first.secret), std::optional(true));

    MainWindow window(env.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QVERIFY(env.session()->model()->hasSecret(first.id));

    DeleteDialog *dialog = openDeleteDialog(window, {first.id, second.id});
    QVERIFY(dialog);
    QVERIFY(dialog->requiresTypedConfirmation());
    QCOMPARE(dialog->confirmationText(), profile.msn);
    QCOMPARE(dialog->ids().size(), 2);

    // It lists exactly what goes: URL, events and id of each.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("webhooksTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("https://shop.example.com/a"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Events: ePayment: Captured"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(0), QStringLiteral("Id: ") + first.id);
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("https://shop.example.com/b"));
    QCOMPARE(tree->topLevelItem(1)->child(1)->text(0), QStringLiteral("Id: ") + second.id);

    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box->button(QDialogButtonBox::Cancel)->isDefault());
    auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit"));
    QVERIFY(confirm->isVisible());
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("65432"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("2"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Backspace);
    QTest::keyClick(confirm, Qt::Key_1);
    QVERIFY(deleteButton->isEnabled());
    QVERIFY(!deleteButton->isDefault());

    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<DeleteDialog *>(), 20000);

    QCOMPARE(env.session()->model()->rowCount(), 1);
    QCOMPARE(env.session()->model()->webhook(0).id, kept.id);
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).size(), 1);
    // The deleted webhook's secret left the keychain and the index.
    QTRY_VERIFY_WITH_TIMEOUT(!env.manager()->webhookSecretIds(profile).contains(first.id), 20000);
    QCOMPARE(readSecretError(env, profile, first.id), std::optional(KeychainError::Kind::NotFound));
    QVERIFY(!window.messageBar()->isVisible());
}

void TestDeleteFlow::delete_inProductionWithPartnerKeys_requiresPartner()
{
    Fixture env;
    const Profile profile = Fixture::profile(QStringLiteral("Partner live"), Environment::Production, {});
    QVERIFY(env.saveProfile(profile));
    const Registration registration = env.sandbox()->addRegistration(
        SandboxServer::partnerBucket(), QStringLiteral("https://psp.example.com/hooks"),
        {QStringLiteral("epayments.payment.created.v1")});
    MainWindow window(env.session());
    window.show();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    DeleteDialog *dialog = openDeleteDialog(window, {registration.id});
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmationText(), QStringLiteral("partner"));
    auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"));
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit"));
    QTest::keyClicks(confirm, QStringLiteral("partne"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("r"));
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->model()->rowCount() == 0, 20000);
    QVERIFY(env.sandbox()->registrations(SandboxServer::partnerBucket()).isEmpty());
}

void TestDeleteFlow::delete_cancel_deletesNothing()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Live"), Environment::Production, QStringLiteral("654321"));
    QVERIFY(env.saveProfile(profile));
    const Registration registration
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://shop.example.com/a"),
                                         {QStringLiteral("epayments.payment.created.v1")});
    MainWindow window(env.session());
    window.show();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    DeleteDialog *dialog = openDeleteDialog(window, {registration.id});
    QVERIFY(dialog);
    const int requests = env.sandbox()->webhooksRequestCount();
    // Enter in the dialog presses the default button: Cancel.
    // (The offscreen platform leaves the main window active; a window manager would not.)
    QApplication::setActiveWindow(dialog);
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<DeleteDialog *>());
    QCOMPARE(env.sandbox()->webhooksRequestCount(), requests);
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).size(), 1);
}

void TestDeleteFlow::delete_several_reportsEachResult()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Test shop"), Environment::Test, QStringLiteral("112233"));
    QVERIFY(env.saveProfile(profile));
    const Registration a
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://a.example.com/"),
                                         {QStringLiteral("epayments.payment.created.v1")});
    const Registration b
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://b.example.com/"),
                                         {QStringLiteral("epayments.payment.created.v1")});
    const Registration c
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://c.example.com/"),
                                         {QStringLiteral("epayments.payment.created.v1")});
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    // a goes; b is refused (403: these keys may not delete it); c is already gone (404).
    SandboxServer::Fault refused;
    refused.method = "DELETE";
    refused.pathPrefix = QStringLiteral("/webhooks/v1/webhooks/") + b.id;
    refused.status = 403;
    refused.body
        = R"({"title":"Forbidden","status":403,"detail":"Not allowed for this sales unit.","traceId":"00-ab-cd-00"})";
    env.sandbox()->injectFault(refused);
    SandboxServer::Fault gone;
    gone.method = "DELETE";
    gone.pathPrefix = QStringLiteral("/webhooks/v1/webhooks/") + c.id;
    gone.status = 404;
    env.sandbox()->injectFault(gone);

    DeleteDialog *dialog = openDeleteDialog(window, {a.id, b.id, c.id});
    QVERIFY(dialog);
    QVERIFY(!dialog->requiresTypedConfirmation());
    dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->failedCount(), 1, 20000);
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("webhooksTreeWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(!tree->topLevelItem(2)->text(1).startsWith(QStringLiteral("Deleting")), 20000);

    // The dialog stays open showing each row's result; the message bar says what failed.
    QVERIFY(dialog->isVisible());
    QStringList results;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        results << tree->topLevelItem(i)->text(1);
    QCOMPARE(results.at(0), QStringLiteral("Deleted"));
    QCOMPARE(results.at(1), QStringLiteral("Failed: Not allowed for this sales unit. (HTTP 403)"));
    QCOMPARE(results.at(2), QStringLiteral("Already deleted"));
    QTRY_VERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->title(), QStringLiteral("1 of 3 deletions failed."));
    QCOMPARE(window.messageBar()->traceId(), QStringLiteral("00-ab-cd-00"));
    // The failed row stays in the table; the gone ones left it.
    QVERIFY(env.session()->model()->rowOf(b.id) >= 0);
    QCOMPARE(env.session()->model()->rowOf(a.id), -1);
    QCOMPARE(env.session()->model()->rowOf(c.id), -1);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Close)
        ->click();
    QTRY_VERIFY(!window.findChild<DeleteDialog *>());
}

void TestDeleteFlow::delete_byKeyboard_selectsNextRow()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    const QStringList events{QStringLiteral("epayments.payment.created.v1")};
    const Registration a
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://a.example.com/h"), events);
    const Registration b
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://b.example.com/h"), events);
    const Registration c
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://c.example.com/h"), events);
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    const auto deleteByKeyboard = [&window](const QStringList &ids) {
        DeleteDialog *dialog = openDeleteDialog(window, ids);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        // The Delete button's mnemonic: Alt+D.
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<DeleteDialog *>(), 20000);
    };
    const auto selectedIds = [&window] {
        QStringList ids;
        for (const Webhook &webhook : window.tablePage()->selectedWebhooks())
            ids << webhook.id;
        return ids;
    };

    // The middle row goes: the next one is selected, and Delete is ready for it.
    deleteByKeyboard({b.id});
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).size(), 2);
    QCOMPARE(selectedIds(), QStringList{c.id});
    QVERIFY(window.deleteAction()->isEnabled());
    // The last row goes: the one before it is selected.
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    deleteByKeyboard(selectedIds());
    QCOMPARE(env.sandbox()->registrations(profile.bucket()).size(), 1);
    QCOMPARE(selectedIds(), QStringList{a.id});
    QVERIFY(window.deleteAction()->isEnabled());
}

QTEST_MAIN(TestDeleteFlow)
#include "tst_deleteflow.moc"
