// Issue 14 in the window, driven as a user meets it: a PSP profile sends Psp-Id and says so in the
// header; the profile form tells a merchant's, a partner's and a PSP's profile apart (partner keys
// refused in test); Verify with "Any stored secret" names the registration whose secret signed a
// delivery (or says why none does) and shows its Webhook-Id; several registrations of one URL are
// flagged in the window's table; the register dialog's event picker carries the test-environment
// notes; the details explain the retry schedule with its dates.
// Real widgets (offscreen), the sandbox over loopback, the real keychain (scripts/with-test-keyring).

#include "core/apierror.h"
#include "core/deliverysignature.h"
#include "core/retryschedule.h"
#include "core/webhookmodel.h"
#include "eventpicker.h"
#include "mainwindow.h"
#include "operations/consolesession.h"
#include "profileform.h"
#include "rawtextedit.h"
#include "registerdialog.h"
#include "verifydeliverydialog.h"
#include "webhookdetailsdialog.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include "uitestsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

using namespace UiTest;
using State = VerifyDeliveryDialog::State;

namespace {

constexpr int Wait = 20000;
const QString Created = QStringLiteral("epayments.payment.created.v1");
const QString SharedUrl = QStringLiteral("https://example.com/vipps/shared");
const QString PspId = QStringLiteral("psp-4711");
const QString Msn = QStringLiteral("123456");

QByteArray rawRequest(const Delivery &delivery)
{
    return "POST " + DeliverySignature::pathAndQueryOf(delivery.url) + " HTTP/1.1\r\nHost: "
        + DeliverySignature::hostOf(delivery.url) + "\r\nWebhook-Id: " + delivery.webhookId
        + "\r\nx-ms-date: " + delivery.date + "\r\nx-ms-content-sha256: " + delivery.contentSha256
        + "\r\nAuthorization: " + delivery.authorization + "\r\n\r\n" + delivery.body;
}

void paste(QPlainTextEdit *edit, const QByteArray &bytes)
{
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(bytes));
    QApplication::clipboard()->setMimeData(mime);
    edit->setFocus();
    edit->selectAll();
    edit->paste();
}

Delivery sign(const QString &url, const QByteArray &body, const QString &secret)
{
    return DeliverySignature::sign(QUrl(url), body, secret, QDateTime::currentDateTimeUtc());
}

