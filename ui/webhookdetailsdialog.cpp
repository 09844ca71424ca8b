#include "webhookdetailsdialog.h"
#include "ui_webhookdetailsdialog.h"

#include "core/eventcatalog.h"
#include "core/retryschedule.h"
#include "core/webhookmodel.h"
#include "dialogbuttons.h"
#include "entersecretdialog.h"
#include "filedialogseam.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"
#include "secretclipboard.h"
#include "secretfile.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>

WebhookDetailsDialog::WebhookDetailsDialog(ConsoleSession *session, const Webhook &webhook, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WebhookDetailsDialog>()), m_session(session),
      m_webhook(webhook)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Webhook %1").arg(webhook.id));

    m_ui->urlLineEdit->setText(webhook.url);
    m_ui->urlLineEdit->setCursorPosition(0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->idLineEdit->setText(webhook.id);
    m_ui->idLineEdit->setFont(fixed);
    m_ui->secretLineEdit->setFont(fixed);
    m_ui->secretLineEdit->setContextMenuPolicy(Qt::NoContextMenu);

    const EventCatalog &catalog = EventCatalog::instance();
    for (const QString &type : webhook.events) {
        auto *item = new QTreeWidgetItem(m_ui->eventsTreeWidget);
        const std::optional<EventType> known = catalog.find(type);
        item->setText(0, known ? catalog.productName(known->productId) : tr("Unknown"));
        item->setText(1, known ? catalog.displayName(type) : tr("(not in this version's catalogue)"));
        item->setText(2, type);
        item->setToolTip(2, type);
    }
    m_ui->eventsTreeWidget->header()->setStretchLastSection(true);
    for (int column : {0, 1}) {
        m_ui->eventsTreeWidget->resizeColumnToContents(column);
        m_ui->eventsTreeWidget->setColumnWidth(column, m_ui->eventsTreeWidget->columnWidth(column) + 24);
    }
    m_ui->eventsLabel->setText(tr("Events (%n):", nullptr, int(webhook.events.size())));
    m_ui->whenFailingLabel->setText(RetrySchedule::explanation(QDateTime::currentDateTime()));

    m_sendTestButton = m_ui->buttonBox->addButton(tr("Send &Test Delivery…"), QDialogButtonBox::ActionRole);
    m_sendTestButton->setObjectName(QStringLiteral("sendTestPushButton"));
    m_sendTestButton->setAutoDefault(false);
    m_sendTestButton->setToolTip(
        tr("Send a simulated delivery, signed with the stored secret, to this webhook's URL"));
    m_replaceButton = m_ui->buttonBox->addButton(tr("Re&place…"), QDialogButtonBox::ActionRole);
    m_replaceButton->setObjectName(QStringLiteral("replacePushButton"));
    m_replaceButton->setAutoDefault(false);
    m_replaceButton->setToolTip(tr("Register a new webhook in place of this one and delete this one when you "
                                   "are ready (the API cannot change a registration)"));
    DialogButtons::keepTabOrder(m_ui->buttonBox);
    m_ui->revealPushButton->setToolTip(tr("Show the stored secret in this dialog"));
    m_ui->copyPushButton->setToolTip(tr("Copy the stored secret; the clipboard is cleared after %n second(s)",
                                        nullptr, SecretClipboard::clearDelayMs() / 1000));
    m_ui->exportPushButton->setToolTip(tr("Write the secret to a file, in clear text"));
    m_ui->removeSecretPushButton->setToolTip(
        tr("Delete the secret from this computer's keychain; the webhook "
           "stays registered"));
    m_ui->enterSecretPushButton->setToolTip(tr("Store the secret of a webhook registered elsewhere, so its "
                                               "deliveries can be verified here"));

    connect(m_ui->revealPushButton, &QPushButton::clicked, this, &WebhookDetailsDialog::toggleReveal);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &WebhookDetailsDialog::copySecret);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &WebhookDetailsDialog::exportSecret);
    connect(m_ui->removeSecretPushButton, &QPushButton::clicked, this, &WebhookDetailsDialog::removeSecret);
    connect(m_ui->enterSecretPushButton, &QPushButton::clicked, this, &WebhookDetailsDialog::enterSecret);
    connect(m_sendTestButton, &QPushButton::clicked, this, [this] { Q_EMIT sendTestRequested(m_webhook); });
    connect(m_replaceButton, &QPushButton::clicked, this, [this] {
        Q_EMIT replaceRequested(m_webhook);
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &ConsoleSession::secretsChanged, this, &WebhookDetailsDialog::updateSecretState);
    connect(m_session, &ConsoleSession::refreshed, this, &WebhookDetailsDialog::updateSecretState);
    // The details belong to the profile they were opened in.
    connect(m_session, &ConsoleSession::profileChanged, this, &QDialog::reject);
    updateSecretState();
}

