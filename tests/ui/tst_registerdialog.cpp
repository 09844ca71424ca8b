#include "eventpicker.h"
#include "registerdialog.h"
#include "requirechild.h"
#include "screenshottestsupport.h"

#include "core/apierror.h"
#include "core/eventcatalog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace {

const QString created = QStringLiteral("epayments.payment.created.v1");
const QString captured = QStringLiteral("epayments.payment.captured.v1");
const QString refunded = QStringLiteral("epayments.payment.refunded.v1");
const QString checkedIn = QStringLiteral("user.checked-in.v1");
const QString agreementStopped = QStringLiteral("recurring.agreement-stopped.v1");

Webhook webhook(int n, const QString &url, const QStringList &events)
{
    return Webhook{QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')), url,
                   events};
}

// The sales unit's registrations: "captured" is at its limit of 25, "checked-in" at its limit
// of 1, "created" is used 3 times, once by https://example.com/x.
QList<Webhook> existingRegistrations()
{
    QList<Webhook> existing;
    for (int i = 0; i < 25; ++i)
        existing << webhook(i, QStringLiteral("https://hooks%1.example.org/vipps").arg(i), {captured});
    existing << webhook(100, QStringLiteral("https://example.com/x"), {created, refunded});
    existing << webhook(101, QStringLiteral("https://other.example.com/a"), {created});
    existing << webhook(102, QStringLiteral("https://other.example.com/b"), {created, checkedIn});
    return existing;
}

Profile testProfile()
{
    Profile profile;
    profile.name = QStringLiteral("Shop test");
    profile.environment = Environment::Test;
    profile.msn = QStringLiteral("123456");
    return profile;
}

} // namespace

class TestRegisterDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RegisterDialog> m_dialog;

    template<typename T> T *child(const char *name) const
    {
        return TestSupport::requireChild<T>(m_dialog.get(), name);
    }
    QTreeWidget *tree() const { return child<QTreeWidget>("eventsTreeWidget"); }
    QLineEdit *urlEdit() const { return child<QLineEdit>("urlLineEdit"); }
    QPushButton *registerButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    QString urlStatus() const { return child<QLabel>("urlStatusLabel")->text(); }
    QString eventsStatus() const { return child<QLabel>("eventsStatusLabel")->text(); }

    QTreeWidgetItem *eventItem(const QString &type) const
    {
        for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
            if ((*it)->parent() && (*it)->data(EventPicker::NameColumn, Qt::UserRole).toString() == type)
                return *it;
        }
        return nullptr;
    }
    QTreeWidgetItem *productItem(const QString &name) const
    {
        for (int i = 0; i < tree()->topLevelItemCount(); ++i) {
            if (tree()->topLevelItem(i)->text(EventPicker::NameColumn) == name)
                return tree()->topLevelItem(i);
        }
        return nullptr;
    }
    void check(const QString &type, bool on = true) const
    {
        QTreeWidgetItem *item = eventItem(type);
        QVERIFY(item);
        item->setCheckState(EventPicker::NameColumn, on ? Qt::Checked : Qt::Unchecked);
    }
    QStringList selected() const { return m_dialog->request().events; }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dialog = std::make_unique<RegisterDialog>(testProfile(), existingRegistrations());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void register_startsEmptyAndDisabled()
    {
        QVERIFY(urlEdit()->text().isEmpty());
        QVERIFY(selected().isEmpty());
        QCOMPARE(registerButton()->text(), QStringLiteral("Register"));
        QVERIFY(!registerButton()->isEnabled());
        QVERIFY(urlStatus().contains(QLatin1String("https://")));
        QVERIFY(eventsStatus().contains(QLatin1String("at least one event")));
        QCOMPARE(QApplication::focusWidget(), urlEdit());
    }

    void register_tabOrderAndEnter()
    {
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        urlEdit()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("searchLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tree());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget()
                     && QApplication::focusWidget()->parentWidget() == child<QDialogButtonBox>("buttonBox"),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                             : "none");

        // Down from the search box goes to the first event; Space picks it.
        child<QLineEdit>("searchLineEdit")->setFocus();
        QTest::keyClicks(child<QLineEdit>("searchLineEdit"), QStringLiteral("stopped"));
        QTest::keyClick(child<QLineEdit>("searchLineEdit"), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), tree());
        QTest::keyClick(tree(), Qt::Key_Space);
        QCOMPARE(selected(), QStringList{agreementStopped});

        // Enter in the URL field registers when the input is valid.
        QSignalSpy spy(m_dialog.get(), &RegisterDialog::submitted);
        urlEdit()->setFocus();
        QTest::keyClicks(urlEdit(), QStringLiteral("https://example.com/enter"));
        QTest::keyClick(urlEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
    }

    void register_validatesUrlLive_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("enabled");
        const int error = int(RegisterDialog::Severity::Error);
        QTest::newRow("http refused")
            << QStringLiteral("http://example.com/x") << error << QStringLiteral("Use https://") << false;
        QTest::newRow("localhost refused")
            << QStringLiteral("https://localhost/hook") << error << QStringLiteral("this computer") << false;
        QTest::newRow("loopback refused") << QStringLiteral("https://127.0.0.1:8080/hook") << error
                                          << QStringLiteral("this computer") << false;
        QTest::newRow("10.0.0.1 refused") << QStringLiteral("https://10.0.0.1/hook") << error
                                          << QStringLiteral("private or local address") << false;
        QTest::newRow("192.168 refused") << QStringLiteral("https://192.168.1.20/hook") << error
                                         << QStringLiteral("private or local address") << false;
        QTest::newRow("relative refused")
            << QStringLiteral("example.com/x") << error << QStringLiteral("absolute address") << false;
        QTest::newRow("user info refused") << QStringLiteral("https://user:pw@example.com/x") << error
                                           << QStringLiteral("user name or password") << false;
        QTest::newRow("port 8443 warned")
            << QStringLiteral("https://example.com:8443/x") << int(RegisterDialog::Severity::Warning)
            << QStringLiteral("Port 8443 is unusual") << true;
        QTest::newRow("port 8080 fine")
            << QStringLiteral("https://example.com:8080/x") << int(RegisterDialog::Severity::Ok)
            << QStringLiteral("A public HTTPS address") << true;
        QTest::newRow("example.com ok")
            << QStringLiteral("https://example.com/x") << int(RegisterDialog::Severity::Ok)
            << QStringLiteral("A public HTTPS address") << true;
        QTest::newRow("query allowed")
            << QStringLiteral("https://example.com/x?shop=1") << int(RegisterDialog::Severity::Ok)
            << QStringLiteral("A public HTTPS address") << true;
    }

    void register_validatesUrlLive()
    {
        QFETCH(QString, url);
        QFETCH(int, severity);
        QFETCH(QString, message);
        QFETCH(bool, enabled);

        check(agreementStopped);
        urlEdit()->setFocus();
        QTest::keyClicks(urlEdit(), url); // typed, character by character
        QCOMPARE(int(RegisterDialog::checkUrl(url).first), severity);
        QVERIFY2(urlStatus().contains(message), qPrintable(urlStatus()));
        QCOMPARE(registerButton()->isEnabled(), enabled);
    }

    void register_selectAllPerGroup()
    {
        QTreeWidgetItem *epayment = productItem(QStringLiteral("ePayment"));
        QVERIFY(epayment);
        epayment->setCheckState(EventPicker::NameColumn, Qt::Checked);

        // Every ePayment event but "captured", which is at its limit.
        QStringList expected;
        for (const EventType &event : EventCatalog::instance().eventsOf(QStringLiteral("epayment"))) {
            if (event.type != captured)
                expected << event.type;
        }
        QCOMPARE(selected(), expected);
        QCOMPARE(epayment->checkState(EventPicker::NameColumn), Qt::Checked);
        QVERIFY2(eventsStatus().contains(QLatin1String("Events selected: 7.")), qPrintable(eventsStatus()));

        // One off: the group shows partly checked; the next click selects all again.
        check(refunded, false);
        QCOMPARE(epayment->checkState(EventPicker::NameColumn), Qt::PartiallyChecked);
        epayment->setCheckState(EventPicker::NameColumn, Qt::Checked);
        QCOMPARE(selected(), expected);

        // Clearing the group clears it; other groups are untouched.
        check(agreementStopped);
        epayment->setCheckState(EventPicker::NameColumn, Qt::Unchecked);
        QCOMPARE(selected(), QStringList{agreementStopped});
        QCOMPARE(productItem(QStringLiteral("Recurring"))->checkState(EventPicker::NameColumn),
                 Qt::PartiallyChecked);
    }

    void register_selectAllWithKeyboard()
    {
        QTreeWidgetItem *donations = productItem(QStringLiteral("Donations"));
        QVERIFY(donations);
        tree()->setFocus();
        tree()->setCurrentItem(donations);
        QTest::keyClick(tree(), Qt::Key_Space);
        QCOMPARE(selected().size(), 4);
        QTest::keyClick(tree(), Qt::Key_Space);
        QVERIFY(selected().isEmpty());
    }

    void register_searchFiltersTheTree()
    {
        auto *search = child<QLineEdit>("searchLineEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("captured"));
        QVERIFY(!eventItem(captured)->isHidden());
        QVERIFY(!eventItem(QStringLiteral("recurring.charge-captured.v1"))->isHidden());
        QVERIFY(eventItem(created)->isHidden());
        QVERIFY(productItem(QStringLiteral("Donations"))->isHidden());
        QVERIFY(productItem(QStringLiteral("QR"))->isHidden());

        // Raw types match too, and a product name shows its whole group.
        search->setText(QStringLiteral("user.checked"));
        QVERIFY(!productItem(QStringLiteral("QR"))->isHidden());
        QVERIFY(productItem(QStringLiteral("ePayment"))->isHidden());
        search->setText(QStringLiteral("donations"));
        QVERIFY(!eventItem(QStringLiteral("donations.agreement.amount-changed.v1"))->isHidden());

        // Select-all applies to what is shown.
        search->setText(QStringLiteral("agreement"));
        productItem(QStringLiteral("Recurring"))->setCheckState(EventPicker::NameColumn, Qt::Checked);
        QCOMPARE(selected().size(), 4); // the four "Agreement ..." events of Recurring

        search->clear();
        for (QTreeWidgetItemIterator it(tree()); *it; ++it)
            QVERIFY(!(*it)->isHidden());
        QCOMPARE(selected().size(), 4); // hidden selections stay selected
    }

    void register_countsUsageAndDisablesFullEvents()
    {
        QCOMPARE(eventItem(created)->text(EventPicker::UsageColumn), QStringLiteral("3 of 25 used"));
        QCOMPARE(eventItem(refunded)->text(EventPicker::UsageColumn), QStringLiteral("1 of 25 used"));
        QCOMPARE(eventItem(agreementStopped)->text(EventPicker::UsageColumn), QStringLiteral("0 of 25 used"));
        QCOMPARE(eventItem(captured)->text(EventPicker::UsageColumn), QStringLiteral("25 of 25 used, full"));
        QCOMPARE(eventItem(checkedIn)->text(EventPicker::UsageColumn), QStringLiteral("1 of 1 used, full"));
        QVERIFY(!(eventItem(captured)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(eventItem(checkedIn)->flags() & Qt::ItemIsEnabled));
        QVERIFY(eventItem(created)->flags() & Qt::ItemIsEnabled);
        // The QR group has only the full event: nothing to select there.
        QVERIFY(!(productItem(QStringLiteral("QR"))->flags() & Qt::ItemIsEnabled));
        QVERIFY(eventItem(captured)->toolTip(EventPicker::NameColumn).contains(QLatin1String("limit")));

        // A full event cannot be checked, even from code.
        check(captured);
        QVERIFY(selected().isEmpty());

        // A refresh frees a place: the event can be chosen again.
        QList<Webhook> fewer = existingRegistrations();
        fewer.removeFirst();
        m_dialog->setExisting(fewer);
        QCOMPARE(eventItem(captured)->text(EventPicker::UsageColumn), QStringLiteral("24 of 25 used"));
        check(captured);
        QCOMPARE(selected(), QStringList{captured});
        m_dialog->setExisting(existingRegistrations()); // full again: unchecked
        QVERIFY(selected().isEmpty());

        // A prefilled full event is left out, and the dialog says so.
        m_dialog->setRequest(RegisterRequest{QStringLiteral("https://example.net/h"), {captured, created}});
        QCOMPARE(selected(), QStringList{created});
        QVERIFY2(eventsStatus().contains(QLatin1String("limit is reached: ePayment: Captured")),
                 qPrintable(eventsStatus()));
    }

    void register_unknownCounts_shownAsUnknownNotZero()
    {
        // The list could not be loaded: no count is shown as 0, nothing is full, and the dialog
        // says the limits and duplicates were not checked.
        m_dialog->setExistingUnknown();
        for (const QString &type : {created, captured, agreementStopped}) {
            const QString usage = eventItem(type)->text(EventPicker::UsageColumn);
            QVERIFY2(usage.contains(QLatin1String("not known")), qPrintable(usage));
            QVERIFY2(!usage.contains(QLatin1String(" used")), qPrintable(usage));
            QVERIFY(eventItem(type)->toolTip(EventPicker::UsageColumn).contains(QLatin1String("not known")));
        }
        QVERIFY(eventItem(captured)->flags() & Qt::ItemIsEnabled);
        QTest::keyClicks(urlEdit(), QStringLiteral("https://example.com/x"));
        check(created);
        QVERIFY2(eventsStatus().contains(QLatin1String("could not be loaded")), qPrintable(eventsStatus()));
        QVERIFY(!eventsStatus().contains(QLatin1String("already registered")));
        QVERIFY(registerButton()->isEnabled()); // the API still decides

        // Once a list arrives, the counts and warnings are back.
        m_dialog->setExisting(existingRegistrations());
        QCOMPARE(eventItem(created)->text(EventPicker::UsageColumn), QStringLiteral("3 of 25 used"));
        QVERIFY(!eventsStatus().contains(QLatin1String("could not be loaded")));
        QVERIFY(eventsStatus().contains(QLatin1String("already registered")));
    }

    void register_warnsWhenUrlAlreadyRegistered()
    {
        QTest::keyClicks(urlEdit(), QStringLiteral("https://example.com/x"));
        check(created);
        check(agreementStopped);
        QVERIFY2(eventsStatus().contains(QLatin1String("already registered for ePayment: Created")),
                 qPrintable(eventsStatus()));
        QVERIFY(!eventItem(created)->icon(EventPicker::NameColumn).isNull());
        QVERIFY(eventItem(agreementStopped)->icon(EventPicker::NameColumn).isNull());
        QVERIFY(registerButton()->isEnabled()); // a warning, not a refusal

        // The same endpoint written with the default port counts too; another URL does not.
        urlEdit()->setText(QStringLiteral("https://EXAMPLE.com:443/x"));
        QVERIFY(eventsStatus().contains(QLatin1String("already registered")));
        urlEdit()->setText(QStringLiteral("https://example.com/y"));
        QVERIFY(!eventsStatus().contains(QLatin1String("already registered")));
        QVERIFY(eventItem(created)->icon(EventPicker::NameColumn).isNull());
    }

    void register_submitsExactlyTheChosenRequest()
    {
        QSignalSpy spy(m_dialog.get(), &RegisterDialog::submitted);
        QTest::keyClicks(urlEdit(), QStringLiteral("  https://example.com/webhooks/vipps?shop=1 "));
        check(refunded);
        check(created);
        check(QStringLiteral("donations.agreement.started.v1"));
        QVERIFY(registerButton()->isEnabled());
        QTest::mouseClick(registerButton(), Qt::LeftButton);

        QCOMPARE(spy.count(), 1);
        const auto request = spy.at(0).at(0).value<RegisterRequest>();
        QCOMPARE(request.url, QStringLiteral("https://example.com/webhooks/vipps?shop=1"));
        QCOMPARE(request.events,
                 (QStringList{created, refunded, QStringLiteral("donations.agreement.started.v1")}));
        QVERIFY(m_dialog->isVisible()); // stays open: the caller closes it on success
        QCOMPARE(m_dialog->result(), 0);
    }

    void register_keepsUnknownEventsOfAPrefill()
    {
        const QString future = QStringLiteral("epayments.payment.teleported.v2");
        m_dialog->setRequest(RegisterRequest{QStringLiteral("https://example.org/h"), {future, created}});
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://example.org/h"));
        QCOMPARE(selected(), (QStringList{created, future}));
        QTreeWidgetItem *item = eventItem(future);
        QVERIFY(item);
        QCOMPARE(item->text(EventPicker::NameColumn), future);
        QCOMPARE(item->parent()->text(EventPicker::NameColumn), QStringLiteral("Other"));
        QVERIFY(registerButton()->isEnabled());
    }

    void register_showApiErrorPlacesFieldErrors()
    {
        QTest::keyClicks(urlEdit(), QStringLiteral("https://example.com/receiver"));
        check(created);
        m_dialog->setBusy(true);

        ApiError error(ApiError::Kind::Http, QStringLiteral("One or more validation errors occurred."));
        error.httpStatus = 400;
        error.title = QStringLiteral("Bad Request");
        error.traceId = QStringLiteral("00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00");
        error.fieldErrors = {{QStringLiteral("url"), QStringLiteral("The endpoint did not answer 2xx.")},
                             {QStringLiteral("Events"), QStringLiteral("Unsupported values: epayment.x.v1")},
                             {QStringLiteral("body"), QStringLiteral("Too large.")}};
        m_dialog->showApiError(error);

        QVERIFY(!m_dialog->isBusy());
        auto *top = child<QLabel>("apiErrorLabel");
        QVERIFY(top->isVisible());
        QVERIFY(top->text().contains(QLatin1String("Bad Request")));
        QVERIFY(top->text().contains(QLatin1String("One or more validation errors occurred.")));
        QVERIFY(top->text().contains(error.traceId));
        QVERIFY(top->text().contains(QLatin1String("body: Too large.")));
        QVERIFY(!top->text().contains(QLatin1String("did not answer")));
        QVERIFY2(urlStatus().contains(QLatin1String("The endpoint did not answer 2xx.")),
                 qPrintable(urlStatus()));
        QVERIFY(eventsStatus().contains(QLatin1String("Unsupported values: epayment.x.v1")));

        // Nothing typed is lost, and the user can try again at once.
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://example.com/receiver"));
        QCOMPARE(selected(), QStringList{created});
        QVERIFY(urlEdit()->isEnabled());
        QVERIFY(registerButton()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), urlEdit());
        QTest::qWait(0);
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("register-dialog-api-error.png"));

        // Editing a field retires the API's word on it.
        QTest::keyClick(urlEdit(), Qt::Key_Backspace);
        QVERIFY(!urlStatus().contains(QLatin1String("did not answer")));
        QVERIFY(eventsStatus().contains(QLatin1String("Unsupported values")));
        check(refunded);
        QVERIFY(!eventsStatus().contains(QLatin1String("Unsupported values")));

        // Clicking Register again clears the old error at the top.
        QSignalSpy spy(m_dialog.get(), &RegisterDialog::submitted);
        QTest::mouseClick(registerButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!top->isVisible());
    }

    void register_busyDisablesInputs()
    {
        QTest::keyClicks(urlEdit(), QStringLiteral("https://example.com/x2"));
        check(created);
        m_dialog->setBusy(true);
        QVERIFY(!urlEdit()->isEnabled());
        QVERIFY(!tree()->isEnabled());
        QVERIFY(!child<QLineEdit>("searchLineEdit")->isEnabled());
        QVERIFY(!registerButton()->isEnabled());
        QVERIFY(child<QLabel>("busyLabel")->isVisible());
        QVERIFY(!child<QLabel>("busyLabel")->text().isEmpty());

        // The answer carries the secret: Escape must not close the dialog meanwhile.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());

        m_dialog->setBusy(false);
        QVERIFY(urlEdit()->isEnabled());
        QVERIFY(registerButton()->isEnabled());
        QVERIFY(!child<QLabel>("busyLabel")->isVisible());
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://example.com/x2"));
    }

    void register_partnerAndProductionContext()
    {
        Profile partner = testProfile();
        partner.msn.clear();
        partner.environment = Environment::Production;
        RegisterDialog dialog(partner, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("contextLabel"))->text();
        QVERIFY2(text.contains(QLatin1String("partner keys")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Production")));
        QTest::qWait(0);
        WC_SAVE_SCREENSHOT(&dialog, QStringLiteral("register-dialog-production-partner.png"));
    }

    void register_screenshots()
    {
        // Each picture shows what its name says, and differs from the one before it.
        QVERIFY(urlEdit()->text().isEmpty());
        QVERIFY(selected().isEmpty());
        QVERIFY(!registerButton()->isEnabled());
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("register-dialog-empty.png"));
        const QImage empty = m_dialog->grab().toImage();

        m_dialog->setRequest(
            RegisterRequest{QStringLiteral("https://example.com/x"), {created, captured, agreementStopped}});
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://example.com/x"));
        QVERIFY2(selected().contains(created) && selected().contains(agreementStopped),
                 qPrintable(selected().join(u',')));
        QVERIFY(registerButton()->isEnabled());
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("register-dialog-prefilled.png"));
        const QImage prefilled = m_dialog->grab().toImage();
        QVERIFY(prefilled != empty);

        urlEdit()->setText(QStringLiteral("http://10.0.0.1:8443/hook"));
        QVERIFY2(urlStatus().contains(QLatin1String("https://")), qPrintable(urlStatus()));
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("register-dialog-bad-url.png"));
        QVERIFY(m_dialog->grab().toImage() != prefilled);

        child<QLineEdit>("searchLineEdit")->setText(QStringLiteral("agreement"));
        urlEdit()->setText(QStringLiteral("https://example.com:8443/hook"));
        m_dialog->setBusy(true);
        QVERIFY(!urlEdit()->isEnabled());
        QVERIFY(child<QLabel>("busyLabel")->isVisible());
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("register-dialog-busy-filtered.png"));
        m_dialog->setBusy(false);
    }
};

QTEST_MAIN(TestRegisterDialog)
#include "tst_registerdialog.moc"
