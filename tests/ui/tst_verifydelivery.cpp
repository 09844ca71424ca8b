// The "Verify delivery" dialog, driven as a user drives it: a raw request pasted through the
// clipboard (or typed), the four headers and the body in their fields, the secret typed or read
// from the vault (the real keychain under scripts/with-test-keyring; the sandbox's memory
// otherwise). The official example must verify exactly; each failure names its step.

#include "core/deliverysignature.h"
#include "core/webhookmodel.h"
#include "operations/consolesession.h"
#include "rawtextedit.h"
#include "requirechild.h"
#include "verifydeliverydialog.h"

#include "screenshottestsupport.h"
#include "uitestsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace UiTest;
using State = VerifyDeliveryDialog::State;

namespace {

// The official worked example (vipps-api.md, section 5).
const QString OfficialSecret = QStringLiteral(
    "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
const QString OfficialUrl = QStringLiteral("https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63");
const QByteArray OfficialBody
    = QByteArrayLiteral("{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}");
const QByteArray OfficialDate = QByteArrayLiteral("Thu, 30 Mar 2023 08:38:32 GMT");
const QByteArray OfficialHash = QByteArrayLiteral("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
const QByteArray OfficialAuthorization
    = QByteArrayLiteral("HMAC-SHA256 "
                        "SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=agAiSyogQbDHpeucoNwYz+"
                        "yAr5nJ+v+zasdkSbqzv+U=");
const QString Created = QStringLiteral("epayments.payment.created.v1");

Delivery official()
{
    return Delivery{QUrl(OfficialUrl), OfficialDate, OfficialHash, OfficialAuthorization, OfficialBody};
}

// A delivery as a receiver logs it: request line, headers, blank line, body.
QByteArray rawRequest(const Delivery &delivery, const QByteArray &eol = "\r\n")
{
    QByteArray raw = "POST " + DeliverySignature::pathAndQueryOf(delivery.url) + " HTTP/1.1" + eol;
    raw += "Host: " + DeliverySignature::hostOf(delivery.url) + eol;
    raw += "Content-Type: application/json" + eol;
    if (!delivery.date.isNull())
        raw += "x-ms-date: " + delivery.date + eol;
    raw += "x-ms-content-sha256: " + delivery.contentSha256 + eol;
    raw += "Authorization: " + delivery.authorization + eol;
    return raw + eol + delivery.body;
}

// Pastes `bytes` over the whole field, as Ctrl+V does.
void paste(QPlainTextEdit *edit, const QByteArray &bytes)
{
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(bytes));
    QApplication::clipboard()->setMimeData(mime);
    edit->setFocus();
    edit->selectAll();
    edit->paste();
}

} // namespace

class TestVerifyDelivery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_env;
    std::unique_ptr<VerifyDeliveryDialog> m_dialog;

    template<typename T> T *child(const char *name) const
    {
        return TestSupport::requireChild<T>(m_dialog.get(), name);
    }
    RawTextEdit *rawEdit() const { return child<RawTextEdit>("rawTextEdit"); }
    RawTextEdit *bodyEdit() const { return child<RawTextEdit>("bodyTextEdit"); }
    QString resultText() const { return child<QLabel>("resultLabel")->text(); }