WebhookDetailsDialog::~WebhookDetailsDialog() = default;

bool WebhookDetailsDialog::isSecretRevealed() const
{
    return !m_ui->secretLineEdit->isHidden();
}

void WebhookDetailsDialog::updateSecretState()
{
    const bool stored = m_session->hasSecret(m_webhook.id);
    const bool listed = m_session->model()->rowOf(m_webhook.id) >= 0;
    QString status;
    if (stored && m_session->isSecretInMemory(m_webhook.id)) {
        status = tr("Kept in memory for this sandbox session (no keychain is available).");
    } else if (stored) {
        status = tr("Stored in this computer's keychain.");
    } else {
        status = tr("Not stored on this machine. The API returns a secret only once, at registration: if you "
                    "have it, enter it; otherwise replace the webhook to get a new secret.");
    }
    if (!listed && m_session->hasLoaded())
        status += QLatin1Char(' ') + tr("This webhook is no longer in the list.");
    m_ui->secretStatusLabel->setText(status);

    if (!stored && isSecretRevealed()) {
        m_ui->secretLineEdit->clear();
        m_ui->secretLineEdit->hide();
    }
    m_ui->revealPushButton->setText(isSecretRevealed() ? tr("&Hide") : tr("&Reveal"));
    for (QPushButton *button : {m_ui->revealPushButton, m_ui->copyPushButton, m_ui->exportPushButton,
                                m_ui->removeSecretPushButton}) {
        button->setVisible(stored);
        button->setEnabled(!m_working);
    }
    m_ui->enterSecretPushButton->setVisible(!stored && listed);
    m_ui->enterSecretPushButton->setEnabled(!m_working);
    const bool ready = listed && m_session->state() == ConsoleSession::State::Ready;
    m_replaceButton->setEnabled(ready);
    m_sendTestButton->setEnabled(ready);
}

void WebhookDetailsDialog::setWorking(bool working)
{
    m_working = working;
    updateSecretState();
}

void WebhookDetailsDialog::showVaultMessage(FieldSeverity severity, const QString &text)
{
    FieldMessage::show(m_ui->vaultStatusLabel, severity, text);
}

void WebhookDetailsDialog::confirmInProduction(const QString &title, const QString &question,
                                               std::function<void()> proceed)
{
    if (!m_session->isProduction()) {
        proceed();
        return;
    }
    MessageBoxSeam::ask(this, QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::No,
                        QMessageBox::No, this,
                        [proceed = std::move(proceed)](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Yes)
                                proceed();
                        });
}

void WebhookDetailsDialog::withSecret(std::function<void(const QString &secret)> use)
{
    setWorking(true);
    showVaultMessage(FieldSeverity::Info, tr("Reading the secret from the keychain…"));
    m_session->readWebhookSecret(
        m_webhook.id, this, [this, use = std::move(use)](const Result<QString, KeychainError> &result) {
            setWorking(false);
            if (!result) {
                showVaultMessage(FieldSeverity::Error,
                                 tr("The keychain did not give the secret: %1").arg(result.error().message));
                return;
            }
            showVaultMessage(FieldSeverity::None, {});
            use(result.value());
        });
}

