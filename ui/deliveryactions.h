#pragma once

#include "core/webhook.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class DeliveryService;
class QAction;
class QMenu;
class QWidget;
class RegisterDialog;
class SendTestDialog;
class SimulateEventDialog;
class VerifyDeliveryDialog;
class WebhookTablePage;

// The window's delivery actions and their dialogs: "Verify delivery…" (always: it needs no
// profile), "Send test delivery…" (one registered webhook) and "Simulate event…" (the Sandbox
// environment only), and the Check URL preflight of the register dialog. Owns the
// DeliveryService that does their network work. One dialog of each kind at a time; they are
// closed when another profile opens.
class DeliveryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryActions)

public:
    DeliveryActions(ConsoleSession *session, QWidget *window);
    ~DeliveryActions() override;

    DeliveryService *service() const { return m_service; }
    QAction *verifyAction() const { return m_verifyAction; }
    QAction *sendTestAction() const { return m_sendTestAction; }
    QAction *simulateAction() const { return m_simulateAction; }
    // Sandbox only: back to the sample registrations, after a question.
    QAction *resetSandboxAction() const { return m_resetSandboxAction; }

    // The dialogs open now, or null.
    SendTestDialog *sendTestDialog() const;
    SimulateEventDialog *simulateDialog() const;

    // Open the dialog (raising the one already open). `webhookId`: the webhook preselected.
    VerifyDeliveryDialog *openVerify(const QString &webhookId = {});
    SendTestDialog *openSendTest(const Webhook &webhook);
    SimulateEventDialog *openSimulate();

    // The webhooks selected in the table (the actions act on them).
    void setSelection(const QList<Webhook> &selected);
    // Adds "Verify delivery…" and "Send test delivery…" for `selected` to a context menu.
    void addToContextMenu(QMenu *menu, const QList<Webhook> &selected);
    // Adds addToContextMenu()'s entries to the table's context menu (its contextMenuAboutToShow).
    void attachToTable(WebhookTablePage *page);
    // Gives a register dialog its "Check URL" preflight.
    void attachPreflight(RegisterDialog *dialog);
    // Closes the dialogs of a profile that is no longer open and updates the actions.
    void abandon();
    void updateActions();

private:
    void confirmResetSandbox();
    template<typename T> T *show(QPointer<T> &slot, T *dialog);

    ConsoleSession *m_session;
    QWidget *m_window;
    DeliveryService *m_service;
    QAction *m_verifyAction;
    QAction *m_sendTestAction;
    QAction *m_simulateAction;
    QAction *m_resetSandboxAction = nullptr;
    QList<Webhook> m_selection;
    QPointer<VerifyDeliveryDialog> m_verifyDialog;
    QPointer<SendTestDialog> m_sendTestDialog;
    QPointer<SimulateEventDialog> m_simulateDialog;
};
