// The register dialog's "Check URL": the PreflightWidget shows each check of UrlPreflight with
// its outcome and reason, against local servers over real sockets (a good HTTPS receiver, one
// that redirects, one with an untrusted certificate, one answering 500), loopback allowed for
// testing. A check never blocks the dialog and stops when the URL changes or the dialog closes.

#include "delivery/urlpreflight.h"
#include "deliveryactions.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "preflightwidget.h"
#include "registerdialog.h"
#include "registerflow.h"

#include "deliverytestsupport.h"
#include "testreceiver.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace UiTest;
using Kind = PreflightCheck::Kind;
using Outcome = PreflightCheck::Outcome;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(WC_SCREENSHOT_DIR));
    QCoreApplication::processEvents(); // pending layout requests first
    widget->grab().save(QStringLiteral(WC_SCREENSHOT_DIR "/") + name);
}

Profile testProfile()
{
    return Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("123456"));
}

} // namespace

class TestPreflightWidget final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UrlPreflight> m_preflight;
    std::unique_ptr<RegisterDialog> m_dialog;
    std::unique_ptr<TestReceiver> m_receiver;

    PreflightWidget *widget() const
    {
        return m_dialog->findChild<PreflightWidget *>(QStringLiteral("preflightWidget"));
    }
    QPushButton *checkButton() const
    {
        return m_dialog->findChild<QPushButton *>(QStringLiteral("checkUrlPushButton"));
    }
    QLineEdit *urlEdit() const { return m_dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit")); }

    void startReceiver()
    {
        m_receiver = std::make_unique<TestReceiver>();
        QVERIFY(m_receiver->start(DeliveryTest::serverCertificate(), DeliveryTest::serverKey()));
    }
    void openDialog()
    {
        m_dialog = std::make_unique<RegisterDialog>(testProfile(), QList<Webhook>{});
        m_dialog->setUrlPreflight(m_preflight.get());
        m_dialog->show();
    }
    // Types the URL and clicks Check URL; waits for the report.
    PreflightReport check(const QUrl &url)
    {
        urlEdit()->setText(url.toString());
        QSignalSpy finished(widget(), &PreflightWidget::finished);
        [&] { QVERIFY(checkButton()->isVisible() && checkButton()->isEnabled()); }();
        QTest::mouseClick(checkButton(), Qt::LeftButton);
        [&] { QVERIFY(widget()->isVisible()); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        return widget()->report().value_or(PreflightReport{});
    }
    QString reasonShown(Kind kind) const
    {
        auto *label
            = widget()->findChild<QLabel *>(QStringLiteral("preflightReason_") + PreflightCheck::idOf(kind));
        return label ? label->text() : QString();
    }
    QString outcomeShown(Kind kind) const
    {
        auto *label
            = widget()->findChild<QLabel *>(QStringLiteral("preflightOutcome_") + PreflightCheck::idOf(kind));
        return label ? label->text() : QString();
    }
    static Outcome outcomeOf(const PreflightReport &report, Kind kind)
    {
        return report.check(kind).value_or(PreflightCheck{}).outcome;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_preflight = std::make_unique<UrlPreflight>();
        DeliveryTest::trustTestCa(true);
        m_preflight->setAllowLoopbackForTesting(true);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_preflight.reset();
        m_receiver.reset();
    }

    void preflight_goodReceiver_showsEveryCheck()
    {
        startReceiver();
        openDialog();
        // Hidden until asked; the live validation still calls 127.0.0.1 unreachable.
        QVERIFY(!widget()->isVisible());
        const PreflightReport report = check(m_receiver->url());
        QCOMPARE(report.checks.size(), 6);
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome::Pass);
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome::Pass);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome::Pass);
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome::Warn); // loopback, allowed for testing
        // Each row shows the outcome in words and the core's reason.
        for (const PreflightCheck &item : report.checks) {
            QCOMPARE(outcomeShown(item.kind), PreflightCheck::outcomeName(item.outcome));
            QCOMPARE(reasonShown(item.kind), item.reason);
        }
        QVERIFY(reasonShown(Kind::Delivery).contains(QLatin1String("200")));
        const QString summary
            = widget()->findChild<QLabel *>(QStringLiteral("preflightSummaryLabel"))->text();
        QVERIFY2(summary.contains(QLatin1String("warnings")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("made-up secret"))); // no secret before registration
        QCOMPARE(m_receiver->received().size(), 1);
        saveScreenshot(m_dialog.get(), QStringLiteral("register-preflight-good.png"));
    }

    void preflight_redirect_fails()
    {
        startReceiver();
        m_receiver->redirectTo(QStringLiteral("https://example.com/moved"), 301);
        openDialog();
        const PreflightReport report = check(m_receiver->url());
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome::Fail);
        QVERIFY(reasonShown(Kind::Redirect).contains(QLatin1String("https://example.com/moved")));
        QVERIFY(widget()
                    ->findChild<QLabel *>(QStringLiteral("preflightSummaryLabel"))
                    ->text()
                    .contains(QLatin1String("fails")));
    }

    void preflight_untrustedCertificate_failsAndSkipsTheRest()
    {
        startReceiver();
        DeliveryTest::trustTestCa(false);
        openDialog();
        const PreflightReport report = check(m_receiver->url());
        QCOMPARE(outcomeOf(report, Kind::Tls), Outcome::Fail);
        QCOMPARE(outcomeOf(report, Kind::Redirect), Outcome::Skipped);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome::Skipped);
        QCOMPARE(outcomeShown(Kind::Delivery), PreflightCheck::outcomeName(Outcome::Skipped));
        QVERIFY(!reasonShown(Kind::Tls).isEmpty());
        QVERIFY(m_receiver->received().isEmpty());
        saveScreenshot(m_dialog.get(), QStringLiteral("register-preflight-untrusted.png"));
    }

    void preflight_serverError_fails()
    {
        startReceiver();
        m_receiver->answer(500, QByteArrayLiteral("boom"));
        openDialog();
        const PreflightReport report = check(m_receiver->url());
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome::Fail);
        QVERIFY(reasonShown(Kind::Delivery).contains(QLatin1String("500")));
    }

    void preflight_privateAddressAndHttp_failWithoutPosting()
    {
        openDialog();
        PreflightReport report = check(QUrl(QStringLiteral("https://10.1.2.3/hook")));
        QCOMPARE(outcomeOf(report, Kind::Address), Outcome::Fail);
        QCOMPARE(outcomeOf(report, Kind::Delivery), Outcome::Skipped);
        report = check(QUrl(QStringLiteral("http://example.com/hook")));
        QCOMPARE(outcomeOf(report, Kind::Scheme), Outcome::Fail);
        QCOMPARE(report.overall(), Outcome::Fail);
    }

    void preflight_changingTheUrlStopsTheCheck()
    {
        startReceiver();
        m_receiver->stayQuiet();
        m_preflight->setTimeoutMs(300);
        openDialog();
        urlEdit()->setText(m_receiver->url().toString());
        QSignalSpy finished(widget(), &PreflightWidget::finished);
        QSignalSpy arrived(m_receiver.get(), &TestReceiver::requestReceived);
        QTest::mouseClick(checkButton(), Qt::LeftButton);
        QVERIFY(widget()->isRunning());
        // The dialog stays usable while it runs.
        QVERIFY(urlEdit()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        QTest::keyClick(urlEdit(), Qt::Key_Backspace);
        QVERIFY(!widget()->isRunning());
        QVERIFY(!widget()->isVisible());
        // Had it gone on, its 300 ms timeout would have ended it by now: no callback arrives.
        QTest::qWait(1000);
        QCOMPARE(finished.size(), 0);
    }

    void preflight_closingTheDialogStopsTheCheck()
    {
        startReceiver();
        m_receiver->stayQuiet();
        m_preflight->setTimeoutMs(300);
        openDialog();
        urlEdit()->setText(m_receiver->url().toString());
        QSignalSpy finished(widget(), &PreflightWidget::finished);
        QSignalSpy arrived(m_receiver.get(), &TestReceiver::requestReceived);
        QTest::mouseClick(checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        m_dialog->reject();
        QVERIFY(!widget()->isRunning());
        QTest::qWait(1000);
        QCOMPARE(finished.size(), 0);
    }

    void preflight_withoutService_noButton()
    {
        m_dialog = std::make_unique<RegisterDialog>(testProfile(), QList<Webhook>{});
        m_dialog->show();
        QVERIFY(!checkButton()->isVisible());
        m_dialog->checkUrlNow(); // nothing to run it with: nothing happens
        QVERIFY(!widget()->isVisible());
    }

    // The window gives its register dialog the session's preflight.
    void preflight_inTheWindowsRegisterDialog()
    {
        startReceiver();
        Fixture env;
        MainWindow window(env.session());
        DeliveryService *service = window.deliveryActions()->service();
        service->setExtraCaCertificatesForTesting(DeliveryTest::testCa());
        service->setAllowLoopbackPreflightForTesting(true);
        window.show();
        env.session()->openSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(window.registerAction()->isEnabled(), 20000);
        window.registerAction()->trigger();
        RegisterDialog *dialog = window.registerFlow()->registerDialog();
        QVERIFY(dialog);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("checkUrlPushButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->isEnabled()); // nothing typed yet
        auto *preflight = dialog->findChild<PreflightWidget *>(QStringLiteral("preflightWidget"));
        QSignalSpy finished(preflight, &PreflightWidget::finished);
        dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->setText(m_receiver->url().toString());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(outcomeOf(*preflight->report(), Kind::Delivery), Outcome::Pass);
        dialog->reject();
    }

    void preflightWidget_iconsDifferPerOutcome()
    {
        QList<QImage> images;
        for (const Outcome outcome : {Outcome::Pass, Outcome::Warn, Outcome::Fail, Outcome::Skipped}) {
            const QIcon icon = PreflightWidget::outcomeIcon(outcome, QPalette());
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(16, 16).toImage();
            QVERIFY(!images.contains(image));
            images << image;
        }
    }
};

QTEST_MAIN(TestPreflightWidget)
#include "tst_preflightwidget.moc"
