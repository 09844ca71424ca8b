// Production guards in the window: browsing the profile selector (arrow keys, the mouse wheel,
// typing) never switches; entering a production profile is one question naming the environment
// and the MSN, No by default; the window never enters production at launch by itself; a custom
// base URL on api.vipps.no is production (badge, band, title); registering in production asks.
// Real keychain (scripts/with-test-keyring), sandbox over loopback, offscreen widgets.

#include "messagebar.h"
#include "messageboxseam.h"
#include "profileform.h"
#include "registerdialog.h"
#include "registerflow.h"

#include "seamtestsupport.h"
#include "uitestsupport.h"
#include "webhooktablepage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QWheelEvent>

using namespace UiTest;

class TestProductionGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browsingTheSelector_neverSwitches_data();
    void browsingTheSelector_neverSwitches();
    void choosingProduction_asksNamingEnvironmentAndMsn();
    void launch_lastProductionProfile_showsWelcomeAndAWayIn();
    void launch_namedProductionProfile_asks();
    void customBaseUrlOnProductionHost_isProduction();
    void title_customProfile_readsAsOneName();
    void profileForm_otherHost_mustBeDeclared();
    void window_showsTheApplicationsOwnIcon();
    void refresh_keepsTheSelectionWhileOtherRowsComeAndGo();

private:
    struct Setup
    {
        Profile test;
        Profile live;
    };
    static Setup saveTwo(Fixture &env);
    static QComboBox *selector(MainWindow &window)
    {
        return window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    }
};

void TestProductionGuards::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProductionGuards::init()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
}

void TestProductionGuards::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

TestProductionGuards::Setup TestProductionGuards::saveTwo(Fixture &env)
{
    Setup setup;
    setup.test = Fixture::profile(QStringLiteral("A test shop"), Environment::Test, QStringLiteral("111111"));
    setup.live
        = Fixture::profile(QStringLiteral("B live shop"), Environment::Production, QStringLiteral("654321"));
    [&] {
        QVERIFY(env.saveProfile(setup.test));
        QVERIFY(env.saveProfile(setup.live));
    }();
    return setup;
}

void TestProductionGuards::browsingTheSelector_neverSwitches_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("arrow down") << QStringLiteral("down");
    QTest::newRow("arrow up") << QStringLiteral("up");
    QTest::newRow("page down") << QStringLiteral("pagedown");
    QTest::newRow("end") << QStringLiteral("end");
    QTest::newRow("wheel down") << QStringLiteral("wheel-down");
    QTest::newRow("wheel up") << QStringLiteral("wheel-up");
    QTest::newRow("typing") << QStringLiteral("type");
}

void TestProductionGuards::browsingTheSelector_neverSwitches()
{
    QFETCH(QString, how);
    Fixture env;
    const Setup setup = saveTwo(env);
    MainWindow window(env.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartup(setup.test.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QComboBox *combo = selector(window);
    combo->setFocus();
    QCOMPARE(combo->currentText(), setup.test.name);
    QSignalSpy activated(combo, &QComboBox::activated);
    const int asked = MessageBoxSeam::questionCount();

    if (how == QLatin1String("down"))
        QTest::keyClick(combo, Qt::Key_Down);
    else if (how == QLatin1String("up"))
        QTest::keyClick(combo, Qt::Key_Up);
    else if (how == QLatin1String("pagedown"))
        QTest::keyClick(combo, Qt::Key_PageDown);
    else if (how == QLatin1String("end"))
        QTest::keyClick(combo, Qt::Key_End);
    else if (how == QLatin1String("type"))
        QTest::keyClicks(combo, QStringLiteral("B"));
    else {
        const int delta = how == QLatin1String("wheel-down") ? -120 : 120;
        const QPointF at = combo->rect().center();
        for (int tick = 0; tick < 3; ++tick) {
            QWheelEvent wheel(at, combo->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(combo, &wheel);
        }
    }
    // Nothing chosen, nothing asked, the same profile open (an unfiltered QComboBox switches at once).
    QCOMPARE(activated.count(), 0);
    QCOMPARE(MessageBoxSeam::questionCount(), asked);
    QCOMPARE(env.session()->profile().name, setup.test.name);
    if (combo->view()->isVisible())
        combo->hidePopup();
    QCOMPARE(combo->currentText(), setup.test.name);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());
}

void TestProductionGuards::choosingProduction_asksNamingEnvironmentAndMsn()
{
    Fixture env;
    const Setup setup = saveTwo(env);
    MainWindow window(env.session());
    window.show();
    window.openStartup(setup.test.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QComboBox *combo = selector(window);
    const int live = combo->findText(setup.live.name);
    QVERIFY(live >= 0);

    // A choice in the list (as a click there emits it) asks first; No keeps the test profile.
    int asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    combo->setCurrentIndex(live);
    Q_EMIT combo->activated(live);
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("production")));
    QVERIFY(MessageBoxSeam::lastQuestion().contains(setup.live.name));
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("MSN 654321")));
    // Enter or Escape at the question never opens production.
    QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
    QTRY_COMPARE(combo->currentText(), setup.test.name);
    QCOMPARE(env.session()->profile().name, setup.test.name);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());

    // Yes opens it: the red band, the badge and the title say production.
    asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    combo->setCurrentIndex(live);
    Q_EMIT combo->activated(live);
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QTRY_COMPARE(env.session()->profile().name, setup.live.name);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());
    QVERIFY(window.windowTitle().contains(QLatin1String("Production")));

    // Back to the test profile: no question.
    asked = MessageBoxSeam::questionCount();
    const int test = combo->findText(setup.test.name);
    combo->setCurrentIndex(test);
    Q_EMIT combo->activated(test);
    QTRY_COMPARE(env.session()->profile().name, setup.test.name);
    QCOMPARE(MessageBoxSeam::questionCount(), asked);
}

