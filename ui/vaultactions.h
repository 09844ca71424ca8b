#pragma once

#include "core/webhook.h"

#include <QObject>
#include <QPointer>

class ConsoleSession;
class OrphanedSecretsDialog;
class QWidget;
class ReplaceFlow;
class WebhookDetailsDialog;
class WebhookTablePage;

// The window's part of the secret vault and the guided replacement: the details dialog (with
// Reveal, Copy, Enter, Export and Remove of the stored secret), the line under the table about
// orphaned secrets and their dialog, and "Replace…" from the context menu or the details.
class VaultActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultActions)

public:
    VaultActions(ConsoleSession *session, WebhookTablePage *table, QWidget *window);

    ReplaceFlow *replaceFlow() const { return m_replaceFlow; }
    WebhookDetailsDialog *openDetails(const Webhook &webhook);
    OrphanedSecretsDialog *openOrphans();
    OrphanedSecretsDialog *orphansDialog() const;

    // Closes what belongs to a profile that is no longer open.
    void abandon();
    // A new secret is on screen that the user has not yet acknowledged saving.
    bool hasUnacknowledgedSecret() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // "Send Test Delivery…" in the details of `webhook` (the window's delivery actions answer it).
    void sendTestRequested(const Webhook &webhook);

private:
    ConsoleSession *m_session;
    WebhookTablePage *m_table;
    QWidget *m_window;
    ReplaceFlow *m_replaceFlow;
    QPointer<OrphanedSecretsDialog> m_orphansDialog;
    QString m_pendingSelection; // a replacement's new id, selected once it is listed
};
