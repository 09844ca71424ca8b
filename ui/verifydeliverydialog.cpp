#include "verifydeliverydialog.h"
#include "ui_verifydeliverydialog.h"

#include "core/deliveryverification.h"
#include "core/eventcatalog.h"
#include "core/webhookmodel.h"
#include "deliveryinput.h"
#include "dialogbuttons.h"
#include "operations/consolesession.h"
#include "operations/deliveryattribution.h"
#include "resultbanner.h"
#include "revealaction.h"
#include "storage/profilemanager.h"
#include "storage/secretstore.h"

#include <QEvent>
#include <QPushButton>

namespace {
using Failure = DeliverySignature::Failure;
} // namespace

VerifyDeliveryDialog::VerifyDeliveryDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyDeliveryDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    QPushButton *verifyButton = m_ui->buttonBox->addButton(tr("&Verify"), QDialogButtonBox::AcceptRole);
    verifyButton->setObjectName(QStringLiteral("verifyPushButton"));
    verifyButton->setDefault(true);
    DialogButtons::keepTabOrder(m_ui->buttonBox);
    RevealAction::attach(m_ui->secretLineEdit);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VerifyDeliveryDialog::verify);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->deliveryInput, &DeliveryInput::changed, this, &VerifyDeliveryDialog::clearResult);
    connect(m_ui->deliveryInput, &DeliveryInput::fileProblem, this,
            [this](const QString &headline, const QString &detail) {
                showResult(State::CannotVerify, headline, detail.toHtmlEscaped());
            });
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &VerifyDeliveryDialog::clearResult);
    connect(m_ui->webhookComboBox, &QComboBox::currentIndexChanged, this,
            &VerifyDeliveryDialog::onWebhookChanged);
    connect(m_ui->typedSecretRadioButton, &QRadioButton::toggled, this, [this](bool typed) {
        m_ui->secretLineEdit->setEnabled(typed);
        if (typed)
            m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
        clearResult();
    });
    connect(m_ui->anySecretRadioButton, &QRadioButton::toggled, this, &VerifyDeliveryDialog::clearResult);

    WebhookModel *model = m_session->model();
    connect(model, &QAbstractItemModel::modelReset, this, &VerifyDeliveryDialog::fillWebhooks);
    connect(model, &QAbstractItemModel::dataChanged, this, &VerifyDeliveryDialog::fillWebhooks);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VerifyDeliveryDialog::fillWebhooks);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VerifyDeliveryDialog::fillWebhooks);

    fillWebhooks();
    onWebhookChanged();
    retranslate();
    m_ui->deliveryInput->focusInput();
}

VerifyDeliveryDialog::~VerifyDeliveryDialog() = default;

bool VerifyDeliveryDialog::selectWebhook(const QString &id)
{
    const int index = m_ui->webhookComboBox->findData(id);
    if (index < 0)
        return false;
    m_ui->webhookComboBox->setCurrentIndex(index);
    return true;
}

QString VerifyDeliveryDialog::selectedWebhookId() const
{
    return m_ui->webhookComboBox->currentData().toString();
}

QString VerifyDeliveryDialog::stepName(Failure failure)
{
    switch (failure) {
    case Failure::None: break;
    case Failure::MissingHeader: return tr("Headers present");
    case Failure::MalformedAuthorization: return tr("Authorization header");
    case Failure::BodyHashMismatch: return tr("Body hash");
    case Failure::UrlMismatch: return tr("URL");
    case Failure::SignatureMismatch: return tr("Signature");
    }
    return {};
}

void VerifyDeliveryDialog::fillWebhooks()
{
    QComboBox *combo = m_ui->webhookComboBox;
    const QString current = selectedWebhookId();
    const WebhookModel *model = m_session->model();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("None: no registered URL to compare, the secret typed"), QString());
        for (const Webhook &webhook : model->webhooks()) {
            const bool stored = model->hasSecret(webhook.id);
            const QString text = stored ? tr("%1 (secret stored)").arg(webhook.url) : webhook.url;
            combo->addItem(text, webhook.id);
            QStringList events;
            for (const QString &type : webhook.events)
                events << EventCatalog::instance().qualifiedName(type);
            combo->setItemData(combo->count() - 1,
                               tr("Id: %1\nEvents: %2").arg(webhook.id, events.join(QStringLiteral(", "))),
                               Qt::ToolTipRole);
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (selectedWebhookId() != current)
        onWebhookChanged();
    else
        retranslate(); // the stored state of the chosen webhook may have changed
}

void VerifyDeliveryDialog::onWebhookChanged()
{
    const QString id = selectedWebhookId();
    const bool stored = !id.isEmpty() && m_session->model()->hasSecret(id);
    m_ui->storedSecretRadioButton->setEnabled(stored);
    if (stored)
        m_ui->storedSecretRadioButton->setChecked(true);
    else if (!m_ui->anySecretRadioButton->isChecked())
        m_ui->typedSecretRadioButton->setChecked(true);
    m_ui->secretLineEdit->setEnabled(m_ui->typedSecretRadioButton->isChecked());
    m_ui->deliveryInput->setRegisteredUrl(registeredUrl());
    retranslate();
    clearResult();
}

