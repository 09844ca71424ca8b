#include "secretdialog.h"
#include "ui_secretdialog.h"

#include "core/environment.h"
#include "operations/consolesession.h"
#include "secretclipboard.h"

#include <QFontDatabase>
#include <QPushButton>

SecretDialog::SecretDialog(const RegisterOutcome &outcome, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecretDialog>()), m_webhookId(outcome.webhook.id)
{
    m_ui->setupUi(this);

    m_ui->webhookLabel->setText(tr("Webhook %1\nURL %2").arg(outcome.webhook.id, outcome.webhook.url));
    m_ui->secretPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->secretPlainTextEdit->setPlainText(outcome.secret);
    m_ui->secretPlainTextEdit->setContextMenuPolicy(Qt::NoContextMenu);

    if (outcome.inMemoryOnly) {
        m_ui->storageLabel->setText(
            tr("Sandbox: no keychain is available, so the secret is kept in memory for "
               "this session only."));
    } else if (outcome.secretStored && outcome.profile.environment == Environment::Sandbox) {
        m_ui->storageLabel->setText(
            tr("Sandbox: a copy is stored in this computer's keychain, and the sandbox "
               "keeps this registration for the next time."));
    } else if (outcome.secretStored) {
        m_ui->storageLabel->setText(tr("A copy is stored in this computer's keychain for profile “%1”. "
                                       "Keep it where your webhook receiver can use it, too.")
                                        .arg(outcome.profile.name));
    } else {
        m_mustCopy = true;
        QString text
            = tr("<b>The secret could not be stored in the keychain.</b> Copy it now and keep it in "
                 "your password manager or your receiver's configuration: it cannot be shown again.");
        if (!outcome.storeError.isEmpty())
            text += QStringLiteral("<br>") + tr("Keychain: %1").arg(outcome.storeError.toHtmlEscaped());
        m_ui->storageLabel->setText(text);
        m_ui->storageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a50e0e; }"));
    }

    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &SecretDialog::copySecret);
    connect(m_ui->acknowledgeCheckBox, &QCheckBox::toggled, this, &SecretDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_ui->copyPushButton->setFocus();
    updateButtons();
}

SecretDialog::~SecretDialog() = default;

bool SecretDialog::isAcknowledged() const
{
    return m_ui->acknowledgeCheckBox->isChecked();
}

void SecretDialog::done(int result)
{
    // Escape and the window's close button end here, too: not before the acknowledgement.
    if (!isAcknowledged()) {
        m_ui->acknowledgeCheckBox->setFocus();
        return;
    }
    QDialog::done(result);
}

void SecretDialog::copySecret()
{
    SecretClipboard::copy(m_ui->secretPlainTextEdit->toPlainText());
    m_copied = true;
    m_ui->copyPushButton->setText(tr("Copied"));
    updateButtons();
}

void SecretDialog::updateButtons()
{
    m_ui->acknowledgeCheckBox->setEnabled(!m_mustCopy || m_copied);
    if (m_mustCopy && !m_copied)
        m_ui->acknowledgeCheckBox->setToolTip(tr("Copy the secret first: it is not stored anywhere else"));
    else
        m_ui->acknowledgeCheckBox->setToolTip({});
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(isAcknowledged());
    close->setDefault(isAcknowledged());
}
