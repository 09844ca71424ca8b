#include "sendtestdialog.h"
#include "ui_sendtestdialog.h"

#include "core/deliverysignature.h"
#include "core/eventcatalog.h"
#include "core/webhookmodel.h"
#include "dialogbuttons.h"
#include "fieldmessage.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "resultbanner.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>

namespace {

constexpr qsizetype AnswerPreviewCharacters = 4000;

// The request as the receiver got it (the signature is shown, the secret never).
QString requestText(const TestDeliveryResult &result)
{
    const Delivery &sent = result.sentDelivery;
    QStringList lines{
        QStringLiteral("POST %1 HTTP/1.1")
            .arg(QString::fromUtf8(DeliverySignature::pathAndQueryOf(sent.url))),
        QStringLiteral("Host: %1").arg(QString::fromUtf8(DeliverySignature::hostOf(sent.url))),
        QStringLiteral("Content-Type: application/json"),
        QStringLiteral("x-ms-date: %1").arg(QString::fromLatin1(sent.date)),
        QStringLiteral("x-ms-content-sha256: %1").arg(QString::fromLatin1(sent.contentSha256)),
        QStringLiteral("Authorization: %1").arg(QString::fromLatin1(sent.authorization)),
        QStringLiteral("X-Webhook-Console-Test: true"),
        QString(),
        QString::fromUtf8(result.sentBody),
    };
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SendTestDialog::SendTestDialog(DeliveryService *service, const Webhook &webhook, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendTestDialog>()), m_service(service),
      m_session(service->session()), m_webhook(webhook)
{
    m_ui->setupUi(this);
    m_sendButton = m_ui->buttonBox->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendPushButton"));
    m_sendButton->setDefault(true);
    m_cancelButton = m_ui->buttonBox->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("stopPushButton"));
    m_cancelButton->setVisible(false);
    m_enterSecretButton = m_ui->buttonBox->addButton(tr("E&nter Secret…"), QDialogButtonBox::ActionRole);
    m_enterSecretButton->setObjectName(QStringLiteral("enterSecretPushButton"));
    m_enterSecretButton->setVisible(false);
    DialogButtons::keepTabOrder(m_ui->buttonBox);
    m_ui->busyProgressBar->setVisible(false);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->answerPlainTextEdit->setFont(fixed);
    m_ui->sentPlainTextEdit->setFont(fixed);
    m_ui->statusLabel->setMargin(6);
    m_ui->productionWarningLabel->setVisible(m_session->isProduction());

    const EventCatalog &catalog = EventCatalog::instance();
    for (const QString &type : m_webhook.events) {
        m_ui->eventComboBox->addItem(
            catalog.isKnown(type) ? tr("%1 (%2)").arg(catalog.qualifiedName(type), type) : type, type);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SendTestDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, &SendTestDialog::cancel);
    connect(m_enterSecretButton, &QPushButton::clicked, this,
            [this] { Q_EMIT enterSecretRequested(m_webhook.id); });
    WebhookModel *model = m_session->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &SendTestDialog::updateSecretState);
    connect(model, &QAbstractItemModel::modelReset, this, &SendTestDialog::updateSecretState);

    retranslate();
    showStatus(State::Idle, {});
}

SendTestDialog::~SendTestDialog() = default;

bool SendTestDialog::setEventType(const QString &eventType)
{
    const int index = m_ui->eventComboBox->findData(eventType);
    if (index < 0)
        return false;
    m_ui->eventComboBox->setCurrentIndex(index);
    return true;
}

QString SendTestDialog::eventType() const
{
    return m_ui->eventComboBox->currentData().toString();
}

void SendTestDialog::setEnterSecretAvailable(bool available)
{
    m_enterSecretAvailable = available;
    updateSecretState();
}

void SendTestDialog::send()
{
    if (!m_service || isSending() || !m_sendButton->isEnabled())
        return;
    m_result.reset();
    m_ui->answerPlainTextEdit->clear();
    m_ui->sentPlainTextEdit->clear();
    m_run = new QObject(this);
    showStatus(State::Sending,
               tr("Sending a simulated delivery of %1 to %2…")
                   .arg(EventCatalog::instance().qualifiedName(eventType()), m_webhook.url)
                   .toHtmlEscaped());
    // What was sent shows as it goes out, so a delivery that gets no answer still shows it.
    m_service->sendTestDelivery(
        m_webhook, eventType(), m_run, [this](const Result<TestDeliveryResult> &answer) { onAnswer(answer); },
        [this](const TestDeliveryResult &request) {
            m_ui->sentPlainTextEdit->setPlainText(requestText(request));
        });
}

void SendTestDialog::cancel()
{
    if (!isSending())
        return;
    delete m_run; // aborts the request: its callback never runs
    showStatus(State::Cancelled, tr("Stopped. The receiver may have got the simulated delivery anyway."));
}

void SendTestDialog::done(int result)
{
    cancel(); // nothing runs for a closed dialog
    QDialog::done(result);
}