    void openDialog()
    {
        m_dialog = std::make_unique<VerifyDeliveryDialog>(m_env->session());
        m_dialog->show();
    }
    void typeSecret(const QString &secret)
    {
        child<QRadioButton>("typedSecretRadioButton")->setChecked(true);
        child<QLineEdit>("secretLineEdit")->setText(secret);
    }
    void useFields() { child<QTabWidget>("inputTabWidget")->setCurrentIndex(1); }
    void fillFields(const Delivery &delivery, const QString &url)
    {
        useFields();
        child<QLineEdit>("urlLineEdit")->setText(url);
        child<QLineEdit>("dateLineEdit")->setText(QString::fromLatin1(delivery.date));
        child<QLineEdit>("contentHashLineEdit")->setText(QString::fromLatin1(delivery.contentSha256));
        child<QLineEdit>("authorizationLineEdit")->setText(QString::fromLatin1(delivery.authorization));
        paste(bodyEdit(), delivery.body);
    }
    // Clicks Verify and waits for the verdict (a stored secret is read asynchronously).
    State clickVerify()
    {
        QAbstractButton *verify = acceptButton(m_dialog.get());
        if (!verify)
            return State::Empty;
        QTest::mouseClick(verify, Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return m_dialog->state() != State::Working; }, 20000))
            return State::Working;
        return m_dialog->state();
    }
    void openSandbox()
    {
        m_env->session()->openSandbox();
        QVERIFY(QTest::qWaitFor([this] { return m_env->session()->hasLoaded(); }, 20000));
    }
    RegisterOutcome registerInSession(const QString &url)
    {
        std::optional<Result<RegisterOutcome>> outcome;
        QObject context;
        m_env->session()->registerWebhook(
            RegisterRequest{url, {Created}}, &context,
            [&outcome](const Result<RegisterOutcome> &result) { outcome = result; });
        [&] { QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000)); }();
        if (!outcome || !*outcome)
            return {};
        return outcome->value();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_env = std::make_unique<Fixture>(); }
    void cleanup()
    {
        m_dialog.reset();
        m_env.reset();
    }

    void verify_officialExample_rawPasteIsValid()
    {
        openDialog();
        const QByteArray raw = rawRequest(official());
        paste(rawEdit(), raw);
        // Kept byte for byte: CRLF line breaks included, nothing added.
        QVERIFY(rawEdit()->isExact());
        QCOMPARE(rawEdit()->bytes(), raw);
        QCOMPARE(OfficialBody.size(), 74);
        const QString counts = child<QLabel>("rawBytesLabel")->text();
        QVERIFY2(counts.contains(QLatin1String("exactly as pasted"))
                     && counts.contains(QLatin1String("Body: 74 bytes")),
                 qPrintable(counts));
        typeSecret(OfficialSecret);
        QCOMPARE(clickVerify(), State::Valid);
        QVERIFY(resultText().contains(QLatin1String("VALID")));
        QVERIFY(!resultText().contains(QLatin1String("NOT VALID")));
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("verify-valid.png"));
    }

    void verify_officialExample_fieldsAreValid()
    {
        openDialog();
        fillFields(official(), OfficialUrl);
        QCOMPARE(bodyEdit()->bytes(), OfficialBody);
        typeSecret(OfficialSecret);
        QCOMPARE(clickVerify(), State::Valid);
        // Whole header lines pasted into the fields work as well.
        child<QLineEdit>("dateLineEdit")
            ->setText(QStringLiteral("x-ms-date: ") + QString::fromLatin1(OfficialDate));
        child<QLineEdit>("authorizationLineEdit")
            ->setText(QStringLiteral("Authorization: ") + QString::fromLatin1(OfficialAuthorization));
        QCOMPARE(m_dialog->state(), State::Empty); // any change clears the old verdict
        QCOMPARE(clickVerify(), State::Valid);
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("verify-fields.png"));
    }

    // The documented treatment of a line break after the body: verified as pasted; when the
    // signed hash shows the break is not part of the body, it is left out, and the result says so.
    void verify_trailingLineBreakAfterBody_isLeftOutAndSaid()
    {
        openDialog();
        typeSecret(OfficialSecret);
        for (const QByteArray &tail : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\n\n")}) {
            paste(rawEdit(), rawRequest(official()) + tail);
            QVERIFY(child<QLabel>("rawBytesLabel")->text().contains(QLatin1String("line break")));
            QCOMPARE(clickVerify(), State::Valid);
            QVERIFY2(resultText().contains(QLatin1String("line break")), qPrintable(resultText()));
        }
        // The same in the body field.
        fillFields(official(), OfficialUrl);
        paste(bodyEdit(), OfficialBody + "\n");
        QCOMPARE(bodyEdit()->bytes().size(), 75);
        QCOMPARE(clickVerify(), State::Valid);
        QVERIFY(resultText().contains(QLatin1String("line break")));
        // Without a break nothing is said about one.
        paste(bodyEdit(), OfficialBody);
        QCOMPARE(clickVerify(), State::Valid);
        QVERIFY(!resultText().contains(QLatin1String("line break")));
    }

    void verify_typedRequest_usesLfLineBreaks()
    {
        openDialog();
        typeSecret(OfficialSecret);
        rawEdit()->setFocus();
        const QList<QByteArray> lines = rawRequest(official(), "\n").split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QTest::keyClicks(rawEdit(), QString::fromUtf8(lines.at(i)));
            if (i + 1 < lines.size())
                QTest::keyClick(rawEdit(), Qt::Key_Return);
        }
        QVERIFY(!rawEdit()->isExact());
        QCOMPARE(rawEdit()->bytes(), rawRequest(official(), "\n"));
        QCOMPARE(clickVerify(), State::Valid);
    }

    // A body whose line breaks were turned into CRLF: the pasted bytes are kept (the field does
    // not turn them back into LF), so the dialog can say what happened.
    void verify_crlfBody_isNotValidWithHint()
    {
        const QUrl url(QStringLiteral("https://example.com/vipps"));
        const QByteArray body = "{\n\"msn\":\"123456\"\n}";
        Delivery delivery
            = DeliverySignature::sign(url, body, OfficialSecret, QDateTime::currentDateTimeUtc());
        delivery.body.replace("\n", "\r\n");
        openDialog();
        typeSecret(OfficialSecret);
        paste(rawEdit(), rawRequest(delivery));
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::BodyHashMismatch);
        QVERIFY2(resultText().contains(QLatin1String("CRLF")), qPrintable(resultText()));
        QVERIFY(resultText().contains(
            VerifyDeliveryDialog::stepName(DeliverySignature::Failure::BodyHashMismatch)));
    }

    void verify_eachFailureNamesItsStep_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("reasonPart");

        const Delivery good = official();
        Delivery reserialised = good;
        reserialised.body
            = "{\n    \"some-unique-content\": \"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"\n}\n";
        QTest::newRow("body re-serialised")
            << rawRequest(reserialised) << OfficialSecret << int(DeliverySignature::Failure::BodyHashMismatch)
            << QStringLiteral("re-serialised");
        Delivery changed = good;
        changed.body.replace("hello", "HELLO");
        QTest::newRow("body changed")
            << rawRequest(changed) << OfficialSecret << int(DeliverySignature::Failure::BodyHashMismatch)
            << QStringLiteral("x-ms-content-sha256");
        QTest::newRow("wrong secret")
            << rawRequest(good) << QStringLiteral("the-other-environments-secret")
            << int(DeliverySignature::Failure::SignatureMismatch) << QStringLiteral("other environment");
        Delivery malformed = good;
        malformed.authorization = "Bearer agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=";
        QTest::newRow("malformed Authorization")
            << rawRequest(malformed) << OfficialSecret
            << int(DeliverySignature::Failure::MalformedAuthorization) << QStringLiteral("malformed");
        Delivery missing = good;
        missing.date = QByteArray();
        QTest::newRow("missing x-ms-date")
            << rawRequest(missing) << OfficialSecret << int(DeliverySignature::Failure::MissingHeader)
            << QStringLiteral("x-ms-date");
        // Signed over "\r\n" where "\n" belongs.
        const QByteArray toSign
            = DeliverySignature::stringToSign(good.url, good.date, good.contentSha256).replace("\n", "\r\n");
        Delivery crlfSigned = good;
        crlfSigned.authorization = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
            + DeliverySignature::signature(OfficialSecret, toSign);
        QTest::newRow("string to sign with CRLF")
            << rawRequest(crlfSigned) << OfficialSecret << int(DeliverySignature::Failure::SignatureMismatch)
            << QStringLiteral("CRLF");
    }

    void verify_eachFailureNamesItsStep()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, secret);
        QFETCH(int, failure);
        QFETCH(QString, reasonPart);
        openDialog();
        paste(rawEdit(), raw);
        typeSecret(secret);
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(int(m_dialog->verdict()->failure), failure);
        const QString text = resultText();
        QVERIFY2(text.contains(QLatin1String("NOT VALID")), qPrintable(text));
        QVERIFY2(text.contains(
                     VerifyDeliveryDialog::stepName(DeliverySignature::Failure(failure)).toHtmlEscaped()),
                 qPrintable(text));
        QVERIFY2(text.contains(reasonPart), qPrintable(text));
        if (QByteArray(QTest::currentDataTag()) == "wrong secret")
            WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("verify-not-valid.png"));
    }

    // A real body is compact with its keys in the API's order, not alphabetical. One value
    // changed on the way (or a reserialised one, for contrast): the verdict names the body hash
    // and calls only the reserialised body reserialised (Qt's compact JSON sorts keys, so a
    // spacing comparison through it called every tampered real body "re-serialised").
    void verify_tamperedCompactBody_isNotCalledReserialised()
    {
        const QByteArray sent = R"({"msn":"123456","reference":"order-1","name":"CAPTURED",)"
                                R"("amount":{"value":1000,"currency":"NOK"}})";
        const Delivery signed_ = DeliverySignature::sign(QUrl(OfficialUrl), sent, OfficialSecret,
                                                         QDateTime::currentDateTimeUtc());
        Delivery tampered = signed_;
        tampered.body = QByteArray(sent).replace("1000", "9000");
        openDialog();
        paste(rawEdit(), rawRequest(tampered));
        typeSecret(OfficialSecret);
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::BodyHashMismatch);
        QVERIFY2(!resultText().contains(QLatin1String("re-serialised")), qPrintable(resultText()));
        QVERIFY2(resultText().contains(QLatin1String("x-ms-content-sha256")), qPrintable(resultText()));

        Delivery reformatted = signed_;
        reformatted.body = R"({"msn": "123456", "reference": "order-1", "name": "CAPTURED", )"
                           R"("amount": {"value": 1000, "currency": "NOK"}})";
        paste(rawEdit(), rawRequest(reformatted));
        QCOMPARE(clickVerify(), State::NotValid);
        QVERIFY2(resultText().contains(QLatin1String("re-serialised")), qPrintable(resultText()));
    }

    // The registered URL of the chosen webhook is what the delivery's host, path and query are
    // compared with (sandbox sample registrations; the secret typed).
    void verify_urlDiffersFromRegistered_namesTheUrlStep()
    {
        openSandbox();
        const QString registered = QStringLiteral("https://example.com/vipps/webhooks");
        const auto webhooks = m_env->session()->model()->webhooks();
        const auto found = std::find_if(webhooks.cbegin(), webhooks.cend(),
                                        [&registered](const Webhook &w) { return w.url == registered; });
        QVERIFY(found != webhooks.cend());
        openDialog();
        QVERIFY(m_dialog->selectWebhook(found->id));
        // No secret of a sample registration is stored: the typed secret is chosen.
        QVERIFY(!child<QRadioButton>("storedSecretRadioButton")->isEnabled());
        QVERIFY(child<QRadioButton>("typedSecretRadioButton")->isChecked());
        QVERIFY(child<QLabel>("secretStatusLabel")->text().contains(QLatin1String("No secret")));
        typeSecret(OfficialSecret);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            QString url;
            QString reasonPart;
        } cases[]
            = {{QStringLiteral("https://example.com/vipps/other"), QStringLiteral("path or query")},
               {QStringLiteral("https://example.com/vipps/webhooks?x=1"), QStringLiteral("path or query")},
               {QStringLiteral("https://example.org/vipps/webhooks"), QStringLiteral("host")}};
        for (const auto &c : cases) {
            paste(rawEdit(),
                  rawRequest(DeliverySignature::sign(QUrl(c.url), OfficialBody, OfficialSecret, now)));
            QCOMPARE(clickVerify(), State::NotValid);
            QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::UrlMismatch);
            QVERIFY2(resultText().contains(c.reasonPart), qPrintable(resultText()));
        }
        paste(rawEdit(),
              rawRequest(DeliverySignature::sign(QUrl(registered), OfficialBody, OfficialSecret, now)));
        QCOMPARE(clickVerify(), State::Valid);
    }

    // The sandbox's vault (the real keychain under scripts/with-test-keyring, else memory).
    void verify_storedSecretOfSandboxRegistration()
    {
        openSandbox();
        const QString url = QStringLiteral("https://hooks.example.com/vipps/verify");
        const RegisterOutcome outcome = registerInSession(url);
        QVERIFY(outcome.secretStored);
        QTRY_VERIFY(m_env->session()->model()->hasSecret(outcome.webhook.id));

        openDialog();
        QVERIFY(m_dialog->selectWebhook(outcome.webhook.id));
        QVERIFY(child<QRadioButton>("storedSecretRadioButton")->isEnabled());
        QVERIFY(child<QRadioButton>("storedSecretRadioButton")->isChecked());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        paste(rawEdit(), rawRequest(DeliverySignature::sign(QUrl(url), OfficialBody, outcome.secret, now)));
        QCOMPARE(clickVerify(), State::Valid);
        // Signed with another secret: not valid, at the signature step.
        paste(rawEdit(), rawRequest(DeliverySignature::sign(QUrl(url), OfficialBody, OfficialSecret, now)));
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::SignatureMismatch);
    }

    // A saved profile's secret, from the real keychain.
    void verify_storedSecretFromKeychain_vsTyped()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        const Profile profile
            = Fixture::profile(QStringLiteral("Shop test"), Environment::Test, QStringLiteral("223344"));
        QVERIFY(m_env->saveProfile(profile));
        m_env->session()->openProfile(profile.name);
        QVERIFY(QTest::qWaitFor([this] { return m_env->session()->hasLoaded(); }, 20000));
        const QString url = QStringLiteral("https://shop.example.com/vipps/keychain");
        const RegisterOutcome outcome = registerInSession(url);
        QVERIFY(outcome.secretStored);
        QVERIFY(!outcome.inMemoryOnly);

        openDialog();
        QVERIFY(m_dialog->selectWebhook(outcome.webhook.id));
        QVERIFY(child<QRadioButton>("storedSecretRadioButton")->isChecked());
        QVERIFY(child<QLabel>("secretStatusLabel")->text().contains(QLatin1String("keychain")));
        useFields();
        const Delivery delivery = DeliverySignature::sign(QUrl(url), OfficialBody, outcome.secret,
                                                          QDateTime::currentDateTimeUtc());
        fillFields(delivery, QString()); // empty URL: the registered one
        QCOMPARE(clickVerify(), State::Valid);
        // The same delivery with a typed secret of the wrong webhook.
        typeSecret(OfficialSecret);
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::SignatureMismatch);
        // And with the right one typed.
        typeSecret(outcome.secret);
        QCOMPARE(clickVerify(), State::Valid);
    }

    // The same webhook id has a secret stored for the other environment too, and the delivery
    // was signed with that one: the verdict names it.
    void verify_storedSecret_otherEnvironmentsSecretIsNamed()
    {
        if (!inThrowawayKeyring())
            QSKIP(KeychainSkipMessage);
        const Profile profile
            = Fixture::profile(QStringLiteral("Shop both"), Environment::Test, QStringLiteral("223355"));
        QVERIFY(m_env->saveProfile(profile));
        m_env->session()->openProfile(profile.name);
        QVERIFY(QTest::qWaitFor([this] { return m_env->session()->hasLoaded(); }, 20000));
        const QString url = QStringLiteral("https://shop.example.com/vipps/both");
        const RegisterOutcome outcome = registerInSession(url);
        QVERIFY(outcome.secretStored);
        Profile production = profile;
        production.environment = Environment::Production;
        const QString productionSecret = QStringLiteral("production-secret-of-the-same-id");
        QVERIFY(storeSecret(m_env->manager(), production, outcome.webhook.id, productionSecret));

        openDialog();
        QVERIFY(m_dialog->selectWebhook(outcome.webhook.id));
        QVERIFY(child<QRadioButton>("storedSecretRadioButton")->isChecked());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        paste(rawEdit(), rawRequest(DeliverySignature::sign(QUrl(url), OfficialBody, productionSecret, now)));
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::SignatureMismatch);
        QVERIFY2(resultText().contains(QLatin1String("stored for the Production environment")),
                 qPrintable(resultText()));

        // Signed with a secret of neither environment: the general reason.
        paste(rawEdit(), rawRequest(DeliverySignature::sign(QUrl(url), OfficialBody, OfficialSecret, now)));
        QCOMPARE(clickVerify(), State::NotValid);
        QVERIFY2(!resultText().contains(QLatin1String("Production")), qPrintable(resultText()));
        // And with this environment's own secret: valid.
        paste(rawEdit(), rawRequest(DeliverySignature::sign(QUrl(url), OfficialBody, outcome.secret, now)));
        QCOMPARE(clickVerify(), State::Valid);
    }

    void verify_badInput_saysWhatIsMissing()
    {
        openDialog();
        // Nothing pasted.
        typeSecret(OfficialSecret);
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("Paste the request")));
        // Not a request.
        paste(rawEdit(), "hello, this is not HTTP");
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("request line")));
        // No Host header.
        paste(rawEdit(), "POST /hook HTTP/1.1\r\nx-ms-date: x\r\n\r\n{}");
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("Host")));
        // No secret.
        paste(rawEdit(), rawRequest(official()));
        typeSecret(QString());
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("secret")));
        WC_SAVE_SCREENSHOT(m_dialog.get(), QStringLiteral("verify-cannot.png"));
        // Fields: no URL and no webhook; then a URL that is not one.
        typeSecret(OfficialSecret);
        useFields();
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("Enter the URL")));
        child<QLineEdit>("urlLineEdit")->setText(QStringLiteral("webhook.site/hook"));
        QCOMPARE(clickVerify(), State::CannotVerify);
        QVERIFY(resultText().contains(QLatin1String("not an absolute URL")));
        // Empty header fields are missing headers: not valid, at that step.
        child<QLineEdit>("urlLineEdit")->setText(OfficialUrl);
        QCOMPARE(clickVerify(), State::NotValid);
        QCOMPARE(m_dialog->verdict()->failure, DeliverySignature::Failure::MissingHeader);
    }

    void verify_secretIsHiddenUntilRevealed()
    {
        openDialog();
        auto *secret = child<QLineEdit>("secretLineEdit");
        typeSecret(OfficialSecret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        auto *reveal = secret->findChild<QAction *>(QStringLiteral("secretLineEditRevealAction"));
        QVERIFY(reveal);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!m_dialog->windowTitle().contains(OfficialSecret));
    }
};

QTEST_MAIN(TestVerifyDelivery)
#include "tst_verifydelivery.moc"
