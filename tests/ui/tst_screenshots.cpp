// Screenshots (QWidget::grab) of the main window in test, production and sandbox, of its empty
// and error states, and of each dialog, into <build>/screenshots so that people can look at them
// (WC_TEST_LANGUAGE=nb and the others: into screenshots/<language>). Each picture is also held to
// what people would see wrong in it: a label or button whose text is cut (a word-wrapped label
// too low for its lines included), a window smaller than its content or too narrow for its title,
// a dialog that does not fit a 1366×768 screen, a header pushed into the » menu, a table that
// scrolls sideways or cuts a column title; and each dialog's Tab order, walked with Tab key
// presses, follows its layout.

#include "core/translations.h"
#include "deletedialog.h"
#include "deliveryactions.h"
#include "entersecretdialog.h"
#include "messagebar.h"
#include "orphanedsecretsdialog.h"
#include "preferencesdialog.h"
#include "profilesdialog.h"
#include "quickswitcherdialog.h"
#include "registerdialog.h"
#include "replacedialog.h"
#include "replaceflow.h"
#include "secretdialog.h"
#include "sendtestdialog.h"
#include "simulateeventdialog.h"
#include "vaultactions.h"
#include "verifydeliverydialog.h"
#include "webhookdetailsdialog.h"
#include "webhooktablepage.h"

#include "messageboxseam.h"

#include "tabordertestsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace UiTest;

// A helper's failed check ends the test function there. Without this the function would go on,
// and every QTRY_* after it would give up at once (the test is already resolved) and report a
// second, misleading failure (a signal spy that "saw nothing").
#define CHECKED(call) \
    do { \
        call; \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void sandbox();
    void vault();
    void welcome();
    void test();
    void production();

private:
    void save(QWidget *widget, const QString &name);
    static QStringList clippedTexts(QWidget *root);
    static QStringList mnemonicClashes(QWidget *root);
    static void openAndLoad(MainWindow &window, Fixture &env, const QString &profileName);
    static void selectRows(MainWindow &window, int count);
    static void verifyHeaderFits(MainWindow &window, int width = 1100);
    static void verifyTableFits(MainWindow &window);

    QDir m_dir;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = QDir(QStringLiteral(WC_SCREENSHOT_DIR));
    // WC_TEST_LANGUAGE=nb (da, fi, sv): the same screenshots in that language, in a folder of
    // their own, held to the same rule that no label or button is clipped.
    const QString language = qEnvironmentVariable("WC_TEST_LANGUAGE");
    if (!language.isEmpty()) {
        QCOMPARE(Translations::install(*qApp, language), language);
        m_dir = QDir(m_dir.filePath(language));
    }
    QVERIFY(m_dir.mkpath(QStringLiteral(".")));
}

void TestScreenshots::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

// Labels and buttons whose text does not fit the room they were given: a single-line label
// narrower than its text, a word-wrapped label lower than the height its text needs at its width,
// a button narrower than its text; and a window smaller than its layout needs (content cut), or
// too narrow for its title.
QStringList TestScreenshots::clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto plain = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))); };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            // QLabel::heightForWidth() takes the whole widget's width (margins included).
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 2)
                clipped << QStringLiteral("%1 (wrapped: needs %2 px high, has %3)")
                               .arg(label->text())
                               .arg(needed)
                               .arg(label->height());
            continue;
        }
        if (Qt::mightBeRichText(label->text()) || label->text().contains(QLatin1Char('\n'))) {
            if (label->minimumSizeHint().height() > label->height() + 2)
                clipped << QStringLiteral("%1 (too low)").arg(label->text());
            continue;
        }
        const int needed = label->fontMetrics().horizontalAdvance(plain(label->text()));
        if (needed > label->contentsRect().width() + 2)
            clipped << label->text();
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || qobject_cast<QToolButton *>(button))
            continue;
        if (button->sizeHint().width() > button->width() + 2)
            clipped << button->text();
    }
    if (root->isWindow() && root->layout()) {
        // Smaller than its layout's minimum: something is squeezed or cut. (Wrapped labels are
        // held to their height above; the height a layout would like, totalHeightForWidth(), is
        // not a minimum: a text area below its preferred height still shows all it must.)
        const QSize minimum = root->layout()->totalMinimumSize();
        if (minimum.width() > root->width() + 2 || minimum.height() > root->height() + 2)
            clipped << QStringLiteral("%1 (window %2x%3, its content needs %4x%5)")
                           .arg(root->objectName())
                           .arg(root->width())
                           .arg(root->height())
                           .arg(minimum.width())
                           .arg(minimum.height());
    }
    if (root->isWindow() && !root->windowTitle().isEmpty()) {
        // A title bar shows the title in a bold font beside the window's icon and its minimise,
        // maximise and close buttons: about 140 px of a title bar are not the title's.
        QFont titleFont = root->font();
        titleFont.setBold(true);
        const int needed = QFontMetrics(titleFont).horizontalAdvance(root->windowTitle()) + 140;
        if (needed > root->width())
            clipped << QStringLiteral("%1 (title: needs %2 px, window %3)")
                           .arg(root->windowTitle())
                           .arg(needed)
                           .arg(root->width());
    }
    return clipped;
}

