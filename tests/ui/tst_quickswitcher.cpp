// Ctrl+K, the quick profile switcher, driven with keys: type to search, each profile with its
// environment and MSN, Up/Down, Enter; a production profile opens only after the one production
// question (the profile selector's, naming it and its MSN) is answered Yes (the message-box seam
// answers it here), and No leaves everything as it was.

#include "messageboxseam.h"
#include "quickswitcherdialog.h"

#include "uitestsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>

using namespace UiTest;

class TestQuickSwitcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        QStandardPaths::setTestModeEnabled(true);
    }

    void ctrlK_typeToSearch_productionAsksFirst()
    {
        Fixture env;
        const Profile test
            = Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("223344"));
        const Profile live = Fixture::profile(QStringLiteral("Shop live"), Environment::Production,
                                              QStringLiteral("654321"));
        QVERIFY(env.saveProfile(test));
        QVERIFY(env.saveProfile(live));
        MainWindow window(env.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openStartup(test.name, false);
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000);
        QApplication::setActiveWindow(&window);

        // Every profile and the sandbox, with the environment and MSN in words and a chip.
        QuickSwitcherDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        QListWidget *list = dialog->profilesListWidget();
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->currentItem()->text(),
                 QStringLiteral("Shop test — Test · MSN 223344")); // the open one
        QVERIFY(!list->currentItem()->icon().isNull());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Shop live — Production · MSN 654321"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("Sandbox — sample registrations"));

        // Typing filters; the environment's word and the MSN match too.
        QTest::keyClicks(dialog->searchLineEdit(), QStringLiteral("654"));
        QCOMPARE(visibleRows(list), 1);
        QCOMPARE(list->currentItem(), list->item(0));
        dialog->searchLineEdit()->clear();
        QTest::keyClicks(dialog->searchLineEdit(), QStringLiteral("production"));
        QCOMPARE(visibleRows(list), 1);

        // Enter on a production profile asks, naming it and its MSN; No keeps the test profile open.
        const int asked = MessageBoxSeam::questionCount();
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Return);
        QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 1);
        QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("Shop live")));
        QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("654321")));
        QCOMPARE(MessageBoxSeam::lastAsked().defaultButton, QMessageBox::No);
        QTRY_VERIFY(!visibleSwitcher(window));
        QCOMPARE(env.session()->profile().name, test.name);
        QVERIFY(!env.session()->isProduction());

        // Asked again and answered Yes: production, on purpose (one question, not two).
        dialog = pressCtrlK(window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->searchLineEdit(), QStringLiteral("live"));
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Enter);
        QTRY_COMPARE(MessageBoxSeam::questionCount(), asked + 2);
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->isProduction(), 20000);
        QCOMPARE(env.session()->profile().name, live.name);

        // Down and Up move through the list while the keys stay in the search field; a test
        // profile opens without a question.
        dialog = pressCtrlK(window);
        QVERIFY(dialog);
        list = dialog->profilesListWidget();
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Down);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Down);
        QCOMPARE(list->currentRow(), 2);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Up);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(dialog->searchLineEdit()->hasFocus());
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasProfile() && env.session()->profile().name == test.name,
                                 20000);
        QCOMPARE(MessageBoxSeam::questionCount(), asked + 2);

        // Esc closes it and changes nothing.
        dialog = pressCtrlK(window);
        QVERIFY(dialog);
        QTest::keyClick(dialog->searchLineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!visibleSwitcher(window));
        QCOMPARE(env.session()->profile().name, test.name);
    }

private:
    static QuickSwitcherDialog *pressCtrlK(MainWindow &window)
    {
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QuickSwitcherDialog *dialog = nullptr;
        const auto shown = [&] {
            for (QuickSwitcherDialog *candidate : window.findChildren<QuickSwitcherDialog *>()) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        };
        if (!QTest::qWaitFor(shown, 5000))
            return nullptr;
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitFor([dialog] { return dialog->searchLineEdit()->hasFocus(); }, 5000))
            return nullptr;
        return dialog;
    }

    static bool visibleSwitcher(MainWindow &window)
    {
        const QList<QuickSwitcherDialog *> all = window.findChildren<QuickSwitcherDialog *>();
        return std::any_of(all.cbegin(), all.cend(), [](QuickSwitcherDialog *d) { return d->isVisible(); });
    }

    static int visibleRows(QListWidget *list)
    {
        int visible = 0;
        for (int row = 0; row < list->count(); ++row)
            visible += list->item(row)->isHidden() ? 0 : 1;
        return visible;
    }
};

QTEST_MAIN(TestQuickSwitcher)
#include "tst_quickswitcher.moc"
