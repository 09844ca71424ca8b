// Opening and switching profiles in the window: the last profile reopens, keys missing from the
// keychain are said plainly with a way to enter them, a saved profile opens only when that cannot
// surprise anyone (never production by itself), the old profile's requests are cancelled, and
// partner keys are labelled. Real keychain (scripts/with-test-keyring), sandbox over loopback.

#include "core/translations.h"
#include "core/webhookmodel.h"
#include "messagebar.h"
#include "messageboxseam.h"
#include "profileheader.h"
#include "profilesdialog.h"
#include "statusbarinfo.h"

#include "seamtestsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

using namespace UiTest;

class TestProfileSwitching final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startup_opensLastProfileUsed();
    void openProfile_missingKeys_offersProfilesDialog();
    void welcome_addKeys_opensProfilesDialogOnNewProfile();
    void profileSaved_whileNothingOpen_opensTestProfile();
    void profileSaved_production_isNeverOpenedByItself();
    void profilesDialog_openAfterSave_byKeyboard();
    void header_listShowsEnvironmentAndMsn();
    void networkError_inNorwegian_isTheConsolesOwnWords();
    void profileRemoved_active_showsWelcome();
    void partnerProfile_showsPartnerLabel();
    void switchProfile_cancelsOldRequests();
    void switchProfile_duringRegistration_asksFirst();
};

void TestProfileSwitching::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileSwitching::init()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
}

void TestProfileSwitching::cleanup()
{
    QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

void TestProfileSwitching::startup_opensLastProfileUsed()
{
    Fixture env;
    const Profile first
        = Fixture::profile(QStringLiteral("First"), Environment::Test, QStringLiteral("111111"));
    const Profile second
        = Fixture::profile(QStringLiteral("Second"), Environment::Test, QStringLiteral("222222"));
    QVERIFY(env.saveProfile(first));
    QVERIFY(env.saveProfile(second));
    {
        MainWindow window(env.session());
        window.show();
        window.openStartup(second.name, false);
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
        window.close();
    }
    env.session()->closeProfile();
    MainWindow window(env.session());
    window.show();
    window.openStartup({}, false);
    QVERIFY(env.session()->hasProfile());
    QCOMPARE(env.session()->profile().name, second.name);
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("profileComboBox"))->currentText(), second.name);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
}

void TestProfileSwitching::openProfile_missingKeys_offersProfilesDialog()
{
    Fixture env;
    // In QSettings only: its keys never reached this machine's keychain.
    const Profile profile
        = Fixture::profile(QStringLiteral("Keyless"), Environment::Test, QStringLiteral("333333"));
    env.store()->save(profile);
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_COMPARE_WITH_TIMEOUT(env.session()->state(), ConsoleSession::State::Failed, 20000);

    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->title().contains(QStringLiteral("No API keys")));
    QVERIFY(!window.refreshAction()->isEnabled());
    QVERIFY(!window.registerAction()->isEnabled());
    auto *action = bar->findChild<QPushButton *>(QStringLiteral("actionPushButton"));
    QVERIFY(action->isVisible());
    action->click();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->editedProfileName(), profile.name);
}

void TestProfileSwitching::welcome_addKeys_opensProfilesDialogOnNewProfile()
{
    Fixture env;
    MainWindow window(env.session());
    window.show();
    window.openStartup({}, false);
    QVERIFY(window.isWelcomeShown());
    window.findChild<QPushButton *>(QStringLiteral("addKeysPushButton"))->click();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->editedProfileName().isEmpty());
}

void TestProfileSwitching::profileSaved_whileNothingOpen_opensTestProfile()
{
    Fixture env;
    MainWindow window(env.session());
    window.show();
    window.openStartup({}, false);
    window.openProfilesDialog(true);
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);

    const Profile profile
        = Fixture::profile(QStringLiteral("New shop"), Environment::Test, QStringLiteral("444444"));
    QVERIFY(env.saveProfile(profile)); // what the dialog does on Save
    Q_EMIT dialog->profileSaved(profile.name);
    QVERIFY(env.session()->hasProfile());
    QCOMPARE(env.session()->profile().name, profile.name);
    QVERIFY(!window.isWelcomeShown());
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QVERIFY(combo->findText(profile.name) >= 0);
}

void TestProfileSwitching::profileSaved_production_isNeverOpenedByItself()
{
    Fixture env;
    MainWindow window(env.session());
    window.show();
    window.openStartup({}, false);
    window.openProfilesDialog(true);
    auto *dialog = window.findChild<ProfilesDialog *>();

    const Profile live
        = Fixture::profile(QStringLiteral("Live"), Environment::Production, QStringLiteral("555555"));
    QVERIFY(env.saveProfile(live));
    Q_EMIT dialog->profileSaved(live.name);
    QVERIFY(!env.session()->hasProfile());
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->level(), MessageBar::Level::Information);
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("profileComboBox"))->findText(live.name) >= 0);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());
}

