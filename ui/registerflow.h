#pragma once

#include "core/apierror.h"
#include "core/webhook.h"
#include "registerdialog.h"
#include "secretdialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ConsoleSession;
class DeleteDialog;
class DeleteFlow;
class QWidget;
struct RegisterOutcome;

// Register, from the dialog to the saved secret: opens the RegisterDialog, sends what it submits
// through the session, puts the API's refusal back into the dialog (nothing typed is lost), and
// on success closes it and shows "Save this secret". The secret is already in the keychain by
// then (the session stores it first).
//
// Register is never retried blindly: when a registration took effect but its answer (and so its
// secret) was lost, the dialog says so, names the id and offers "Delete It and Register Again":
// the registration without a secret is deleted through the session (in production only after
// the DeleteDialog's typed confirmation), and only once it is gone is the same request
// registered again, once.
class RegisterFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterFlow)

public:
    RegisterFlow(ConsoleSession *session, QWidget *window);

    // Opens the dialog (or raises the one already open), prefilled when `initial` is given.
    void start(const std::optional<RegisterRequest> &initial = std::nullopt);
    // Closes a dialog that belongs to a profile that is no longer open.
    void abandon();

    RegisterDialog *registerDialog() const { return m_dialog; }
    SecretDialog *secretDialog() const { return m_secretDialog; }
    // The production confirmation of "Delete It and Register Again", while it is open.
    DeleteDialog *deleteDialog() const;
    // A secret is on screen that the user has not yet acknowledged saving.
    bool hasUnacknowledgedSecret() const;

    // The registration whose secret was lost (the last register failure named it), or empty.
    QString unconfirmedWebhookId() const;
    // Deletes that registration and registers the same request again (see above). Does nothing
    // while a retry runs or when there is none.
    void deleteAndRegisterAgain();

Q_SIGNALS:
    void registered(const QString &webhookId);
    // The API refused after the dialog was closed: the window shows it in the message bar.
    void failed(const ApiError &error);

private:
    struct Unconfirmed
    {
        QString id;
        RegisterRequest request;
        ApiError error;
    };

    void submit(const RegisterRequest &request);
    void send(const RegisterRequest &request);
    void showFailure(const ApiError &error, const QString &note = {});
    void showSecret(const RegisterOutcome &outcome);
    void confirmDeleteUnconfirmed(const Unconfirmed &target);
    void setDeleting();
    // The registration without a secret is gone (or `failure` says why not): register again.
    void onUnconfirmedDeleted(const std::optional<ApiError> &failure);

    ConsoleSession *m_session;
    QWidget *m_window;
    QPointer<RegisterDialog> m_dialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<DeleteFlow> m_deleteFlow; // the production confirmation
    std::optional<Unconfirmed> m_unconfirmed;
    bool m_retrying = false; // deleting the registration without a secret, then registering again
};
