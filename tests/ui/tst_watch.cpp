// The window's watch on the sandbox: a registration removed behind the console's back (as Vipps
// MobilePay removes endpoints that failed for two weeks) shows in the banner, in History and as a
// desktop notification (received by a notification service on the test's private session bus);
// "Register Again…" opens Register prefilled and checks the URL first; History filters and
// exports CSV; refreshing on an interval is off by default and kept in the settings.
#include "filedialogseam.h"
#include "historydialog.h"
#include "registerdialog.h"
#include "registerflow.h"
#include "seamtestsupport.h"
#include "uitestsupport.h"
#include "watchactions.h"
#include "webhooktablepage.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace UiTest;

// A desktop notification service (org.freedesktop.Notifications) of the test's own, on the private
// session bus of scripts/with-test-keyring: it keeps what it is asked to show.
class NotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        summaries.append(summary);
        bodies.append(body);
        return uint(summaries.size());
    }
};

class TestWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void vanished_bannerHistoryAndNotification();
    void registerAgain_prefilledAndUrlChecked();
    void appeared_bannerWithoutRegisterAgain();
    void history_filtersAndExportsCsv();
    void autoRefresh_offByDefault_intervalKeptAndRefreshes();

private:
    static void openSandbox(MainWindow &window, Fixture &env);
    // Removes the first sample registration in the sandbox, behind the console's back.
    static Webhook removeOneBehindTheBack(Fixture &env);

    NotificationService m_notifications;
    bool m_notificationsOnBus = false;
};

void TestWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (inThrowawayKeyring()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        m_notificationsOnBus = bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                                  &m_notifications, QDBusConnection::ExportAllSlots)
            && bus.registerService(WatchActions::notificationService());
        // On the private bus of scripts/with-test-keyring nobody else owns the name.
        QVERIFY2(m_notificationsOnBus, qPrintable(bus.lastError().message()));
    }
}

void TestWatch::cleanup()
{
    QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

void TestWatch::openSandbox(MainWindow &window, Fixture &env)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartup({}, true);
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
}

Webhook TestWatch::removeOneBehindTheBack(Fixture &env)
{
    SandboxServer *sandbox = env.session()->sandboxServer();
    const QList<Webhook> before = sandbox->registrations(ConsoleSession::sandboxMsn());
    if (before.isEmpty())
        return {};
    sandbox->removeAsUnresponsive(ConsoleSession::sandboxMsn(), before.first().id);
    return before.first();
}

