// The secret vault in the details view, end to end: Reveal and Copy (behind a confirmation in
// production, answered through MessageBoxSeam), Enter secret (the table's column turns "Yes" and
// the real keychain holds it), Export (only after the warning, a 0600 file), Remove, and the
// orphans left by a webhook deleted elsewhere. The sandbox API over loopback stands in for the
// environments; the keychain is a real gnome-keyring (scripts/with-test-keyring).

#include "core/webhookmodel.h"
#include "entersecretdialog.h"
#include "filedialogseam.h"
#include "messageboxseam.h"
#include "orphanedsecretsdialog.h"
#include "secretclipboard.h"
#include "vaultactions.h"
#include "webhookdetailsdialog.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include "seamtestsupport.h"
#include "testkeyring.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace UiTest;

class TestSecretVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterSecret_checksInput_data();
    void enterSecret_checksInput();
    void reveal_inProduction_asksFirst();
    void copy_inProduction_asksFirst_andCarriesHint();
    void revealAndCopy_inTest_askNothing();
    void enterSecret_storesInKeychain_columnTurnsYes();
    void enterSecret_badInput_cannotBeSaved();
    void export_writesOwnerOnlyFile_onlyAfterWarning();
    void removeStoredSecret_asksThenRemoves();
    void orphan_shownAndRemovable_afterDeletedElsewhere();
    void missingSecret_isMarkedWithAdvice();
    void reveal_keychainRefuses_saysWhy_staleEntryTurnsNo();

private:
    struct Setup
    {
        Profile profile;
        Registration registration;
        Webhook webhook;
    };
    // A saved profile on the loopback sandbox with one registration; its secret stored here
    // when `stored`. The window is open and loaded.
    static std::optional<Setup> open(Fixture &env, MainWindow &window, Environment environment, bool stored);
    static WebhookDetailsDialog *details(MainWindow &window, const Webhook &webhook);
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    QTemporaryDir m_files;
};

void TestSecretVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SecretClipboard::setClearDelayMs(60 * 1000); // nothing is cleared in the middle of a test
}

void TestSecretVault::init()
{
    const QByteArray test = QTest::currentTestFunction();
    const bool needsNoKeyring = test == "enterSecret_checksInput";
    if (!inThrowawayKeyring() && !needsNoKeyring)
        QSKIP(KeychainSkipMessage);
}

void TestSecretVault::cleanup()
{
    QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

std::optional<TestSecretVault::Setup> TestSecretVault::open(Fixture &env, MainWindow &window,
                                                            Environment environment, bool stored)
{
    Setup setup;
    setup.profile = Fixture::profile(environment == Environment::Production ? QStringLiteral("Live shop")
                                                                            : QStringLiteral("Shop test"),
                                     environment, QStringLiteral("223344"));
    if (!env.saveProfile(setup.profile))
        return std::nullopt;
    setup.registration = env.sandbox()->addRegistration(setup.profile.bucket(),
                                                        QStringLiteral("https://shop.example.com/hooks"),
                                                        {QStringLiteral("epayments.payment.captured.v1")});
    setup.webhook = Webhook{setup.registration.id,
                            QStringLiteral("https://shop.example.com/hooks"),
                            {QStringLiteral("epayments.payment.captured.v1")}};
    if (stored
        && !storeSecret(env.manager(), setup.profile, setup.registration.id, setup.registration.secret))
        return std::nullopt;
    window.show();
    if (environment == Environment::Production)
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    window.openStartup(setup.profile.name, false);
    if (!QTest::qWaitFor([&env] { return env.session()->hasLoaded(); }, 20000))
        return std::nullopt;
    return setup;
}

WebhookDetailsDialog *TestSecretVault::details(MainWindow &window, const Webhook &webhook)
{
    return window.vaultActions()->openDetails(webhook);
}

void TestSecretVault::enterSecret_checksInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("severity");
    QTest::newRow("empty") << QString() << int(FieldSeverity::Info);
    QTest::newRow("spaces only") << QStringLiteral("   ") << int(FieldSeverity::Info);
    QTest::newRow("line break") << QStringLiteral("abcdefgh\nijklmnopqrstu") << int(FieldSeverity::Error);
    QTest::newRow("space inside") << QStringLiteral("abcdefghij klmnopqrstu") << int(FieldSeverity::Error);
    QTest::newRow("tab inside") << QStringLiteral("abcdefghij\tklmnopqrstu") << int(FieldSeverity::Error);
    QTest::newRow("short") << QStringLiteral("abc") << int(FieldSeverity::Warning);
    QTest::newRow("spaces around") << QStringLiteral("  A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKX  ")
                                   << int(FieldSeverity::Warning);
    QTest::newRow("good") << QStringLiteral(
        "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==")
                          << int(FieldSeverity::Ok);
}

