#pragma once

#include "core/webhook.h"
#include "registerdialog.h"
#include "secretdialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiError;
class ConsoleSession;
class QWidget;
struct RegisterOutcome;

// Register, from the dialog to the saved secret: opens the RegisterDialog, sends what it submits
// through the session, puts the API's refusal back into the dialog (nothing typed is lost), and
// on success closes it and shows "Save this secret". The secret is already in the keychain by
// then (the session stores it first).
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
    // A secret is on screen that the user has not yet acknowledged saving.
    bool hasUnacknowledgedSecret() const;

Q_SIGNALS:
    void registered(const QString &webhookId);
    // The API refused after the dialog was closed: the window shows it in the message bar.
    void failed(const ApiError &error);

private:
    void submit(const RegisterRequest &request);
    void showSecret(const RegisterOutcome &outcome);

    ConsoleSession *m_session;
    QWidget *m_window;
    QPointer<RegisterDialog> m_dialog;
    QPointer<SecretDialog> m_secretDialog;
};