void TestWatch::vanished_bannerHistoryAndNotification()
{
    Fixture env;
    env.session()->setSandboxStateFile({});
    MainWindow window(env.session());
    openSandbox(window, env);
    ChangesBanner *banner = window.watchActions()->banner();
    QVERIFY(!banner->isVisible()); // the first list is only kept

    const Webhook gone = removeOneBehindTheBack(env);
    QVERIFY(!gone.id.isEmpty());
    QSignalSpy notified(window.watchActions(), &WatchActions::notified);
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(refreshed.wait(20000));

    QVERIFY(banner->isVisible());
    QCOMPARE(banner->vanished(), QList<Webhook>{gone});
    QVERIFY2(banner->text().contains(QStringLiteral("removed outside this console")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(gone.url), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("two weeks")), qPrintable(banner->text()));
    QVERIFY(banner->registerAgainButton()->isVisible());
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(0).toString().contains(QStringLiteral("vanished")));
    QVERIFY(notified.first().at(1).toString().contains(gone.url));
    if (m_notificationsOnBus) {
        // Delivered over D-Bus to the desktop's notification service.
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.summaries.size(), 1, 10000);
        QVERIFY(m_notifications.bodies.first().contains(gone.url));
        m_notifications.summaries.clear();
        m_notifications.bodies.clear();
    }

    // History (Ctrl+H) shows it, with the times between which it went.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
    HistoryDialog *history = window.watchActions()->historyDialog();
    QVERIFY(history);
    QVERIFY(history->isVisible());
    QList<HistoryEntry> vanished;
    for (const HistoryEntry &entry : history->model()->entries()) {
        if (entry.action == HistoryEntry::Action::Vanished)
            vanished.append(entry);
    }
    QCOMPARE(vanished.size(), 1);
    QCOMPARE(vanished.first().webhookId, gone.id);
    QVERIFY(vanished.first().lastSeen.isValid());
    QVERIFY(
        HistoryModel::detailsText(vanished.first()).contains(QStringLiteral("Removed outside this console")));

    // Another refresh: nothing new, the banner stays until dismissed, and no second notification.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(banner->vanished().size(), 1);
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestWatch::registerAgain_prefilledAndUrlChecked()
{
    Fixture env;
    env.session()->setSandboxStateFile({});
    MainWindow window(env.session());
    openSandbox(window, env);
    // The sandbox's own way to try it: Webhooks > Simulate Removal by Vipps MobilePay.
    QAction *simulate = window.watchActions()->simulateRemovalAction();
    QVERIFY(simulate->isVisible());
    const Webhook gone = env.session()->sandboxServer()->registrations(ConsoleSession::sandboxMsn()).first();
    window.tablePage()->selectWebhook(gone.id);
    QCOMPARE(window.tablePage()->selectedWebhooks(), QList<Webhook>{gone});
    simulate->trigger();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    env.session()->refresh();
    QVERIFY(refreshed.wait(20000));
    ChangesBanner *banner = window.watchActions()->banner();
    QVERIFY(banner->isVisible());

    QTest::mouseClick(banner->registerAgainButton(), Qt::LeftButton);
    RegisterDialog *dialog = window.registerFlow()->registerDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const RegisterRequest request = dialog->request();
    QCOMPARE(request.url, gone.url);
    QCOMPARE(QSet<QString>(request.events.cbegin(), request.events.cend()),
             QSet<QString>(gone.events.cbegin(), gone.events.cend()));
    // The URL is being checked (or already was) before anything is registered.
    auto *preflight = dialog->findChild<QWidget *>(QStringLiteral("preflightWidget"));
    QVERIFY(preflight);
    QTRY_VERIFY_WITH_TIMEOUT(preflight->isVisible(), 5000);
    dialog->reject();
}

void TestWatch::appeared_bannerWithoutRegisterAgain()
{
    Fixture env;
    env.session()->setSandboxStateFile({});
    MainWindow window(env.session());
    openSandbox(window, env);
    SandboxServer *sandbox = env.session()->sandboxServer();
    const QList<Webhook> before = sandbox->registrations(ConsoleSession::sandboxMsn());
    QVERIFY(!before.isEmpty());
    // One vanishes (seen and dismissed), then registrations come back under new ids, as another
    // tool's registrations would: they appeared from elsewhere.
    sandbox->removeAsUnresponsive(ConsoleSession::sandboxMsn(), before.first().id);
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    env.session()->refresh();
    QVERIFY(refreshed.wait(20000));
    window.watchActions()->banner()->dismiss();
    sandbox->addSampleRegistrations(ConsoleSession::sandboxMsn());
    env.session()->refresh();
    QVERIFY(refreshed.wait(20000));
    ChangesBanner *banner = window.watchActions()->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->appeared().isEmpty());
    QVERIFY(banner->vanished().isEmpty());
    QVERIFY(!banner->registerAgainButton()->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("appeared from elsewhere")), qPrintable(banner->text()));
}