// Alt+letter keys that two visible controls of one window claim: Qt then only moves the focus
// between them and neither acts (buttons, labels with a buddy, group boxes, tabs, the menu bar).
QStringList TestScreenshots::mnemonicClashes(QWidget *root)
{
    QMultiHash<QChar, QString> owners;
    const auto add = [&owners](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        owners.insert(QChar(key[0].key()).toLower(), text);
    };
    // (Dialogs are children of the window too: only this window's own controls count.)
    const auto shown
        = [root](const QWidget *widget) { return widget->window() == root && widget->isVisibleTo(root); };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (shown(button)) // disabled too: it is enabled later, and then both claim the key
            add(button->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy() && shown(label->buddy()))
            add(label->text());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (shown(tabs)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    QStringList clashes;
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            add(menu->text());
            if (!menu->menu())
                continue;
            // Within each menu, too: there a clash only moves between the entries.
            QMultiHash<QChar, QString> entries;
            for (QAction *entry : menu->menu()->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(entry->text());
                if (entry->isVisible() && !entry->isSeparator() && !key.isEmpty())
                    entries.insert(QChar(key[0].key()).toLower(), entry->text());
            }
            const QList<QChar> keys = entries.uniqueKeys();
            for (const QChar key : keys) {
                if (entries.count(key) > 1)
                    clashes << QStringLiteral("%1 menu, %2: %3")
                                   .arg(menu->text(), key, entries.values(key).join(QStringLiteral(", ")));
            }
        }
    }
    const QList<QChar> keys = owners.uniqueKeys();
    for (const QChar key : keys) {
        const QStringList texts = owners.values(key);
        if (texts.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(key, texts.join(QStringLiteral(", ")));
    }
    return clashes;
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QVERIFY(widget);
    // Let every pending layout settle (a status bar re-lays out its items on a posted request).
    // A word-wrapped label that grows asks its layout again, which may ask its parent's: a few
    // rounds under load, so keep going until nothing is pending any more (at most 20 rounds).
    for (int pass = 0; pass < 20; ++pass) {
        if (QLayout *layout = widget->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        if (pass >= 3 && clippedTexts(widget).isEmpty())
            break;
    }
    const QString fileName = m_dir.filePath(name + QStringLiteral(".png"));
    QFile::remove(fileName);
    QVERIFY2(widget->grab().save(fileName), qPrintable(fileName));
    const QStringList clipped = clippedTexts(widget);
    QVERIFY2(clipped.isEmpty(),
             qPrintable(name + QStringLiteral(": clipped: ") + clipped.join(QStringLiteral(" | "))));
    if (qobject_cast<QDialog *>(widget)) {
        // Every dialog fits a 1366×768 screen (less a panel and a title bar), as shown and at its
        // smallest.
        const QSize screen(1366, 768 - 80);
        const QSize smallest = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        QVERIFY2(widget->width() <= screen.width() && widget->height() <= screen.height()
                     && smallest.width() <= screen.width() && smallest.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1: %2x%3 (at least %4x%5) does not fit 1366x768")
                                .arg(name)
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(smallest.width())
                                .arg(smallest.height())));
    }
    const QStringList clashes = mnemonicClashes(widget);
    QVERIFY2(
        clashes.isEmpty(),
        qPrintable(name + QStringLiteral(": one key, two controls: ") + clashes.join(QStringLiteral(" | "))));
    if (qobject_cast<QDialog *>(widget)) {
        const QStringList tabOrder = TabOrderTest::problems(widget);
        QVERIFY2(tabOrder.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + tabOrder.join(QLatin1Char('\n'))));
    }
    const QFileInfo info(fileName);
    QVERIFY2(info.exists() && info.size() > 0, qPrintable(fileName));
    qInfo("screenshot: %s", qPrintable(fileName));
}