// "Saved" offers "Open" for the saved profile (not for the one already open); Alt+O opens it, a
// production profile only after its one question.
void TestProfileSwitching::profilesDialog_openAfterSave_byKeyboard()
{
    Fixture env;
    const Profile shop
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    const Profile live
        = Fixture::profile(QStringLiteral("Live"), Environment::Production, QStringLiteral("555555"));
    QVERIFY(env.saveProfile(shop));
    QVERIFY(env.saveProfile(live));
    MainWindow window(env.session());
    window.show();
    window.openStartup(shop.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    window.openProfilesDialog();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openPushButton"));
    QPushButton *save
        = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    QVERIFY(open && save);
    QCOMPARE(open->text(), QStringLiteral("&Open"));
    QSignalSpy saved(dialog, &ProfilesDialog::profileSaved);

    // The profile open in the window, saved: there is nothing to open.
    QCOMPARE(dialog->editedProfileName(), shop.name);
    QTRY_VERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
    QVERIFY(!open->isVisible());

    // Another profile, saved: Open is offered; saving alone never opens production.
    dialog->selectProfile(live.name);
    QCOMPARE(dialog->editedProfileName(), live.name);
    QTRY_VERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20000);
    QVERIFY(open->isVisible());
    QVERIFY(!env.session()->isProduction());

    // Alt+O: the production question (one, naming the MSN); Yes opens it and closes the dialog.
    const QPointer<ProfilesDialog> closing(dialog);
    const int asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY(MessageBoxSeam::lastQuestion().contains(live.msn));
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->isProduction(), 20000);
    QCOMPARE(env.session()->profile().name, live.name);
    QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QTRY_VERIFY(!closing || !closing->isVisible()); // (it deletes itself on close)
}

// The selector's open list (opened with the Down key) shows each profile's environment, as a
// colour chip and a word, and its MSN; the closed selector shows the name alone.
void TestProfileSwitching::header_listShowsEnvironmentAndMsn()
{
    Fixture env;
    const Profile shop
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    const Profile live
        = Fixture::profile(QStringLiteral("Live"), Environment::Production, QStringLiteral("555555"));
    QVERIFY(env.saveProfile(shop));
    QVERIFY(env.saveProfile(live));
    MainWindow window(env.session());
    window.show();
    window.openStartup(shop.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), shop.name);

    QApplication::setActiveWindow(&window);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_VERIFY(combo->view()->isVisible());
    QAbstractItemView *list = combo->view();
    const auto rowOf = [combo](const QString &text) { return combo->findText(text); };
    const QMap<QString, QString> expected{
        {shop.name, QStringLiteral("Test · MSN 223344")},
        {live.name, QStringLiteral("Production · MSN 555555")},
        {QStringLiteral("Sandbox"), QStringLiteral("sample registrations")}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QModelIndex index = list->model()->index(rowOf(it.key()), 0);
        QVERIFY2(index.isValid(), qPrintable(it.key()));
        QCOMPARE(index.data(ProfileHeader::SummaryRole).toString(), it.value());
        QVERIFY(!index.data(ProfileHeader::ChipRole).value<QIcon>().isNull());
        // What the list draws: the chip, then "name — summary".
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.decorationSize = combo->iconSize(); // as the list's own options have it
        const int drawn = list->itemDelegate()->sizeHint(option, index).width();
        const int words
            = list->fontMetrics().horizontalAdvance(it.key() + QStringLiteral(" — ") + it.value());
        QVERIFY2(
            drawn >= words + 16,
            qPrintable(QStringLiteral("%1: %2 px for %3 px of words").arg(it.key()).arg(drawn).arg(words)));
    }
    // Esc closes the list and changes nothing.
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(env.session()->profile().name, shop.name);
}