void SendTestDialog::onAnswer(const Result<TestDeliveryResult> &answer)
{
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    if (!answer) {
        const ApiError &error = answer.error();
        QString text = tr("<b>Simulated delivery failed:</b> %1").arg(error.summary().toHtmlEscaped());
        if (error.mayHaveReachedServer)
            text += QStringLiteral("<br>") + tr("It may have reached the receiver.").toHtmlEscaped();
        showStatus(State::Failed, text);
        if (m_ui->sentPlainTextEdit->toPlainText().isEmpty())
            m_ui->sentPlainTextEdit->setPlainText(tr("Nothing was sent: %1").arg(error.summary()));
        Q_EMIT deliveryFinished(false);
        return;
    }
    const TestDeliveryResult &result = answer.value();
    m_result = result;
    QString text = tr("<b>Simulated delivery: %1</b>").arg(result.summary().toHtmlEscaped());
    if (result.isRedirect()) {
        text += QStringLiteral("<br>")
            + tr("The receiver redirected the delivery; Vipps MobilePay does not follow redirects.")
                  .toHtmlEscaped();
    } else if (!result.isSuccess()) {
        text += QStringLiteral("<br>")
            + tr("Vipps MobilePay would count this delivery as failed and retry it.").toHtmlEscaped();
    } else {
        text += QStringLiteral("<br>") + tr("The receiver accepted it.").toHtmlEscaped();
    }
    showStatus(State::Answered, text);

    bool cut = false;
    QString preview = result.answerStart(AnswerPreviewCharacters, &cut);
    if (preview.isEmpty())
        preview = tr("(empty)");
    else if (cut)
        preview += QLatin1Char('\n') + tr("… (only the start is shown)");
    m_ui->answerPlainTextEdit->setPlainText(preview);
    m_ui->answerLabel->setText(result.answerContentType.isEmpty()
                                   ? tr("&Answer:")
                                   : tr("&Answer (%1):").arg(QString::fromLatin1(result.answerContentType)));
    m_ui->sentPlainTextEdit->setPlainText(requestText(result));
    Q_EMIT deliveryFinished(result.isSuccess());
}

void SendTestDialog::showStatus(State state, const QString &text)
{
    m_state = state;
    const bool sending = state == State::Sending;
    m_ui->busyProgressBar->setVisible(sending);
    m_cancelButton->setVisible(sending);
    m_ui->eventComboBox->setEnabled(!sending);
    updateSecretState();

    const bool good = state == State::Answered && m_result && m_result->isSuccess();
    const bool bad = state == State::Failed || (state == State::Answered && !good);
    ResultBanner::paint(m_ui->statusLabel,
                        good      ? ResultBanner::Tone::Good
                            : bad ? ResultBanner::Tone::Bad
                                  : ResultBanner::Tone::Plain);
    m_ui->statusLabel->setText(text.isEmpty() ? tr("Not sent yet.") : text);
}

void SendTestDialog::updateSecretState()
{
    const bool stored = m_session->model()->hasSecret(m_webhook.id);
    const bool sending = isSending();
    m_sendButton->setEnabled(stored && !sending && !m_webhook.events.isEmpty());
    m_sendButton->setText(m_state == State::Idle ? tr("&Send") : tr("&Send Again"));
    m_enterSecretButton->setVisible(!stored && m_enterSecretAvailable);
    QString text;
    if (stored) {
        text = tr("Signed with the secret stored on this machine for this webhook.");
    } else if (m_enterSecretAvailable) {
        text = tr(
            "No secret of this webhook is stored on this machine, so the delivery cannot be signed. Enter "
            "the secret (if you kept it when the webhook was registered), or replace the webhook to get a "
            "new one.");
    } else {
        text = tr(
            "No secret of this webhook is stored on this machine, so the delivery cannot be signed. This "
            "version cannot take a secret for an existing webhook yet: replace the webhook (register its URL "
            "again, then delete the old one) to get a secret stored here.");
    }
    FieldMessage::show(m_ui->secretStatusLabel, stored ? FieldSeverity::None : FieldSeverity::Warning, text);
}

void SendTestDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("Sends a <b>simulated</b> delivery, not one from Vipps MobilePay: a sample payload for the event, "
           "signed "
           "with the webhook's secret exactly as Vipps MobilePay signs deliveries, marked with the header "
           "<tt>X-Webhook-Console-Test: true</tt> and <tt>\"simulated\": true</tt> in the body."));
    m_ui->webhookLabel->setText(tr("%1\nId: %2").arg(m_webhook.url, m_webhook.id));
    m_ui->productionWarningLabel->setText(
        tr("⚠ This goes to a production receiver. Make sure it ignores deliveries marked as simulated."));
    updateSecretState();
}

void SendTestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_cancelButton->setText(tr("S&top"));
        m_enterSecretButton->setText(tr("E&nter Secret…"));
        retranslate();
    }
    QDialog::changeEvent(event);
}