void TestScreenshots::openAndLoad(MainWindow &window, Fixture &env, const QString &profileName)
{
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartup(profileName, profileName.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
}

// At the default width the whole header shows: nothing is pushed into the toolbar's » menu.
void TestScreenshots::verifyHeaderFits(MainWindow &window, int width)
{
    QCOMPARE(window.width(), width);
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("headerToolBar"));
    QVERIFY(toolBar);
    QCoreApplication::processEvents();
    for (QAction *action : toolBar->actions()) {
        QWidget *widget = toolBar->widgetForAction(action);
        if (action->isVisible() && widget)
            QVERIFY2(widget->isVisible(), qPrintable(QStringLiteral("not in the header: ") + action->text()));
    }
    QVERIFY(toolBar->widgetForAction(window.profilesAction())->isVisible());
    const auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(!extension || !extension->isVisible());
}

// The table needs no horizontal scroll bar and no column title is cut.
void TestScreenshots::verifyTableFits(MainWindow &window)
{
    QTableView *view = window.tablePage()->tableView();
    QCoreApplication::processEvents();
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("a horizontal scroll bar at %1 px").arg(window.width())));
    QHeaderView *header = view->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        const QString title = view->model()->headerData(section, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSizeHint(section) <= header->sectionSize(section) + 2,
                 qPrintable(QStringLiteral("column title cut: %1 (%2 of %3 px)")
                                .arg(title)
                                .arg(header->sectionSize(section))
                                .arg(header->sectionSizeHint(section))));
    }
}