void TestSecretVault::enterSecret_checksInput()
{
    QFETCH(QString, text);
    QFETCH(int, severity);
    const auto [actual, message] = EnterSecretDialog::checkSecret(text);
    QCOMPARE(int(actual), severity);
    QVERIFY(!message.isEmpty());
}

void TestSecretVault::reveal_inProduction_asksFirst()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Production, true);
    QVERIFY(setup);
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    QTRY_VERIFY(child<QPushButton>(dialog, "revealPushButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "enterSecretPushButton")->isVisible());
    auto *field = child<QLineEdit>(dialog, "secretLineEdit");

    // "No": nothing is read or shown.
    int asked = MessageBoxSeam::questionCount();
    int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    child<QPushButton>(dialog, "revealPushButton")->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QStringLiteral("production")));
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QVERIFY(!dialog->isSecretRevealed());
    QVERIFY(field->text().isEmpty());

    // "Yes": the stored secret is shown.
    asked = MessageBoxSeam::questionCount();
    answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, "revealPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSecretRevealed(), 20000);
    QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QCOMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QCOMPARE(field->text(), setup->registration.secret);
    QVERIFY(field->isReadOnly());

    // Hide asks nothing and forgets the text.
    asked = MessageBoxSeam::questionCount();
    answered = MessageBoxSeam::answerCount();
    child<QPushButton>(dialog, "revealPushButton")->click();
    QVERIFY(!dialog->isSecretRevealed());
    QVERIFY(field->text().isEmpty());
    QCOMPARE(MessageBoxSeam::questionCount(), asked);
    QCOMPARE(MessageBoxSeam::answerCount(), answered);
}

void TestSecretVault::copy_inProduction_asksFirst_andCarriesHint()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Production, true);
    QVERIFY(setup);
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    auto *copy = child<QPushButton>(dialog, "copyPushButton");
    QTRY_VERIFY(copy->isVisible());

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    int asked = MessageBoxSeam::questionCount();
    int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    copy->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));

    asked = MessageBoxSeam::questionCount();
    answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    copy->click();
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), setup->registration.secret, 20000);
    QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(SecretClipboard::hintMimeType()), QByteArray("secret"));
    QVERIFY(child<QLabel>(dialog, "vaultStatusLabel")->text().contains(QStringLiteral("cleared")));
}

