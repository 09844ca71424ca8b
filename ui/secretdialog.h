#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SecretDialog;
}
struct RegisterOutcome;

// "Save this secret": shows a new webhook's secret once, with Copy (password-manager hint,
// cleared from the clipboard after 30 s). It closes only after "I have saved this secret" is
// checked; when the keychain refused the secret, it says so and asks for Copy first.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    explicit SecretDialog(const RegisterOutcome &outcome, QWidget *parent = nullptr);
    ~SecretDialog() override;

    bool isAcknowledged() const;
    bool wasCopied() const { return m_copied; }
    QString webhookId() const { return m_webhookId; }

public Q_SLOTS:
    void done(int result) override;

private:
    void copySecret();
    void updateButtons();

    std::unique_ptr<Ui::SecretDialog> m_ui;
    QString m_webhookId;
    bool m_mustCopy = false;
    bool m_copied = false;
};
