#include "entersecretdialog.h"
#include "ui_entersecretdialog.h"

#include "operations/consolesession.h"

#include <QFontDatabase>
#include <QPointer>
#include <QPushButton>

namespace {
// Shorter than any secret Vipps MobilePay issues is most likely half a paste.
constexpr int ShortSecret = 16;
} // namespace

EnterSecretDialog::EnterSecretDialog(const Webhook &webhook, bool replacing, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnterSecretDialog>()), m_webhookId(webhook.id),
      m_replacing(replacing)
{
    m_ui->setupUi(this);
    m_ui->webhookLabel->setText(tr("Webhook %1\nURL %2").arg(webhook.id, webhook.url));
    m_ui->secretLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("S&tore Secret"));

    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &EnterSecretDialog::validate);
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnterSecretDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnterSecretDialog::reject);
    validate();
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
}

EnterSecretDialog::~EnterSecretDialog() = default;

EnterSecretDialog *EnterSecretDialog::start(ConsoleSession *session, const Webhook &webhook, QWidget *parent)
{
    auto *dialog = new EnterSecretDialog(webhook, session->hasSecret(webhook.id), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnterSecretDialog::submitted, dialog, [session, dialog](const QString &secret) {
        dialog->setBusy(true);
        session->storeWebhookSecret(
            dialog->webhookId(), secret, dialog,
            [session, dialog](const Result<Done, KeychainError> &result) {
                if (!result) {
                    dialog->showError(
                        tr("The keychain did not store the secret: %1").arg(result.error().message));
                    return;
                }
                session->recordChange(HistoryEntry::Action::SecretEntered, dialog->webhookId());
                dialog->setBusy(false);
                dialog->accept();
            });
    });
    dialog->open();
    return dialog;
}

QString EnterSecretDialog::secret() const
{
    return m_ui->secretLineEdit->text().trimmed();
}

std::pair<FieldSeverity, QString> EnterSecretDialog::checkSecret(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {FieldSeverity::Info,
                tr("Paste the secret exactly as Vipps MobilePay returned it at registration.")};
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return {FieldSeverity::Error,
                    tr("A secret is one line of text: remove the line breaks and control characters.")};
        if (c.isSpace())
            return {FieldSeverity::Error,
                    tr("A secret has no spaces inside: check that you pasted only the secret.")};
    }
    QStringList warnings;
    if (trimmed.size() != text.size())
        warnings << tr("The spaces at the start or end are left out.");
    if (trimmed.size() < ShortSecret)
        warnings << tr("Only %n character(s): check that you copied all of it.", nullptr,
                       int(trimmed.size()));
    if (!warnings.isEmpty())
        return {FieldSeverity::Warning, warnings.join(QLatin1Char(' '))};
    return {FieldSeverity::Ok, tr("%n character(s).", nullptr, int(trimmed.size()))};
}

void EnterSecretDialog::validate()
{
    auto [severity, message] = checkSecret(m_ui->secretLineEdit->text());
    if (m_replacing && severity != FieldSeverity::Error)
        message += QLatin1Char(' ') + tr("This replaces the secret stored on this machine.");
    FieldMessage::show(m_ui->secretStatusLabel, severity, message);
    const bool valid = !secret().isEmpty() && severity != FieldSeverity::Error;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid && !m_busy);
}

void EnterSecretDialog::onSaveClicked()
{
    validate();
    if (m_busy || !m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    Q_EMIT submitted(secret());
}

void EnterSecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->secretLineEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        FieldMessage::show(m_ui->secretStatusLabel, FieldSeverity::Info,
                           tr("Storing the secret in the keychain…"));
    else
        validate();
}

void EnterSecretDialog::showError(const QString &message)
{
    setBusy(false);
    FieldMessage::show(m_ui->secretStatusLabel, FieldSeverity::Error, message);
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
}

void EnterSecretDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}