void TestSecretVault::revealAndCopy_inTest_askNothing()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, true);
    QVERIFY(setup);
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    QTRY_VERIFY(child<QPushButton>(dialog, "revealPushButton")->isVisible());
    const int asked = MessageBoxSeam::questionCount();
    const int answered = MessageBoxSeam::answerCount();
    child<QPushButton>(dialog, "revealPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSecretRevealed(), 20000);
    QCOMPARE(child<QLineEdit>(dialog, "secretLineEdit")->text(), setup->registration.secret);
    child<QPushButton>(dialog, "copyPushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), setup->registration.secret, 20000);
    QCOMPARE(MessageBoxSeam::questionCount(), asked);
    QCOMPARE(MessageBoxSeam::answerCount(), answered);
}

void TestSecretVault::enterSecret_storesInKeychain_columnTurnsYes()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, false);
    QVERIFY(setup);
    const QString id = setup->registration.id;
    QVERIFY(!env.session()->hasSecret(id));
    QTableView *view = window.tablePage()->tableView();
    const auto secretCell = [&] {
        const QModelIndex source
            = env.session()->model()->index(rowOf(*env.session(), id), WebhookModel::SecretColumn);
        return view->model()->index(window.tablePage()->filterModel()->mapFromSource(source).row(),
                                    WebhookModel::SecretColumn);
    };
    QCOMPARE(secretCell().data().toString(), QStringLiteral("No"));

    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    auto *enter = child<QPushButton>(dialog, "enterSecretPushButton");
    QTRY_VERIFY(enter->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "revealPushButton")->isVisible());
    QVERIFY(child<QLabel>(dialog, "secretStatusLabel")->text().startsWith(QStringLiteral("Not stored")));
    enter->click();
    EnterSecretDialog *entry = nullptr;
    QTRY_VERIFY((entry = dialog->findChild<EnterSecretDialog *>()));
    auto *field = child<QLineEdit>(entry, "secretLineEdit");
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(field->placeholderText().isEmpty()); // the help above says it; the field does not repeat it
    child<QCheckBox>(entry, "showSecretCheckBox")->setChecked(true);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(field, QStringLiteral(" ") + setup->registration.secret + QStringLiteral(" "));
    QAbstractButton *save = acceptButton(entry);
    QVERIFY(save->isEnabled());
    QCOMPARE(save->text(), QStringLiteral("S&tore Secret"));
    QApplication::setActiveWindow(entry);
    QTest::keyClick(entry, Qt::Key_T, Qt::AltModifier); // Store Secret, by its mnemonic

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<EnterSecretDialog *>(), 20000);
    QTRY_VERIFY(env.session()->hasSecret(id));
    QCOMPARE(secretCell().data().toString(), QStringLiteral("Yes"));
    const auto stored = readSecret(env.manager(), setup->profile, id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), setup->registration.secret); // without the spaces around it
    // The details follow at once.
    QTRY_VERIFY(child<QPushButton>(dialog, "revealPushButton")->isVisible());
    QVERIFY(!enter->isVisible());
    QVERIFY(child<QLabel>(dialog, "secretStatusLabel")->text().startsWith(QStringLiteral("Stored")));
}

void TestSecretVault::enterSecret_badInput_cannotBeSaved()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, false);
    QVERIFY(setup);
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    child<QPushButton>(dialog, "enterSecretPushButton")->click();
    EnterSecretDialog *entry = nullptr;
    QTRY_VERIFY((entry = dialog->findChild<EnterSecretDialog *>()));
    auto *field = child<QLineEdit>(entry, "secretLineEdit");
    auto *status = child<QLabel>(entry, "secretStatusLabel");
    QAbstractButton *save = acceptButton(entry);
    QVERIFY(!save->isEnabled());
    QVERIFY(status->isVisibleTo(entry));
    field->setText(QStringLiteral("two words pasted"));
    QVERIFY(!save->isEnabled());
    QVERIFY(status->text().contains(QStringLiteral("spaces")));
    field->setText(QStringLiteral("short"));
    QVERIFY(save->isEnabled()); // a warning, not a refusal
    QVERIFY(status->text().contains(QStringLiteral("5 character")));
    // Cancel stores nothing.
    QTest::keyClick(entry, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<EnterSecretDialog *>());
    QVERIFY(!env.session()->hasSecret(setup->registration.id));
    QCOMPARE(readSecret(env.manager(), setup->profile, setup->registration.id).error().kind,
             KeychainError::Kind::NotFound);
}