void TestScreenshots::selectRows(MainWindow &window, int count)
{
    QTableView *view = window.tablePage()->tableView();
    view->clearSelection();
    for (int row = 0; row < count && row < view->model()->rowCount(); ++row)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestScreenshots::sandbox()
{
    Fixture env;
    MainWindow window(env.session());
    CHECKED(openAndLoad(window, env, {}));
    selectRows(window, 1);
    CHECKED(verifyHeaderFits(window));
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("simulateEventActionToolButton"))->isVisible());
    CHECKED(verifyTableFits(window));
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox")));
    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    CHECKED(verifyHeaderFits(window, 1024));
    CHECKED(verifyTableFits(window));
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox-1024x700")));
    window.resize(1100, 640);
    QTRY_COMPARE(window.width(), 1100);

    // Busy: a slow answer; the table stays readable and the indicator runs.
    SandboxServer::Fault slow;
    slow.method = "GET";
    slow.delayMs = 800;
    env.session()->sandboxServer()->injectFault(slow);
    QSignalSpy slowRefresh(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    auto *busy = window.findChild<QProgressBar *>(QStringLiteral("busyProgressBar"));
    QTRY_VERIFY(busy->isVisible());
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox-busy")));
    QTRY_COMPARE_WITH_TIMEOUT(slowRefresh.size(), 1, 20000);
    QTRY_VERIFY(!busy->isVisible());

    // The register dialog with bad input typed, then the secret dialog after a registration.
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))
        ->setText(QStringLiteral("http://localhost:3000/hook"));
    CHECKED(save(dialog, QStringLiteral("dialog-register-badurl")));
    dialog->setRequest(RegisterRequest{
        QStringLiteral("https://hooks.example.com/vipps"),
        {QStringLiteral("epayments.payment.captured.v1"), QStringLiteral("epayments.payment.refunded.v1")}});
    CHECKED(save(dialog, QStringLiteral("dialog-register")));
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    acceptButton(dialog)->click();
    SecretDialog *secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secret = window.findChild<SecretDialog *>()), 20000);
    CHECKED(save(secret, QStringLiteral("dialog-secret-sandbox")));
    secret->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secret->accept();

    // A registration whose answer (and secret) was lost: the offer to delete it and register again.
    SandboxServer::Fault lost;
    lost.method = "POST";
    lost.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    lost.dropAfterCommit = true;
    env.session()->sandboxServer()->injectFault(lost);
    window.registerAction()->trigger();
    QTRY_VERIFY((dialog = window.findChild<RegisterDialog *>()));
    dialog->setRequest(RegisterRequest{QStringLiteral("https://hooks.example.com/vipps/lost"),
                                       {QStringLiteral("epayments.payment.captured.v1")}});
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    acceptButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->unconfirmedWebhookId().isEmpty(), 20000);
    CHECKED(save(dialog, QStringLiteral("dialog-register-secretlost")));
    dialog->findChild<QPushButton *>(QStringLiteral("deleteAndRegisterAgainPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT((secret = window.findChild<SecretDialog *>()), 20000);
    secret->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secret->accept();

    // The details of a webhook.
    const Webhook webhook = env.session()->model()->webhook(0);
    WebhookDetailsDialog details(env.session(), webhook, &window);
    details.show();
    CHECKED(save(&details, QStringLiteral("dialog-details")));

    // The delivery tools: Verify Delivery, Send Test Delivery (not sent: the sample URLs are not
    // ours), Simulate Event; and Ctrl+K, the quick profile switcher.
    VerifyDeliveryDialog *verify = window.deliveryActions()->openVerify(webhook.id);
    QVERIFY(verify);
    CHECKED(save(verify, QStringLiteral("dialog-verify")));
    verify->close();
    SendTestDialog *sendTest = window.deliveryActions()->openSendTest(webhook);
    QVERIFY(sendTest);
    CHECKED(save(sendTest, QStringLiteral("dialog-sendtest")));
    sendTest->close();
    SimulateEventDialog *simulate = window.deliveryActions()->openSimulate();
    QVERIFY(simulate);
    CHECKED(save(simulate, QStringLiteral("dialog-simulate")));
    simulate->close();
    QuickSwitcherDialog *switcher = window.openQuickSwitcher();
    QVERIFY(switcher);
    CHECKED(save(switcher, QStringLiteral("dialog-quickswitcher")));
    switcher->reject();

    // The message bar with a 400 and its field errors.
    SandboxServer::Fault fault;
    fault.method = "GET";
    fault.status = 400;
    fault.body = R"({"title":"Bad Request","status":400,"detail":"One or more validation errors occurred.",
        "traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        "extraDetails":[{"name":"url","reason":"The property is required and cannot be null or empty."}]})";
    env.session()->sandboxServer()->injectFault(fault);
    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox-error")));

    // Empty, then filtered to nothing.
    window.tablePage()->setFilterText(QStringLiteral("nothing-matches-this"));
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox-nomatch")));
    window.tablePage()->setFilterText({});
    env.session()->sandboxServer()->clearRegistrations();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    CHECKED(save(&window, QStringLiteral("mainwindow-sandbox-empty")));
}

void TestScreenshots::vault()
{
    Fixture env;
    MainWindow window(env.session());
    CHECKED(openAndLoad(window, env, {}));
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    dialog->setRequest(RegisterRequest{QStringLiteral("https://hooks.example.com/vipps"),
                                       {QStringLiteral("epayments.payment.captured.v1")}});
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    acceptButton(dialog)->click();
    SecretDialog *secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secret = window.findChild<SecretDialog *>()), 20000);
    const QString newId = secret->webhookId();
    secret->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secret->accept();

    // The details of a webhook without a secret here, and of the new one with its secret revealed.
    const Webhook webhook = env.session()->model()->webhook(0);
    WebhookDetailsDialog details(env.session(), webhook, &window);
    details.show();
    CHECKED(save(&details, QStringLiteral("dialog-details-nosecret")));
    QTRY_VERIFY_WITH_TIMEOUT(env.session()->model()->rowOf(newId) >= 0 && env.session()->hasSecret(newId),
                             20000);
    {
        WebhookDetailsDialog stored(
            env.session(), env.session()->model()->webhook(env.session()->model()->rowOf(newId)), &window);
        stored.show();
        stored.findChild<QPushButton *>(QStringLiteral("revealPushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(stored.isSecretRevealed(), 20000);
        CHECKED(save(&stored, QStringLiteral("dialog-details-secret")));
    }

    // "Enter secret" with bad input.
    details.findChild<QPushButton *>(QStringLiteral("enterSecretPushButton"))->click();
    EnterSecretDialog *entry = nullptr;
    QTRY_VERIFY((entry = details.findChild<EnterSecretDialog *>()));
    entry->findChild<QCheckBox *>(QStringLiteral("showSecretCheckBox"))->setChecked(true);
    entry->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->setText(QStringLiteral("two words"));
    CHECKED(save(entry, QStringLiteral("dialog-entersecret-bad")));
    entry->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))
        ->setText(QStringLiteral(
            "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A=="));
    CHECKED(save(entry, QStringLiteral("dialog-entersecret")));
    entry->reject();
    details.close();

    // Replace: a bad URL, the new one, the next steps, and the delete confirmation's reminder.
    QVERIFY(window.tablePage()->selectWebhook(webhook.id));
    std::unique_ptr<QMenu> menu(window.tablePage()->createContextMenu());
    menu->findChild<QAction *>(QStringLiteral("replaceAction"))->trigger();
    ReplaceDialog *replace = window.vaultActions()->replaceFlow()->dialog();
    QVERIFY(replace);
    replace->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))
        ->setText(QStringLiteral("https://10.0.0.5/hooks"));
    CHECKED(save(replace, QStringLiteral("dialog-replace-badurl")));
    replace->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))
        ->setText(QStringLiteral("https://hooks.example.com/vipps/v2"));
    CHECKED(save(replace, QStringLiteral("dialog-replace")));
    acceptButton(replace)->click();
    SecretDialog *replaceSecret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((replaceSecret = window.vaultActions()->replaceFlow()->secretDialog()), 20000);
    replaceSecret->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    replaceSecret->accept();
    CHECKED(save(replace, QStringLiteral("dialog-replace-next")));
    replace->findChild<QPushButton *>(QStringLiteral("deleteOldPushButton"))->click();
    DeleteDialog *confirm = window.vaultActions()->replaceFlow()->deleteDialog();
    QVERIFY(confirm);
    CHECKED(save(confirm, QStringLiteral("dialog-delete-replace")));
    confirm->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(replace->stage(), ReplaceDialog::Stage::Done, 20000);
    CHECKED(save(replace, QStringLiteral("dialog-replace-done")));
    replace->reject();
}

