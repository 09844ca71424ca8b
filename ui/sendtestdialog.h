#pragma once

#include "core/result.h"
#include "core/webhook.h"
#include "delivery/testdeliverysender.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class SendTestDialog;
}
class ConsoleSession;
class DeliveryService;
class QPushButton;

// "Send test delivery" for one registered webhook: choose one of its event types, and a
// simulated delivery (a sample payload signed with the webhook's stored secret exactly as
// Vipps MobilePay signs, marked X-Webhook-Console-Test: true) is POSTed to its URL. Shows the
// status code, the time taken, the start of the answer and what was sent. Labelled as simulated
// everywhere. Never blocks: the request runs in the DeliveryService, tied to this dialog;
// Cancel, closing the dialog or destroying it aborts it.
//
// Without a stored secret nothing can be signed: the dialog says so and offers "Enter secret…"
// when the window provides it (setEnterSecretAvailable), else explains the way out.
class SendTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestDialog)

public:
    enum class State {
        Idle,
        Sending,
        Answered,
        Failed,
        Cancelled
    };

    SendTestDialog(DeliveryService *service, const Webhook &webhook, QWidget *parent = nullptr);
    ~SendTestDialog() override;

    const Webhook &webhook() const { return m_webhook; }
    // Chooses the event type to send; false when the webhook does not have it.
    bool setEventType(const QString &eventType);
    QString eventType() const;

    // The window can take a secret for this webhook ("Enter secret…" is shown when none is stored).
    void setEnterSecretAvailable(bool available);

    void send();
    void cancel();
    State state() const { return m_state; }
    bool isSending() const { return !m_run.isNull(); }
    // The last answer, when one came.
    const std::optional<TestDeliveryResult> &result() const { return m_result; }

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void enterSecretRequested(const QString &webhookId);
    void deliveryFinished(bool success); // an answer came (success: 2xx) or the delivery failed

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAnswer(const Result<TestDeliveryResult> &answer);
    void showStatus(State state, const QString &text);
    void updateSecretState();
    void retranslate();

    std::unique_ptr<Ui::SendTestDialog> m_ui;
    QPointer<DeliveryService> m_service; // may go first when the window closes
    ConsoleSession *m_session;
    Webhook m_webhook;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_enterSecretButton = nullptr;
    QPointer<QObject> m_run; // the context of the delivery in flight
    State m_state = State::Idle;
    std::optional<TestDeliveryResult> m_result;
    bool m_enterSecretAvailable = false;
};