void TestProductionGuards::launch_lastProductionProfile_showsWelcomeAndAWayIn()
{
    Fixture env;
    const Setup setup = saveTwo(env);
    env.store()->setLastUsed(setup.live.name);
    MainWindow window(env.session());
    window.show();
    const int asked = MessageBoxSeam::questionCount();
    window.openStartup({}, false);
    QVERIFY(!env.session()->hasProfile());
    QVERIFY(window.isWelcomeShown());
    QCOMPARE(MessageBoxSeam::questionCount(), asked);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->title().contains(setup.live.name));

    // The way in is the same deliberate question.
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    auto *action = window.messageBar()->findChild<QPushButton *>(QStringLiteral("actionPushButton"));
    QVERIFY(action && action->isVisible());
    action->click();
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("MSN 654321")));
    QTRY_VERIFY(env.session()->hasProfile());
    QCOMPARE(env.session()->profile().name, setup.live.name);
}

void TestProductionGuards::launch_namedProductionProfile_asks()
{
    Fixture env;
    const Setup setup = saveTwo(env);
    MainWindow window(env.session());
    window.show();
    const int asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    window.openStartup(setup.live.name, false);
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY(!env.session()->hasProfile());
    QVERIFY(window.isWelcomeShown());
}

void TestProductionGuards::customBaseUrlOnProductionHost_isProduction()
{
    Fixture env;
    Profile custom
        = Fixture::profile(QStringLiteral("Custom live"), Environment::Custom, QStringLiteral("654321"));
    custom.customBaseUrl = QUrl(QStringLiteral("https://api.vipps.no"));
    QVERIFY(custom.isProduction());
    QVERIFY(env.saveProfile(custom));
    MainWindow window(env.session());
    window.show();
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    window.openStartup(custom.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QVERIFY(env.session()->isProduction());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("productionBandLabel"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("environmentLabel"))->text(),
             QStringLiteral("Production"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Custom live — Production — Webhook Console"));

    // Registering there asks, naming production and the MSN; No sends nothing.
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    const int asked = MessageBoxSeam::questionCount();
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    Q_EMIT dialog->submitted(RegisterRequest{QStringLiteral("https://shop.example.com/hook"),
                                             {QStringLiteral("epayments.payment.captured.v1")}});
    QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("PRODUCTION")));
    QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("654321")));
    QVERIFY(env.sandbox()->registrations(custom.bucket()).isEmpty());

    // Yes registers.
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
    Q_EMIT dialog->submitted(RegisterRequest{QStringLiteral("https://shop.example.com/hook"),
                                             {QStringLiteral("epayments.payment.captured.v1")}});
    QTRY_COMPARE_WITH_TIMEOUT(env.sandbox()->registrations(custom.bucket()).size(), 1, 20000);
}