void TestScreenshots::welcome()
{
    Fixture env;
    MainWindow window(env.session());
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartup({}, false);
    CHECKED(save(&window, QStringLiteral("mainwindow-welcome")));

    // Preferences, then with another language chosen: the note about the restart appears.
    auto *preferences = new PreferencesDialog(&window);
    preferences->show();
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    CHECKED(save(preferences, QStringLiteral("dialog-preferences")));
    auto *language = preferences->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(language && language->count() > 2);
    language->setCurrentIndex(language->currentIndex() == 1 ? 2 : 1);
    QTRY_VERIFY(preferences->findChild<QLabel *>(QStringLiteral("restartNoteLabel"))->isVisible());
    CHECKED(save(preferences, QStringLiteral("dialog-preferences-restart")));
    delete preferences;

    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    window.openProfilesDialog(true);
    auto *profiles = window.findChild<ProfilesDialog *>();
    QVERIFY(profiles);
    CHECKED(save(profiles, QStringLiteral("dialog-profiles-new")));
}

void TestScreenshots::test()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Coffee shop (test)"), Environment::Test, QStringLiteral("223344"));
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(profile.bucket());
    // One secret whose webhook is gone (an orphan), and one webhook whose secret is here.
    QVERIFY(storeSecret(env.manager(), profile, QStringLiteral("5f1c3a1e-7d2b-4c9a-8e61-0d3b2a9c4f10"),
                        QStringLiteral("gone")));
    const Webhook first = env.sandbox()->registrations(profile.bucket()).first();
    QVERIFY(storeSecret(env.manager(), profile, first.id, env.sandbox()->secretOf(first.id)));
    MainWindow window(env.session());
    CHECKED(openAndLoad(window, env, profile.name));
    selectRows(window, 2);
    QTRY_VERIFY(window.tablePage()->orphanBar()->isVisible());
    CHECKED(verifyHeaderFits(window));
    CHECKED(verifyTableFits(window));
    QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("simulateEventActionToolButton"))->isVisible());
    CHECKED(save(&window, QStringLiteral("mainwindow-test")));
    // The profile selector's open list: each profile with its environment and MSN.
    auto *profileCombo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    profileCombo->showPopup();
    QTRY_VERIFY(profileCombo->view()->isVisible());
    CHECKED(save(profileCombo->view()->window(), QStringLiteral("mainwindow-test-profilelist")));
    profileCombo->hidePopup();
    // A small screen: 1024×700, the whole header and every column title still shown.
    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    CHECKED(verifyHeaderFits(window, 1024));
    CHECKED(verifyTableFits(window));
    CHECKED(save(&window, QStringLiteral("mainwindow-test-1024x700")));
    window.resize(1100, 640);
    CHECKED(save(window.vaultActions()->openOrphans(), QStringLiteral("dialog-orphans")));
    window.vaultActions()->orphansDialog()->close();

    window.deleteAction()->trigger();
    auto *dialog = window.findChild<DeleteDialog *>();
    QVERIFY(dialog);
    CHECKED(save(dialog, QStringLiteral("dialog-delete-test")));

    // One of the two is refused: the dialog shows each result.
    SandboxServer::Fault refused;
    refused.method = "DELETE";
    refused.pathPrefix = QStringLiteral("/webhooks/v1/webhooks/") + dialog->ids().constLast();
    refused.status = 403;
    refused.body
        = R"({"title":"Forbidden","status":403,"detail":"Not allowed for this sales unit.","traceId":"00-ab-cd-00"})";
    env.sandbox()->injectFault(refused);
    dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->failedCount(), 1, 20000);
    QTRY_VERIFY(window.messageBar()->isVisible());
    CHECKED(save(dialog, QStringLiteral("dialog-delete-results")));
    CHECKED(save(&window, QStringLiteral("mainwindow-test-deletefailed")));

    window.openProfilesDialog();
    auto *profiles = window.findChild<ProfilesDialog *>();
    QVERIFY(profiles);
    CHECKED(save(profiles, QStringLiteral("dialog-profiles")));
}