void TestSecretVault::export_writesOwnerOnlyFile_onlyAfterWarning()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, true);
    QVERIFY(setup);
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    auto *exportButton = child<QPushButton>(dialog, "exportPushButton");
    QTRY_VERIFY(exportButton->isVisible());
    const QString fileName = m_files.filePath(QStringLiteral("secret.txt"));
    QFile::remove(fileName);

    // Cancel at the warning: no file dialog, no file.
    int asked = MessageBoxSeam::questionCount();
    int answered = MessageBoxSeam::answerCount();
    const int files = FileDialogSeam::requestCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
    exportButton->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QStringLiteral("clear text")));
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QCOMPARE(FileDialogSeam::requestCount(), files);
    QVERIFY(!QFile::exists(fileName));

    // Yes, then the file dialog cancelled: still no file.
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    FileDialogSeam::setNextFileName({});
    exportButton->click();
    QTRY_COMPARE(FileDialogSeam::requestCount(), files + 1);
    QTest::qWait(0);
    QVERIFY(!QFile::exists(fileName));

    // Yes, and a file: written, owner-only, the secret exactly.
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    FileDialogSeam::setNextFileName(fileName);
    exportButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fileName), 20000);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), setup->registration.secret.toUtf8());
    QCOMPARE(file.permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther | QFileDevice::ExeOwner),
             QFileDevice::Permissions());
    QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(file.permissions().testFlag(QFileDevice::WriteOwner));
    QTRY_VERIFY(child<QLabel>(dialog, "vaultStatusLabel")->text().contains(QStringLiteral("clear text")));

    // Over a file anyone could read: it is owner-only afterwards.
    const QString existing = m_files.filePath(QStringLiteral("existing.txt"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                               | QFileDevice::ReadOther));
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    FileDialogSeam::setNextFileName(existing);
    exportButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(QFile::permissions(existing)
                                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                              QFileDevice::Permissions(), 20000);
    QFile rewritten(existing);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    QCOMPARE(rewritten.readAll(), setup->registration.secret.toUtf8());

    // Where nothing can be written: said beside the buttons.
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    FileDialogSeam::setNextFileName(m_files.filePath(QStringLiteral("no/such/dir/secret.txt")));
    exportButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "vaultStatusLabel")->text().startsWith(QStringLiteral("Could not write")),
        20000);
}

void TestSecretVault::removeStoredSecret_asksThenRemoves()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, true);
    QVERIFY(setup);
    const QString id = setup->registration.id;
    QVERIFY(env.session()->hasSecret(id));
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    auto *remove = child<QPushButton>(dialog, "removeSecretPushButton");
    QTRY_VERIFY(remove->isVisible());

    int asked = MessageBoxSeam::questionCount();
    int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
    remove->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QVERIFY(env.session()->hasSecret(id));
    QVERIFY(readSecret(env.manager(), setup->profile, id).ok());

    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(!env.session()->hasSecret(id), 20000);
    QCOMPARE(readSecret(env.manager(), setup->profile, id).error().kind, KeychainError::Kind::NotFound);
    QTRY_VERIFY(child<QPushButton>(dialog, "enterSecretPushButton")->isVisible());
    QVERIFY(!remove->isVisible());
    // The webhook itself stays registered.
    QCOMPARE(env.sandbox()->registrations(setup->profile.bucket()).size(), 1);
}