// A profile name with brackets of its own (what `webhook-console-cli profile add` users write)
// and the environment do not run together: "Local test (CLI sandbox) (Custom)" was the title.
void TestProductionGuards::title_customProfile_readsAsOneName()
{
    Fixture env;
    Profile local = Fixture::profile(QStringLiteral("Local test (CLI sandbox)"), Environment::Custom,
                                     QStringLiteral("123456"));
    local.customBaseUrl = env.sandbox()->baseUrl(); // loopback: needs no declaration
    QVERIFY(!local.isProduction());
    QVERIFY(env.saveProfile(local));
    MainWindow window(env.session());
    window.show();
    window.openStartup(local.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QCOMPARE(window.windowTitle(), QStringLiteral("Local test (CLI sandbox) — Custom — Webhook Console"));
}

void TestProductionGuards::profileForm_otherHost_mustBeDeclared()
{
    ProfileForm form;
    form.show();
    auto *environment = form.findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
    auto *declared = form.findChild<QComboBox *>(QStringLiteral("declaredEnvironmentComboBox"));
    auto *url = form.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"));
    QVERIFY(environment && declared && url);
    form.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Staging"));
    environment->setCurrentIndex(environment->findData(QStringLiteral("custom")));

    // The Vipps MobilePay hosts and loopback need no declaration.
    url->setText(QStringLiteral("https://api.vipps.no"));
    QVERIFY(form.validateConnectionFields());
    QVERIFY(!declared->isVisible());
    QVERIFY(form.profile().isProduction());
    url->setText(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(form.validateConnectionFields());
    QVERIFY(!declared->isVisible());

    // Another host: not savable until declared, and production meanwhile.
    url->setText(QStringLiteral("https://staging.example.com"));
    QVERIFY(!form.validateConnectionFields());
    QVERIFY(declared->isVisible());
    QVERIFY(form.profile().isProduction());
    QVERIFY(form.profile().validate().value_or(QString()).contains(QLatin1String("staging.example.com")));
    declared->setCurrentIndex(declared->findData(QStringLiteral("test")));
    QVERIFY(form.validateConnectionFields());
    QCOMPARE(form.profile().declaredEnvironment, std::optional(Environment::Test));
    QVERIFY(!form.profile().isProduction());
    declared->setCurrentIndex(declared->findData(QStringLiteral("production")));
    QVERIFY(form.profile().isProduction());
}

void TestProductionGuards::window_showsTheApplicationsOwnIcon()
{
    // Not a theme icon: the pictures the desktop file installs.
    Fixture env;
    MainWindow window(env.session());
    const QImage expected = QImage(QStringLiteral(":/icons/64x64/webhook-console.png"))
                                .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QVERIFY(!expected.isNull());
    const QImage shown = window.windowIcon()
                             .pixmap(QSize(64, 64))
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(shown.size(), expected.size());
    QVERIFY(shown == expected);
}

void TestProductionGuards::refresh_keepsTheSelectionWhileOtherRowsComeAndGo()
{
    // (Not a guard, but the same window: the table model changes by id instead of resetting.)
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Shop"), Environment::Test, QStringLiteral("111111"));
    QVERIFY(env.saveProfile(profile));
    const QStringList events{QStringLiteral("epayments.payment.captured.v1")};
    const Registration first
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://a.example/"), events);
    const Registration chosen
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://b.example/"), events);
    const Registration last
        = env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://c.example/"), events);
    MainWindow window(env.session());
    window.show();
    window.openStartup(profile.name, false);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
    QCOMPARE(env.session()->model()->rowCount(), 3);
    QVERIFY(window.tablePage()->selectWebhook(chosen.id));
    QCOMPARE(window.tablePage()->selectedWebhooks().size(), 1);

    // Elsewhere: one registration goes, two come.
    QVERIFY(deleteElsewhere(env.sandbox(), profile.msn, first.id));
    env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://d.example/"), events);
    env.sandbox()->addRegistration(profile.bucket(), QStringLiteral("https://e.example/"), events);
    QSignalSpy reset(env.session()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 20000);
    QTRY_COMPARE(env.session()->model()->rowCount(), 4);
    QCOMPARE(reset.count(), 0);
    const QList<Webhook> selected = window.tablePage()->selectedWebhooks();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().id, chosen.id);
    QVERIFY(env.session()->model()->rowOf(last.id) >= 0);
    QCOMPARE(env.session()->model()->rowOf(first.id), -1);
}

QTEST_MAIN(TestProductionGuards)
#include "tst_productionguards.moc"