void TestScreenshots::production()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    Fixture env;
    const Profile profile
        = Fixture::profile(QStringLiteral("Coffee shop"), Environment::Production, QStringLiteral("654321"));
    QVERIFY(env.saveProfile(profile));
    env.sandbox()->addSampleRegistrations(profile.bucket());
    MainWindow window(env.session());
    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // "Open the production profile …?"
    CHECKED(openAndLoad(window, env, profile.name));
    selectRows(window, 1);
    CHECKED(verifyHeaderFits(window));
    CHECKED(save(&window, QStringLiteral("mainwindow-production")));

    window.deleteAction()->trigger();
    auto *dialog = window.findChild<DeleteDialog *>();
    QVERIFY(dialog);
    CHECKED(save(dialog, QStringLiteral("dialog-delete-production")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit")),
                     QStringLiteral("6543"));
    CHECKED(save(dialog, QStringLiteral("dialog-delete-production-typing")));
    dialog->reject();

    // The Profiles dialog on the production profile, after Save: the warning is whole.
    window.openProfilesDialog();
    auto *profiles = window.findChild<ProfilesDialog *>();
    QVERIFY(profiles);
    QTRY_VERIFY(profiles->isVisible());
    CHECKED(save(profiles, QStringLiteral("dialog-profiles-production")));
    auto *saveButton = profiles->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                           ->button(QDialogButtonBox::Save);
    QTRY_VERIFY(saveButton->isEnabled());
    QSignalSpy saved(profiles, &ProfilesDialog::profileSaved);
    saveButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
    QVERIFY(profiles->findChild<QLabel *>(QStringLiteral("saveStatusLabel"))->isVisible());
    CHECKED(save(profiles, QStringLiteral("dialog-profiles-production-saved")));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