QTreeWidgetItem *productItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(EventPicker::NameColumn) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *eventItem(QTreeWidget *tree, const QString &type)
{
    const QList<QTreeWidgetItem *> found
        = tree->findItems(type, Qt::MatchExactly | Qt::MatchRecursive, EventPicker::TypeColumn);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestPspWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_env;

    void openSandbox(MainWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openStartup({}, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_env->session()->hasLoaded(), Wait);
    }

    RegisterOutcome registerInSession(const QString &url)
    {
        std::optional<Result<RegisterOutcome>> outcome;
        QObject context;
        m_env->session()->registerWebhook(
            RegisterRequest{url, {Created}}, &context,
            [&outcome](const Result<RegisterOutcome> &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, Wait) || !outcome->ok())
            return {};
        return outcome->value();
    }

    State verifyAnySecret(VerifyDeliveryDialog &dialog, const QByteArray &raw)
    {
        paste(dialog.findChild<RawTextEdit *>(QStringLiteral("rawTextEdit")), raw);
        dialog.findChild<QRadioButton *>(QStringLiteral("anySecretRadioButton"))->setChecked(true);
        QTest::mouseClick(acceptButton(&dialog), Qt::LeftButton);
        if (!QTest::qWaitFor(
                [&dialog] { return dialog.state() != State::Working && dialog.state() != State::Empty; },
                Wait))
            return State::Working;
        return dialog.state();
    }

    static QString resultText(const VerifyDeliveryDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_env = std::make_unique<Fixture>(); }
    void cleanup() { m_env.reset(); }

    void pspProfile_sendsPspIdAndTheHeaderSaysSo()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        SandboxServer *sandbox = m_env->sandbox();
        sandbox->setPspId(PspId); // the sandbox's keys are a PSP's key set
        sandbox->addSampleRegistrations(Msn);
        Profile psp = Fixture::profile(QStringLiteral("PSP"), Environment::Test, Msn);
        psp.pspId = PspId;
        QVERIFY(m_env->saveProfile(psp));

        MainWindow window(m_env->session());
        window.show();
        window.openStartup(psp.name, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_env->session()->hasLoaded(), Wait);
        QVERIFY(m_env->session()->model()->rowCount() > 0);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("salesUnitLabel"))->text(),
                 QStringLiteral("PSP psp-4711 for MSN 123456"));
        bool sawWebhooksCall = false;
        for (const SandboxServer::RecordedRequest &request : sandbox->recordedRequests()) {
            if (request.path.startsWith(QLatin1String("/accesstoken"))) {
                QVERIFY2(!request.headers.contains("psp-id"), "Psp-Id is never sent on the token call");
                continue;
            }
            sawWebhooksCall = true;
            QCOMPARE(request.headers.value("psp-id"), PspId.toUtf8());
            QCOMPARE(request.headers.value("merchant-serial-number"), Msn.toUtf8());
        }
        QVERIFY(sawWebhooksCall);

        // The merchant's own profile on the same keys: the PSP key set refuses it, and the window says why.
        const Profile merchant = Fixture::profile(QStringLiteral("Merchant"), Environment::Test, Msn);
        QVERIFY(m_env->saveProfile(merchant));
        QSignalSpy failed(m_env->session(), &ConsoleSession::refreshFailed);
        m_env->session()->openProfile(merchant.name);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Wait);
        const auto error = failed.first().at(0).value<ApiError>();
        QVERIFY2(error.summary().contains(QLatin1String("Psp-Id")), qPrintable(error.summary()));
    }

    void profileForm_saysWhichKindOfProfile()
    {
        ProfileForm form;
        form.show();
        auto *msn = form.findChild<QLineEdit *>(QStringLiteral("msnLineEdit"));
        auto *pspId = form.findChild<QLineEdit *>(QStringLiteral("pspIdLineEdit"));
        auto *msnStatus = form.findChild<QLabel *>(QStringLiteral("msnStatusLabel"));
        auto *pspStatus = form.findChild<QLabel *>(QStringLiteral("pspIdStatusLabel"));
        auto *environment = form.findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
        QVERIFY(msn && pspId && msnStatus && pspStatus && environment);
        QVERIFY(pspId->isVisible());
        form.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Partner"));

        // Partner keys (no MSN) in test: refused, with the reason.
        environment->setCurrentIndex(environment->findData(QStringLiteral("test")));
        msn->clear();
        QVERIFY(!form.validateConnectionFields());
        QVERIFY2(msnStatus->text().contains(QLatin1String("only in production")),
                 qPrintable(msnStatus->text()));
        QVERIFY(msnStatus->isVisible());
        // The same in production: allowed, and it says what a partner-wide registration means.
        environment->setCurrentIndex(environment->findData(QStringLiteral("production")));
        QVERIFY(form.validateConnectionFields());
        QVERIFY2(msnStatus->text().contains(QLatin1String("every sales unit")),
                 qPrintable(msnStatus->text()));
        QCOMPARE(form.profile().kind(), Profile::Kind::Partner);

        // A PSP: its id needs the merchant's MSN.
        pspId->setText(PspId);
        QVERIFY(!form.validateConnectionFields());
        QVERIFY2(msnStatus->text().contains(QLatin1String("merchant's MSN")), qPrintable(msnStatus->text()));
        msn->setText(Msn);
        QVERIFY(form.validateConnectionFields());
        QVERIFY2(pspStatus->text().contains(QLatin1String("Psp-Id: psp-4711")),
                 qPrintable(pspStatus->text()));
        QVERIFY2(pspStatus->text().contains(QLatin1String("not on the token call")),
                 qPrintable(pspStatus->text()));
        QVERIFY(pspStatus->isVisible());
        QCOMPARE(form.profile().pspId, PspId);
        QCOMPARE(form.profile().kind(), Profile::Kind::Psp);
        // A PSP in test is fine (it has the merchant's MSN).
        environment->setCurrentIndex(environment->findData(QStringLiteral("test")));
        QVERIFY(form.validateConnectionFields());
        // Not a header value.
        pspId->setText(QStringLiteral("psp 4711"));
        QVERIFY(!form.validateConnectionFields());
        QVERIFY(!pspStatus->text().isEmpty());
        // A merchant: no PSP message at all.
        pspId->clear();
        QVERIFY(form.validateConnectionFields());
        QVERIFY(pspStatus->text().isEmpty());
        QCOMPARE(form.profile().kind(), Profile::Kind::Merchant);
    }

    void verify_anySecret_namesTheSigningRegistration()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        MainWindow window(m_env->session());
        openSandbox(window);
        const RegisterOutcome first = registerInSession(SharedUrl);
        const RegisterOutcome second = registerInSession(SharedUrl);
        QVERIFY(first.secretStored && second.secretStored);
        QVERIFY(!first.inMemoryOnly && !second.inMemoryOnly);
        // A registration of the same URL by another profile in production, its secret in the vault.
        const Profile elsewhere = Fixture::profile(QStringLiteral("Elsewhere"), Environment::Production, {});
        const QString elsewhereId = QStringLiteral("0d7c3b1e-5f6a-4e2b-9c8d-7a6b5c4d3e2f");
        const QString elsewhereSecret = QStringLiteral("ZWxzZXdoZXJlLXNlY3JldC1vZi10aGUtd2ViaG9vaw==");
        QVERIFY(storeSecret(m_env->manager(), elsewhere, elsewhereId, elsewhereSecret));

        VerifyDeliveryDialog dialog(m_env->session());
        dialog.show();
        // The second registration signed it: named, with the consequence of two registrations.
        const Delivery delivery = sign(SharedUrl, QByteArrayLiteral("{\"a\":1}"), second.secret);
        QCOMPARE(verifyAnySecret(dialog, rawRequest(delivery)), State::Valid);
        QCOMPARE(dialog.signerId(), second.webhook.id);
        QString text = resultText(dialog);
        QVERIFY2(text.contains(second.webhook.id) && !text.contains(first.webhook.id), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Webhook-Id: ") + QString::fromLatin1(delivery.webhookId)),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 registrations")), qPrintable(text));
        // No secret of it ever shown.
        QVERIFY(!text.contains(second.secret));

        // The first one.
        QCOMPARE(verifyAnySecret(dialog, rawRequest(sign(SharedUrl, "{\"a\":2}", first.secret))),
                 State::Valid);
        QCOMPARE(dialog.signerId(), first.webhook.id);

        // Another profile's registration in the other environment: named with its profile and environment.
        QCOMPARE(verifyAnySecret(dialog, rawRequest(sign(SharedUrl, "{\"a\":3}", elsewhereSecret))),
                 State::Valid);
        QCOMPARE(dialog.signerId(), elsewhereId);
        text = resultText(dialog);
        QVERIFY2(text.contains(QLatin1String("Elsewhere")) && text.contains(QLatin1String("Production")),
                 qPrintable(text));

        // Signed with a secret this machine does not have: not valid, and why.
        const Delivery stranger
            = sign(SharedUrl, QByteArrayLiteral("{\"a\":4}"), QStringLiteral("c29tZW9uZSBlbHNlcyBzZWNyZXQ="));
        QCOMPARE(verifyAnySecret(dialog, rawRequest(stranger)), State::NotValid);
        QVERIFY(dialog.signerId().isEmpty());
        QCOMPARE(dialog.verdict()->failure, DeliverySignature::Failure::SignatureMismatch);
        const QString why = resultText(dialog);
        QVERIFY2(why.contains(QLatin1String("once per registration")), qPrintable(why));
        QVERIFY2(why.contains(first.webhook.id) && why.contains(second.webhook.id), qPrintable(why));

        // A URL with no registration known here.
        const Delivery unknown = sign(QStringLiteral("https://example.com/vipps/unknown"), "{}",
                                      elsewhereSecret + QLatin1Char('x'));
        QCOMPARE(verifyAnySecret(dialog, rawRequest(unknown)), State::NotValid);
        QVERIFY2(resultText(dialog).contains(QLatin1String("No registration of this URL is known here")),
                 qPrintable(resultText(dialog)));
    }

    void table_flagsSeveralRegistrationsOfOneUrl()
    {
        MainWindow window(m_env->session());
        openSandbox(window);
        QTableView *view = window.tablePage()->tableView();
        const auto urlCell = [&](const QString &id) {
            const QModelIndex source
                = m_env->session()->model()->index(rowOf(*m_env->session(), id), WebhookModel::UrlColumn);
            return window.tablePage()->filterModel()->mapFromSource(source);
        };
        const auto flagged = [&](const QString &id) {
            return !view->model()->data(urlCell(id), Qt::DecorationRole).value<QIcon>().isNull();
        };

        const RegisterOutcome first = registerInSession(SharedUrl);
        QVERIFY(!first.webhook.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*m_env->session(), first.webhook.id) >= 0, Wait);
        QVERIFY(!flagged(first.webhook.id));
        QCOMPARE(view->model()->data(urlCell(first.webhook.id), Qt::ToolTipRole).toString(), SharedUrl);

        const RegisterOutcome second = registerInSession(SharedUrl);
        QVERIFY(!second.webhook.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*m_env->session(), second.webhook.id) >= 0, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(flagged(first.webhook.id), Wait);
        QVERIFY(flagged(second.webhook.id));
        const QString tip = view->model()->data(urlCell(first.webhook.id), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("2 registrations")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("each event arrives once per registration")), qPrintable(tip));
        // The sandbox's own sample registrations have URLs of their own: not flagged.
        const Webhook sample = m_env->session()->model()->webhook(0);
        QVERIFY(sample.url != SharedUrl);
        QVERIFY(!flagged(sample.id));

        // One of them deleted: the other is no longer flagged.
        std::optional<bool> deleted;
        m_env->session()->deleteWebhooks(
            {second.webhook.id}, this,
            [&deleted](const QString &, const Result<DeleteOutcome> &r) { deleted = r.ok(); }, [] {});
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), Wait);
        QVERIFY(*deleted);
        QTRY_VERIFY_WITH_TIMEOUT(!flagged(first.webhook.id), Wait);
        QVERIFY(!view->model()
                     ->data(urlCell(first.webhook.id), Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("registrations")));
    }

    void registerDialog_testEnvironmentNotesInTheEventPicker()
    {
        // What the dialog shows: the groups' and events' tooltips, the group's icon, and the
        // events status once a donations and an ePayment event are chosen.
        const auto notes = [](const Profile &profile) {
            RegisterDialog dialog(profile, {});
            dialog.show();
            auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("eventsTreeWidget"));
            QTreeWidgetItem *donations = productItem(tree, QStringLiteral("Donations"));
            QTreeWidgetItem *recurring = productItem(tree, QStringLiteral("Recurring"));
            QTreeWidgetItem *created = eventItem(tree, Created);
            if (!donations || !recurring || !created || donations->childCount() == 0)
                return QStringList{QStringLiteral("missing items")};
            created->setCheckState(EventPicker::NameColumn, Qt::Checked);
            donations->child(0)->setCheckState(EventPicker::NameColumn, Qt::Checked);
            return QStringList{donations->toolTip(EventPicker::NameColumn),
                               created->toolTip(EventPicker::NameColumn),
                               recurring->toolTip(EventPicker::NameColumn),
                               donations->icon(EventPicker::NameColumn).isNull() ? QStringLiteral("no icon")
                                                                                 : QStringLiteral("icon"),
                               dialog.findChild<QLabel *>(QStringLiteral("eventsStatusLabel"))->text()};
        };
        const QStringList test = notes(Fixture::profile(QStringLiteral("Shop"), Environment::Test, Msn));
        QCOMPARE(test.size(), 5);
        QVERIFY2(test.at(0).contains(QLatin1String("Never fires in the test environment")),
                 qPrintable(test.at(0)));
        QVERIFY2(test.at(1).contains(QLatin1String("ePayment API")), qPrintable(test.at(1)));
        QVERIFY2(!test.at(2).contains(QLatin1String("test environment")), qPrintable(test.at(2)));
        QCOMPARE(test.at(3), QStringLiteral("icon"));
        QVERIFY2(test.at(4).contains(QLatin1String("Donations: Never fires in the test environment")),
                 qPrintable(test.at(4)));
        QVERIFY2(test.at(4).contains(QLatin1String("ePayment: In the test environment")),
                 qPrintable(test.at(4)));

        // In production the same events need no note.
        const QStringList production
            = notes(Fixture::profile(QStringLiteral("Shop"), Environment::Production, Msn));
        QCOMPARE(production.size(), 5);
        QVERIFY2(!production.at(0).contains(QLatin1String("test environment")), qPrintable(production.at(0)));
        QVERIFY2(!production.at(1).contains(QLatin1String("ePayment API")), qPrintable(production.at(1)));
        QCOMPARE(production.at(3), QStringLiteral("no icon"));
        QVERIFY2(!production.at(4).contains(QLatin1String("test environment")), qPrintable(production.at(4)));
    }

    void details_explainWhatHappensWhenTheEndpointFails()
    {
        MainWindow window(m_env->session());
        openSandbox(window);
        const Webhook webhook = m_env->session()->model()->webhook(0);
        const QDateTime before = QDateTime::currentDateTime();
        WebhookDetailsDialog dialog(m_env->session(), webhook);
        const QDateTime after = QDateTime::currentDateTime();
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("whenFailingLabel"));
        QVERIFY(label);
        dialog.show();
        QVERIFY(label->isVisible());
        const QString text = label->text();
        QVERIFY2(text.contains(QLatin1String("same payment")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("hourly")) && text.contains(QLatin1String("daily")),
                 qPrintable(text));
        // The dates that would apply if it started failing now (the minute may have turned meanwhile).
        const auto shows = [&text](const QDateTime &time) {
            return text.contains(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
        };
        QVERIFY2(shows(RetrySchedule::autoRemoval(before)) || shows(RetrySchedule::autoRemoval(after)),
                 qPrintable(text));
        QVERIFY2(shows(RetrySchedule::lastAttempt(before)) || shows(RetrySchedule::lastAttempt(after)),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestPspWindow)
#include "tst_pspwindow.moc"