// In the Norwegian window a connection without an answer is said in the console's own
// Norwegian words, never in Qt's English errorString() ("Connection refused").
void TestProfileSwitching::networkError_inNorwegian_isTheConsolesOwnWords()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("nb")), QStringLiteral("nb"));
    const auto english = qScopeGuard([] { Translations::install(*qApp, QStringLiteral("en")); });
    QTcpServer closed; // a port on which nothing listens
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    Fixture env;
    const Profile shop
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(shop));
    env.session()->setBaseUrlOverrideForTesting(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    MainWindow window(env.session());
    window.show();
    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.openStartup(shop.name, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 40000);
    QTRY_VERIFY(window.messageBar()->isVisible());

    const QString source
        = QStringLiteral("%1 refused the connection: nothing answers at that address and port.");
    const QString norwegian = QCoreApplication::translate("ApiError", source.toUtf8().constData())
                                  .arg(QStringLiteral("127.0.0.1"));
    QVERIFY2(norwegian != source.arg(QStringLiteral("127.0.0.1")), "the catalogue has no Norwegian for it");
    const QString shown = window.messageBar()->title() + QLatin1Char('\n') + window.messageBar()->detail();
    QVERIFY2(shown.contains(norwegian), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive), qPrintable(shown));
}

void TestProfileSwitching::profileRemoved_active_showsWelcome()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Going"), Environment::Test, QStringLiteral("666666"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    window.openProfilesDialog();
    auto *dialog = window.findChild<ProfilesDialog *>();
    env.store()->remove(profile.name);
    Q_EMIT dialog->profileRemoved(profile.name);
    QVERIFY(!env.session()->hasProfile());
    QVERIFY(window.isWelcomeShown());
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("profileComboBox"))->findText(profile.name), -1);
}

void TestProfileSwitching::partnerProfile_showsPartnerLabel()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    // Partner keys exist only in production (a partner profile in test is refused): a custom base URL.
    Profile profile = Fixture::profile(QStringLiteral("Partner"), Environment::Custom, {});
    profile.customBaseUrl = env.sandbox()->baseUrl();
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(SandboxServer::partnerBucket());
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QCOMPARE(env.session()->model()->rowCount(), 4);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("salesUnitLabel"))->text(),
             QStringLiteral("Partner: all sales units"));
    QCOMPARE(window.statusInfo()->msnText(), QStringLiteral("Partner: all sales units"));
}

void TestProfileSwitching::switchProfile_cancelsOldRequests()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Slow"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(profile.bucket());
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault slow;
    slow.method = "GET";
    slow.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    slow.delayMs = 1500;
    env.sandbox()->injectFault(slow);
    env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://late.example.com/"),
                                   {QStringLiteral("epayments.payment.created.v1")});
    QSignalSpy handled(env.sandbox(), &SandboxServer::requestHandled);
    window.refreshAction()->trigger();
    QTRY_VERIFY(env.session()->isBusy());

    // The user picks the sandbox while the slow list runs.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    const int sandboxIndex = combo->findText(QStringLiteral("Sandbox"));
    QVERIFY(sandboxIndex >= 0);
    combo->setCurrentIndex(sandboxIndex);
    Q_EMIT combo->activated(sandboxIndex);
    QVERIFY(env.session()->isSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    // The old answer (5 rows) never lands in the sandbox's table (4 sample rows).
    QTRY_VERIFY_WITH_TIMEOUT(!handled.isEmpty(), 20000);
    QCoreApplication::processEvents(); // a stray callback would land now
    QCOMPARE(env.session()->model()->rowCount(), 4);
    for (const Webhook &webhook : env.session()->model()->webhooks())
        QVERIFY(webhook.url != QStringLiteral("https://late.example.com/"));
}

void TestProfileSwitching::switchProfile_duringRegistration_asksFirst()
{
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Busy"), Environment::Test, QStringLiteral("777777"));
    QVERIFY(env.saveProfile(profile));
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);

    SandboxServer::Fault slow;
    slow.method = "POST";
    slow.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    slow.delayMs = 1500;
    env.sandbox()->injectFault(slow);
    QObject context;
    std::optional<bool> registered;
    env.session()->registerWebhook(
        RegisterRequest{QStringLiteral("https://slow.example.com/"),
                        {QStringLiteral("epayments.payment.created.v1")}},
        &context, [&registered](const Result<RegisterOutcome> &result) { registered = result.ok(); });
    QVERIFY(env.session()->isRegistering());

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    const int sandboxIndex = combo->findText(QStringLiteral("Sandbox"));
    const int asked = MessageBoxSeam::questionCount();
    const int answered = MessageBoxSeam::answerCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    combo->setCurrentIndex(sandboxIndex);
    Q_EMIT combo->activated(sandboxIndex);
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QStringLiteral("secret may be lost")));
    QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
    // "No": still on the profile, the combo shows it again, and the registration completes.
    QTRY_COMPARE(combo->currentText(), profile.name);
    QCOMPARE(env.session()->profile().name, profile.name);
    QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 20000);
    QVERIFY(*registered);
}

QTEST_MAIN(TestProfileSwitching)
#include "tst_profileswitching.moc"
