#pragma once

#include "core/apierror.h"
#include "core/webhook.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ConsoleSession;
class DeleteDialog;
class DeleteFlow;
class QWidget;
class ReplaceDialog;
class SecretDialog;
struct RegisterOutcome;

// "Replace…", from the new URL to the old registration's deletion: opens the ReplaceDialog
// prefilled with the old URL and events, registers the new webhook through the session (its
// secret is stored at once and shown in the "Save this secret" dialog), offers a test delivery
// where one can be sent, and deletes the old registration only through the DeleteDialog's
// confirmation (the typed MSN in production), which repeats the reminder that the old
// endpoint must keep answering 2xx until then. Cancelling keeps both registrations.
class ReplaceFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaceFlow)

public:
    // Sends a test delivery to a webhook (the delivery work's dialog); `parent` for its window.
    using SendTestHandler = std::function<void(const Webhook &webhook, QWidget *parent)>;

    ReplaceFlow(ConsoleSession *session, QWidget *window);

    // Opens the dialog for `old` (or raises the one already open for it).
    void start(const Webhook &old);
    // Closes the dialogs of a profile that is no longer open (not while a call runs).
    void abandon();

    // The hook for "Send a test delivery": the button shows only once a handler is set.
    void setSendTestHandler(SendTestHandler handler);

    ReplaceDialog *dialog() const;
    SecretDialog *secretDialog() const;
    DeleteDialog *deleteDialog() const;
    // A new secret is on screen that the user has not yet acknowledged saving.
    bool hasUnacknowledgedSecret() const;

Q_SIGNALS:
    void registered(const QString &newWebhookId);
    void oldDeleted(const QString &oldWebhookId);

private:
    void submit(const RegisterRequest &request);
    void showSecret(const RegisterOutcome &outcome);
    void confirmDeleteOld(const Webhook &old);

    ConsoleSession *m_session;
    QWidget *m_window;
    QPointer<ReplaceDialog> m_dialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<DeleteFlow> m_deleteFlow;
    SendTestHandler m_sendTest;
};
