#pragma once

#include "core/webhook.h"
#include "fieldmessage.h"

#include <QDialog>

#include <memory>
#include <utility>

namespace Ui {
class EnterSecretDialog;
}
class ConsoleSession;

// "Enter secret" for a webhook registered elsewhere: a password field (with "Show the secret")
// that checks as the user types. Save emits submitted() and leaves the dialog open: the caller
// stores the secret (setBusy), then accept()s, or calls showError() and keeps what was typed.
// start() does all of that through a ConsoleSession.
class EnterSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterSecretDialog)

public:
    // `replacing`: a secret is stored already and would be replaced.
    EnterSecretDialog(const Webhook &webhook, bool replacing, QWidget *parent = nullptr);
    ~EnterSecretDialog() override;

    // Opens the dialog for `webhook` and stores what is entered through `session` (the table's
    // secret column follows); the dialog closes once the secret is stored.
    static EnterSecretDialog *start(ConsoleSession *session, const Webhook &webhook, QWidget *parent);

    QString webhookId() const { return m_webhookId; }
    QString secret() const; // without spaces at either end
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message); // ends the busy state

    // What the field says about `text`; Error means it cannot be saved.
    static std::pair<FieldSeverity, QString> checkSecret(const QString &text);

public Q_SLOTS:
    void reject() override; // not while the keychain works

Q_SIGNALS:
    void submitted(const QString &secret);

private:
    void validate();
    void onSaveClicked();

    std::unique_ptr<Ui::EnterSecretDialog> m_ui;
    QString m_webhookId;
    bool m_replacing = false;
    bool m_busy = false;
};