QUrl VerifyDeliveryDialog::registeredUrl() const
{
    const QString id = selectedWebhookId();
    const int row = id.isEmpty() ? -1 : m_session->model()->rowOf(id);
    return row < 0 ? QUrl() : QUrl(m_session->model()->webhook(row).url, QUrl::StrictMode);
}

std::optional<VerifyDeliveryDialog::Request> VerifyDeliveryDialog::readRequest(QString *problem) const
{
    std::optional<Delivery> delivery = m_ui->deliveryInput->delivery(problem);
    if (!delivery)
        return std::nullopt;
    Request request;
    request.delivery = std::move(*delivery);
    request.registeredUrl = registeredUrl();
    // A raw request names its own host and path; without a webhook there is nothing to compare.
    request.hostAndPathUnchecked
        = m_ui->deliveryInput->form() == DeliveryInput::Form::RawRequest && request.registeredUrl.isEmpty();
    return request;
}

void VerifyDeliveryDialog::verify()
{
    const quint64 attempt = ++m_attempt;
    QString problem;
    const std::optional<Request> request = readRequest(&problem);
    if (!request) {
        showResult(State::CannotVerify, tr("Cannot verify yet"), problem.toHtmlEscaped());
        return;
    }
    if (m_ui->anySecretRadioButton->isChecked()) {
        findSigner(*request);
        return;
    }
    if (m_ui->typedSecretRadioButton->isChecked()) {
        // Secrets are base64-like text: spaces around a pasted one are never part of it.
        const QString secret = m_ui->secretLineEdit->text().trimmed();
        if (secret.isEmpty()) {
            showResult(
                State::CannotVerify, tr("Cannot verify yet"),
                tr("Type the webhook's secret, or choose a webhook whose secret is stored on this machine."));
            return;
        }
        finish(*request, secret);
        return;
    }

    showResult(State::Working, tr("Reading the secret…"), tr("From the keychain of this computer."));
    const QString id = selectedWebhookId();
    m_session->readWebhookSecret(
        id, this, [this, attempt, request, id](const Result<QString, KeychainError> &secret) {
            if (attempt != m_attempt)
                return; // the input changed meanwhile
            if (secret) {
                finishComparingEnvironments(*request, secret.value(), id, attempt);
                return;
            }
            if (secret.error().kind == KeychainError::Kind::NotFound) {
                showResult(State::CannotVerify, tr("No stored secret"),
                           tr("No secret of this webhook is stored on this machine: type it."));
            } else {
                showResult(State::CannotVerify, tr("The secret could not be read"),
                           secret.error().message.toHtmlEscaped());
            }
        });
}

QString VerifyDeliveryDialog::notes(const Request &request, const DeliverySignature::Verdict &verdict,
                                    bool trailingLineBreakLeftOut)
{
    QStringList notes;
    if (trailingLineBreakLeftOut) {
        notes << tr(
            "The text ended with a line break that is not part of the signed body (copying usually adds "
            "one): it was left out.");
    }
    if (request.hostAndPathUnchecked && verdict.failure != Failure::BodyHashMismatch
        && verdict.failure != Failure::MissingHeader && verdict.failure != Failure::MalformedAuthorization) {
        notes << tr("The request's own Host and path were taken as the registered URL: choose the webhook to "
                    "compare them with the URL it was registered with.");
    }
    QString html;
    for (const QString &note : std::as_const(notes))
        html += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    // Not part of the signature: shown so that a delivery can be told from its retries and others.
    if (!request.delivery.webhookId.isEmpty()) {
        html += QStringLiteral("<br>")
            + tr("Webhook-Id: %1 (this delivery's id, not the registration's)")
                  .arg(QString::fromLatin1(request.delivery.webhookId))
                  .toHtmlEscaped();
    }
    return html;
}

void VerifyDeliveryDialog::findSigner(const Request &request)
{
    const quint64 attempt = m_attempt;
    showResult(State::Working, tr("Trying every stored secret…"), tr("From the keychain of this computer."));
    m_session->findSigner(
        request.delivery, request.registeredUrl, this,
        [this, attempt, request](const DeliveryAttribution::Finding &finding) {
            if (attempt != m_attempt)
                return; // the input changed meanwhile
            QString detail = finding.explanation().toHtmlEscaped();
            if (!finding.isValid() && finding.verdict.failure != Failure::None)
                detail = tr("Failed step: <b>%1</b>").arg(stepName(finding.verdict.failure).toHtmlEscaped())
                    + QStringLiteral("<br>") + detail;
            detail += notes(request, finding.verdict, finding.trailingLineBreakLeftOut);
            showResult(finding.isValid() ? State::Valid : State::NotValid,
                       finding.isValid() ? tr("VALID") : tr("NOT VALID"), detail);
            m_verdict = finding.verdict;
            m_signerId = finding.signer ? finding.signer->webhookId : QString();
            Q_EMIT verified(finding.isValid());
        });
}

