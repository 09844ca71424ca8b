#pragma once

#include "core/webhook.h"
#include "fieldmessage.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class WebhookDetailsDialog;
}
class ConsoleSession;
class QPushButton;

// Everything known about one registration: URL, id, every event (display name and raw type) and
// its secret on this machine, with the vault's actions: Reveal and Copy (behind a confirmation
// in production; a copy carries the password-manager hint and is cleared after 30 s), Export to
// a file (only after a plain warning; 0600), Remove, and Enter for a webhook registered
// elsewhere. "Replace…" hands over to the guided replacement (the API has no update call);
// "Send Test Delivery…" asks the window for a signed test delivery to this webhook.
class WebhookDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDetailsDialog)

public:
    WebhookDetailsDialog(ConsoleSession *session, const Webhook &webhook, QWidget *parent = nullptr);
    ~WebhookDetailsDialog() override;

    Webhook webhook() const { return m_webhook; }
    bool isSecretRevealed() const;

Q_SIGNALS:
    void replaceRequested(const Webhook &webhook);
    void sendTestRequested(const Webhook &webhook);

private:
    void updateSecretState();
    void toggleReveal();
    void copySecret();
    void enterSecret();
    void exportSecret();
    void writeExport(const QString &fileName);
    void removeSecret();
    // In production asks `question` first (through MessageBoxSeam); elsewhere goes ahead.
    void confirmInProduction(const QString &title, const QString &question, std::function<void()> proceed);
    // Reads the stored secret, then `use`s it; a failure is shown beside the buttons.
    void withSecret(std::function<void(const QString &secret)> use);
    void showVaultMessage(FieldSeverity severity, const QString &text);
    void setWorking(bool working);

    std::unique_ptr<Ui::WebhookDetailsDialog> m_ui;
    ConsoleSession *m_session;
    Webhook m_webhook;
    QPushButton *m_replaceButton;
    QPushButton *m_sendTestButton;
    bool m_working = false;
};
