#include "vaultactions.h"

#include "operations/consolesession.h"
#include "orphanedsecretsdialog.h"
#include "replaceflow.h"
#include "webhookdetailsdialog.h"
#include "webhooktablepage.h"

VaultActions::VaultActions(ConsoleSession *session, WebhookTablePage *table, QWidget *window)
    : QObject(window), m_session(session), m_table(table), m_window(window),
      m_replaceFlow(new ReplaceFlow(session, window))
{
    connect(m_table, &WebhookTablePage::detailsRequested, this, &VaultActions::openDetails);
    connect(m_table, &WebhookTablePage::replaceRequested, m_replaceFlow, &ReplaceFlow::start);
    connect(m_table, &WebhookTablePage::orphansRequested, this, &VaultActions::openOrphans);
    connect(m_session, &ConsoleSession::secretsChanged, this,
            [this] { m_table->setOrphanCount(int(m_session->orphanSecretIds().size())); });
    connect(m_session, &ConsoleSession::refreshed, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_table->selectWebhook(m_pendingSelection))
            m_pendingSelection.clear();
    });
    connect(m_replaceFlow, &ReplaceFlow::registered, this, [this](const QString &id) {
        m_pendingSelection = id;
        m_table->setFilterText({});
        if (m_table->selectWebhook(id))
            m_pendingSelection.clear();
        Q_EMIT statusMessage(
            tr("Replacement registered. Delete the old registration when deliveries reach the new URL."),
            8000);
    });
    connect(m_replaceFlow, &ReplaceFlow::oldDeleted, this, [this] {
        Q_EMIT statusMessage(tr("The old registration is deleted: the webhook is replaced."), 5000);
    });
}

WebhookDetailsDialog *VaultActions::openDetails(const Webhook &webhook)
{
    auto *dialog = new WebhookDetailsDialog(m_session, webhook, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDetailsDialog::replaceRequested, m_replaceFlow, &ReplaceFlow::start);
    connect(dialog, &WebhookDetailsDialog::sendTestRequested, this, &VaultActions::sendTestRequested);
    dialog->show();
    return dialog;
}

OrphanedSecretsDialog *VaultActions::openOrphans()
{
    if (!m_orphansDialog) {
        m_orphansDialog = new OrphanedSecretsDialog(m_session, m_window);
        m_orphansDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_orphansDialog->show();
    m_orphansDialog->raise();
    m_orphansDialog->activateWindow();
    return m_orphansDialog;
}

OrphanedSecretsDialog *VaultActions::orphansDialog() const
{
    return m_orphansDialog;
}

void VaultActions::abandon()
{
    m_pendingSelection.clear();
    m_replaceFlow->abandon();
}

bool VaultActions::hasUnacknowledgedSecret() const
{
    return m_replaceFlow->hasUnacknowledgedSecret();
}