void TestWatch::history_filtersAndExportsCsv()
{
    Fixture env;
    env.session()->setSandboxStateFile({});
    MainWindow window(env.session());
    openSandbox(window, env);
    // A registration and a deletion through the window's session.
    std::optional<QString> id;
    env.session()->registerWebhook(RegisterRequest{QStringLiteral("https://shop.example/history"),
                                                   {QStringLiteral("epayments.payment.captured.v1")}},
                                   this, [&id](const Result<RegisterOutcome> &result) {
                                       id = result ? result.value().webhook.id : QString();
                                   });
    QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), 20000);
    QVERIFY(!id->isEmpty());
    bool deleted = false;
    env.session()->deleteWebhooks(
        {*id}, this, [](const QString &, const Result<DeleteOutcome> &) {}, [&deleted] { deleted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 20000);

    HistoryDialog *history = window.watchActions()->openHistory();
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->filterModel()->rowCount(), 2);
    // Newest first.
    QCOMPARE(history->view()->model()->index(0, HistoryModel::ActionColumn).data().toString(),
             HistoryEntry::actionText(HistoryEntry::Action::Delete));
    QComboBox *action = history->actionBox();
    action->setCurrentIndex(action->findData(HistoryEntry::actionId(HistoryEntry::Action::Register)));
    QCOMPARE(history->filterModel()->rowCount(), 1);
    QCOMPARE(history->filterModel()->visibleEntries().first().webhookId, *id);
    QComboBox *environment = history->environmentBox();
    QVERIFY(environment->findData(QStringLiteral("sandbox")) > 0);
    QCOMPARE(environment->findData(QStringLiteral("production")), -1);
    QComboBox *unit = history->salesUnitBox();
    QVERIFY(unit->findData(ConsoleSession::sandboxMsn()) > 0);
    action->setCurrentIndex(action->findData(HistoryEntry::actionId(HistoryEntry::Action::SecretExported)));
    QCOMPARE(history->filterModel()->rowCount(), 0);
    QVERIFY(!history->exportButton()->isEnabled());
    action->setCurrentIndex(0);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.csv"));
    FileDialogSeam::setNextFileName(file);
    QTest::mouseClick(history->exportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QCOMPARE(text.count('\n'), 3); // the header and two entries
    QVERIFY(text.contains(",register,") && text.contains(",delete,"));
    QVERIFY(text.contains(id->toUtf8()));
    QVERIFY2(history->statusLabel()->text().contains(file), qPrintable(history->statusLabel()->text()));
}

void TestWatch::autoRefresh_offByDefault_intervalKeptAndRefreshes()
{
    Fixture env;
    env.session()->setSandboxStateFile({});
    {
        MainWindow window(env.session());
        openSandbox(window, env);
        WatchActions *watch = window.watchActions();
        QCOMPARE(watch->autoRefreshMinutes(), 0);
        QVERIFY(!watch->autoRefreshTimer()->isActive());
        auto *fifteen = watch->autoRefreshMenu()->findChild<QAction *>(QStringLiteral("autoRefresh15Action"));
        QVERIFY(fifteen);
        fifteen->trigger();
        QVERIFY(fifteen->isChecked());
        QVERIFY(watch->autoRefreshTimer()->isActive());
        QCOMPARE(watch->autoRefreshTimer()->interval(), 15 * 60 * 1000);
        QCOMPARE(env.store()->settings().value(WatchActions::autoRefreshKey()).toInt(), 15);

        // When the interval passes, the list is loaded again.
        QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
        watch->autoRefreshTimer()->start(1);
        QVERIFY(refreshed.wait(20000));
        watch->autoRefreshTimer()->start(15 * 60 * 1000);
    }
    // The next window starts with the choice kept.
    MainWindow again(env.session());
    QCOMPARE(again.watchActions()->autoRefreshMinutes(), 15);
    QVERIFY(again.watchActions()->autoRefreshTimer()->isActive());
    auto *off
        = again.watchActions()->autoRefreshMenu()->findChild<QAction *>(QStringLiteral("autoRefresh0Action"));
    QVERIFY(off);
    off->trigger();
    QVERIFY(!again.watchActions()->autoRefreshTimer()->isActive());
    QCOMPARE(env.store()->settings().value(WatchActions::autoRefreshKey()).toInt(), 0);
}

QTEST_MAIN(TestWatch)
#include "tst_watch.moc"