void WebhookDetailsDialog::toggleReveal()
{
    if (isSecretRevealed()) {
        m_ui->secretLineEdit->clear();
        m_ui->secretLineEdit->hide();
        updateSecretState();
        return;
    }
    confirmInProduction(
        tr("Reveal Secret"),
        tr("Show the secret of this production webhook on screen? Anyone who sees it can make "
           "deliveries that your receiver accepts as genuine."),
        [this] {
            withSecret([this](const QString &secret) {
                m_session->recordChange(HistoryEntry::Action::SecretRevealed, m_webhook.id,
                                        tr("shown on screen"));
                m_ui->secretLineEdit->setText(secret);
                m_ui->secretLineEdit->setCursorPosition(0);
                m_ui->secretLineEdit->show();
                updateSecretState();
            });
        });
}

void WebhookDetailsDialog::copySecret()
{
    confirmInProduction(
        tr("Copy Secret"),
        tr("Copy the secret of this production webhook to the clipboard? Anyone who has it can make "
           "deliveries that your receiver accepts as genuine."),
        [this] {
            withSecret([this](const QString &secret) {
                m_session->recordChange(HistoryEntry::Action::SecretRevealed, m_webhook.id,
                                        tr("copied to the clipboard"));
                SecretClipboard::copy(secret);
                showVaultMessage(FieldSeverity::Ok,
                                 tr("Copied. The clipboard is cleared in %n second(s).", nullptr,
                                    SecretClipboard::clearDelayMs() / 1000));
            });
        });
}

void WebhookDetailsDialog::enterSecret()
{
    EnterSecretDialog::start(m_session, m_webhook, this);
}

void WebhookDetailsDialog::exportSecret()
{
    MessageBoxSeam::ask(
        this, QMessageBox::Warning, tr("Export Secret"),
        tr("The file will hold the secret of this webhook in clear text, readable by anyone who can read "
           "the file. With it, anyone can make deliveries that your receiver accepts as genuine.\n\n"
           "Keep the file only as long as you need it, and never in a shared folder, a backup or version "
           "control. Export anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            FileDialogSeam::askSaveFileName(
                this, tr("Export Secret"), QStringLiteral("webhook-secret-%1.txt").arg(m_webhook.id),
                tr("Text files (*.txt);;All files (*)"), this, [this](const QString &fileName) {
                    if (!fileName.isEmpty())
                        writeExport(fileName);
                });
        });
}

void WebhookDetailsDialog::writeExport(const QString &fileName)
{
    withSecret([this, fileName](const QString &secret) {
        if (const auto problem = SecretFile::write(fileName, secret)) {
            showVaultMessage(FieldSeverity::Error, *problem);
            return;
        }
        // The file name says where it went; the secret itself never reaches the history.
        m_session->recordChange(HistoryEntry::Action::SecretExported, m_webhook.id,
                                QDir::toNativeSeparators(fileName));
        showVaultMessage(FieldSeverity::Warning,
                         tr("Exported to %1, readable by you only. The file holds the secret in clear text: "
                            "delete it when you no longer need it.")
                             .arg(QDir::toNativeSeparators(fileName)));
    });
}

void WebhookDetailsDialog::removeSecret()
{
    MessageBoxSeam::ask(
        this, QMessageBox::Warning, tr("Remove Stored Secret"),
        tr("Remove the secret of this webhook from this computer? The webhook stays registered with Vipps "
           "MobilePay, but this console can no longer verify its deliveries or sign test deliveries. The API "
           "never shows a secret again: you can only enter it again if you have it elsewhere."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            setWorking(true);
            m_session->removeWebhookSecret(
                m_webhook.id, this, [this](const Result<Done, KeychainError> &result) {
                    setWorking(false);
                    if (!result) {
                        showVaultMessage(
                            FieldSeverity::Error,
                            tr("The keychain did not remove the secret: %1").arg(result.error().message));
                        return;
                    }
                    m_session->recordChange(HistoryEntry::Action::SecretRemoved, m_webhook.id);
                    showVaultMessage(FieldSeverity::Ok,
                                     tr("The stored secret was removed from this computer."));
                });
        });
}