void VerifyDeliveryDialog::finishComparingEnvironments(const Request &request, const QString &secret,
                                                       const QString &id, quint64 attempt)
{
    // Only a signature that fails with this secret is compared with the other environment's.
    const Profile profile = m_session->profile();
    const auto environment = DeliveryVerification::otherEnvironment(profile.environment);
    if (!environment
        || DeliveryVerification::verify(request.delivery, secret, request.registeredUrl).verdict.failure
            != Failure::SignatureMismatch) {
        finish(request, secret);
        return;
    }
    Profile other = profile;
    other.environment = *environment;
    other.customBaseUrl.clear();
    m_session->profileManager()->readWebhookSecret(
        other, id, this,
        [this, attempt, request, secret, environment](const Result<QString, KeychainError> &otherSecret) {
            if (attempt != m_attempt)
                return; // the input changed meanwhile
            std::optional<DeliveryVerification::OtherEnvironmentSecret> candidate;
            if (otherSecret)
                candidate = DeliveryVerification::OtherEnvironmentSecret{*environment, otherSecret.value()};
            finish(request, secret, candidate);
        });
}

void VerifyDeliveryDialog::finish(const Request &request, const QString &secret,
                                  const std::optional<DeliveryVerification::OtherEnvironmentSecret> &other)
{
    const DeliveryVerification::Outcome outcome
        = DeliveryVerification::verify(request.delivery, secret, request.registeredUrl, other);
    const DeliverySignature::Verdict &verdict = outcome.verdict;
    QString detail;
    if (verdict.isValid()) {
        detail = tr("Signed with this secret and unchanged since: this delivery is genuine.");
    } else {
        detail = tr("Failed step: <b>%1</b>").arg(stepName(verdict.failure).toHtmlEscaped())
            + QStringLiteral("<br>") + verdict.reason.toHtmlEscaped();
    }
    detail += notes(request, verdict, outcome.trailingLineBreakLeftOut);
    showResult(verdict.isValid() ? State::Valid : State::NotValid,
               verdict.isValid() ? tr("VALID") : tr("NOT VALID"), detail);
    m_verdict = verdict;
    m_signerId.clear();
    Q_EMIT verified(verdict.isValid());
}

void VerifyDeliveryDialog::showResult(State state, const QString &headline, const QString &detail)
{
    m_state = state;
    if (state != State::Valid && state != State::NotValid) {
        m_verdict.reset();
        m_signerId.clear();
    }
    QLabel *label = m_ui->resultLabel;
    using Tone = ResultBanner::Tone;
    ResultBanner::paint(label,
                        state == State::Valid              ? Tone::Good
                            : state == State::NotValid     ? Tone::Bad
                            : state == State::CannotVerify ? Tone::Caution
                                                           : Tone::Plain);
    if (headline.isEmpty()) {
        label->setText(detail);
    } else {
        label->setText(QStringLiteral("<span style=\"font-size:x-large; font-weight:bold\">%1</span><br>%2")
                           .arg(headline.toHtmlEscaped(), detail));
    }
    label->setAccessibleName(headline);
}

void VerifyDeliveryDialog::clearResult()
{
    ++m_attempt; // a verification still reading its secret is for other input: dropped
    showResult(State::Empty, {},
               tr("Verify says whether the delivery is genuine and, if it is not, which step failed."));
}

void VerifyDeliveryDialog::retranslate()
{
    const QString id = selectedWebhookId();
    const int row = id.isEmpty() ? -1 : m_session->model()->rowOf(id);
    const bool stored = row >= 0 && m_session->model()->hasSecret(id);
    if (row >= 0) {
        m_ui->registeredUrlLabel->setText(
            tr("The delivery's host, path and query are compared with the registered "
               "URL %1.")
                .arg(m_session->model()->webhook(row).url));
    } else {
        m_ui->registeredUrlLabel->setText(tr(
            "No webhook chosen: the delivery's own URL (in a raw request, its Host header and path) stands "
            "for the registered URL."));
    }
    if (row < 0) {
        m_ui->secretStatusLabel->setText(
            tr("Choose a webhook to use the secret stored for it, or type the secret."));
    } else if (!stored) {
        m_ui->secretStatusLabel->setText(tr("No secret of this webhook is stored on this machine: type it. "
                                            "If it is lost, replace the webhook "
                                            "(register its URL again, then delete the old one)."));
    } else if (m_session->isSandbox()) {
        m_ui->secretStatusLabel->setText(
            tr("The sandbox keeps this secret in memory for this session; it is not shown."));
    } else {
        m_ui->secretStatusLabel->setText(tr("Read from the keychain when you verify; it is not shown."));
    }
    if (m_state == State::Empty)
        clearResult();
}

void VerifyDeliveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (auto *button = m_ui->buttonBox->findChild<QPushButton *>(QStringLiteral("verifyPushButton")))
            button->setText(tr("&Verify"));
        fillWebhooks();
        retranslate();
    }
    QDialog::changeEvent(event);
}
