#pragma once

#include "core/apierror.h"
#include "core/webhook.h"
#include "storage/profile.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ReplaceDialog;
}
struct RegisterOutcome;

// The guided replacement of a webhook (the API has no update call), in two steps on one dialog:
// 1. the new URL (checked as the register dialog checks it) and the events (the old ones,
//    editable); "Register Replacement" emits submitted() and leaves the dialog open;
// 2. once registered (setRegistered()), the next steps: give the receiver the new secret,
//    optionally send a test delivery, then delete the old registration (deleteOldRequested();
//    the caller asks for confirmation). Until then the old endpoint must keep answering 2xx.
class ReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaceDialog)

public:
    enum class Stage {
        NewRegistration,
        Registered,
        Done
    };

    // `existing`: the registrations of this sales unit (or partner bucket), for the counts.
    ReplaceDialog(const Profile &profile, const Webhook &old, const QList<Webhook> &existing,
                  QWidget *parent = nullptr);
    ~ReplaceDialog() override;

    Stage stage() const { return m_stage; }
    Webhook oldWebhook() const { return m_old; }
    Webhook newWebhook() const { return m_new; }
    RegisterRequest request() const;
    void setRequest(const RegisterRequest &request);
    void setExisting(const QList<Webhook> &existing);

    // Step 1: while registering nothing can be changed and the dialog cannot be closed (the
    // answer carries the new secret). showApiError() ends it and keeps what was typed.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showApiError(const ApiError &error);

    // Step 2.
    void setRegistered(const RegisterOutcome &outcome);
    // The "Send a test delivery" button shows only where sending is available.
    void setSendTestAvailable(bool available);
    void setDeleting(bool deleting);
    void setOldDeleted(); // Stage::Done
    void setDeleteFailed(const QString &message);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void submitted(const RegisterRequest &request);
    void sendTestRequested(const Webhook &newWebhook);
    void deleteOldRequested(const Webhook &oldWebhook);

private:
    void validate();
    void onAcceptClicked();
    void updateButtons();
    void showResult(bool error, const QString &text);

    std::unique_ptr<Ui::ReplaceDialog> m_ui;
    Profile m_profile;
    Webhook m_old;
    Webhook m_new;
    Stage m_stage = Stage::NewRegistration;
    bool m_busy = false;
    bool m_deleting = false;
    bool m_sendTestAvailable = false;
    QString m_urlApiError;
};