void TestSecretVault::orphan_shownAndRemovable_afterDeletedElsewhere()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, true);
    QVERIFY(setup);
    const Registration kept
        = env.sandbox()->addRegistration(setup->profile.bucket(), QStringLiteral("https://kept.example.com/"),
                                         {QStringLiteral("epayments.payment.created.v1")});
    QVERIFY(storeSecret(env.manager(), setup->profile, kept.id, kept.secret));
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QVERIFY(env.session()->orphanSecretIds().isEmpty());
    QWidget *bar = window.tablePage()->orphanBar();
    QVERIFY(!bar->isVisible());

    // Another machine deletes the first one; the next list shows its secret as an orphan.
    QVERIFY(deleteElsewhere(env.sandbox(), setup->profile.msn, setup->registration.id));
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 20000);
    QCOMPARE(env.session()->orphanSecretIds(), QStringList{setup->registration.id});
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(child<QLabel>(bar, "orphanLabel")->text().contains(QStringLiteral("1 secret")));

    child<QPushButton>(bar, "orphansPushButton")->click();
    OrphanedSecretsDialog *orphans = nullptr;
    QTRY_VERIFY((orphans = visibleTopLevel<OrphanedSecretsDialog>()));
    QCOMPARE(orphans->shownIds(), QStringList{setup->registration.id});
    auto *removeAll = child<QPushButton>(orphans, "removeAllPushButton");
    QVERIFY(removeAll->isEnabled());

    int asked = MessageBoxSeam::questionCount();
    int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
    removeAll->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    QVERIFY(readSecret(env.manager(), setup->profile, setup->registration.id).ok());

    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    removeAll->click();
    QTRY_VERIFY_WITH_TIMEOUT(orphans->shownIds().isEmpty(), 20000);
    QCOMPARE(readSecret(env.manager(), setup->profile, setup->registration.id).error().kind,
             KeychainError::Kind::NotFound);
    QVERIFY(env.session()->orphanSecretIds().isEmpty());
    QTRY_VERIFY(!bar->isVisible());
    // The live webhook's secret is untouched.
    QCOMPARE(readSecret(env.manager(), setup->profile, kept.id).value(), kept.secret);
    QVERIFY(env.session()->hasSecret(kept.id));
}

void TestSecretVault::missingSecret_isMarkedWithAdvice()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, false);
    QVERIFY(setup);
    QAbstractItemModel *proxy = window.tablePage()->tableView()->model();
    QModelIndex cell;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(WebhookModel::WebhookIdRole).toString() == setup->registration.id)
            cell = proxy->index(row, WebhookModel::SecretColumn);
    }
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), QStringLiteral("No"));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Enter it")) && tip.contains(QStringLiteral("replace")),
             qPrintable(tip));
}

void TestSecretVault::reveal_keychainRefuses_saysWhy_staleEntryTurnsNo()
{
    Fixture env;
    MainWindow window(env.session());
    const auto setup = open(env, window, Environment::Test, true);
    QVERIFY(setup);
    const QString id = setup->registration.id;
    WebhookDetailsDialog *dialog = details(window, setup->webhook);
    auto *reveal = child<QPushButton>(dialog, "revealPushButton");
    auto *status = child<QLabel>(dialog, "vaultStatusLabel");

    // Locked (the real keychain, as a screen lock leaves it): said plainly; the secret is still
    // counted as stored.
    TestKeyring::LockedScope locked;
    QVERIFY(locked.isLocked());
    reveal->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("locked")), 30000);
    QVERIFY(!dialog->isSecretRevealed());
    QVERIFY(env.session()->hasSecret(id));
    QVERIFY(locked.unlockNow());

    // Gone from the keychain although the index had it (removed behind the console's back, by
    // another tool): the column turns "No" at once.
    std::optional<bool> removed;
    QObject context;
    env.secrets()->remove(ProfileManager::webhookSecretKey(setup->profile, id), &context,
                          [&removed](const Result<Done, KeychainError> &r) { removed = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(*removed);
    QVERIFY(env.session()->hasSecret(id));
    reveal->click();
    QTRY_VERIFY_WITH_TIMEOUT(!env.session()->hasSecret(id), 20000);
    QVERIFY(!dialog->isSecretRevealed());
    QTRY_VERIFY(child<QPushButton>(dialog, "enterSecretPushButton")->isVisible());
    QVERIFY(!env.manager()->webhookSecretIds(setup->profile).contains(id));
}

QTEST_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
