#include "replaceflow.h"

#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "deleteflow.h"
#include "operations/consolesession.h"
#include "replacedialog.h"
#include "secretdialog.h"

ReplaceFlow::ReplaceFlow(ConsoleSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    // The counts of an open dialog follow each refresh.
    connect(m_session, &ConsoleSession::refreshed, this, [this] {
        if (m_dialog && m_dialog->stage() == ReplaceDialog::Stage::NewRegistration)
            m_dialog->setExisting(m_session->model()->webhooks());
    });
}

void ReplaceFlow::start(const Webhook &old)
{
    if (!m_session->hasProfile() || m_session->state() != ConsoleSession::State::Ready)
        return;
    if (m_dialog) {
        if (m_dialog->oldWebhook().id == old.id || m_dialog->isBusy()) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->reject();
    }
    m_dialog = new ReplaceDialog(m_session->profile(), old, m_session->model()->webhooks(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSendTestAvailable(bool(m_sendTest));
    connect(m_dialog, &ReplaceDialog::submitted, this, &ReplaceFlow::submit);
    connect(m_dialog, &ReplaceDialog::deleteOldRequested, this, &ReplaceFlow::confirmDeleteOld);
    connect(m_dialog, &ReplaceDialog::sendTestRequested, this, [this](const Webhook &webhook) {
        if (m_sendTest)
            m_sendTest(webhook, m_dialog);
    });
    m_deleteFlow = new DeleteFlow(m_session, m_dialog);
    connect(m_deleteFlow, &DeleteFlow::finished, this,
            [this](int deleted, int failed, const ApiError &error) {
                if (!m_dialog)
                    return;
                if (deleted > 0 && failed == 0) {
                    const QString oldId = m_dialog->oldWebhook().id;
                    m_dialog->setOldDeleted();
                    Q_EMIT oldDeleted(oldId);
                } else {
                    m_dialog->setDeleteFailed(error.summary());
                }
            });
    m_dialog->open();
}

void ReplaceFlow::abandon()
{
    if (m_dialog && !m_dialog->isBusy()) {
        if (m_deleteFlow)
            m_deleteFlow->abandon();
        m_dialog->reject();
    }
}

void ReplaceFlow::setSendTestHandler(SendTestHandler handler)
{
    m_sendTest = std::move(handler);
    if (m_dialog)
        m_dialog->setSendTestAvailable(bool(m_sendTest));
}

ReplaceDialog *ReplaceFlow::dialog() const
{
    return m_dialog;
}

SecretDialog *ReplaceFlow::secretDialog() const
{
    return m_secretDialog;
}

DeleteDialog *ReplaceFlow::deleteDialog() const
{
    return m_deleteFlow ? m_deleteFlow->dialog() : nullptr;
}

bool ReplaceFlow::hasUnacknowledgedSecret() const
{
    return m_secretDialog && !m_secretDialog->isAcknowledged();
}

void ReplaceFlow::submit(const RegisterRequest &request)
{
    QPointer<ReplaceDialog> dialog = m_dialog;
    if (dialog)
        dialog->setBusy(true);
    m_session->registerWebhook(request, this, [this, dialog](const Result<RegisterOutcome> &result) {
        if (!result) {
            if (dialog)
                dialog->showApiError(result.error());
            return;
        }
        if (dialog) {
            dialog->setRegistered(result.value());
            m_session->recordChange(HistoryEntry::Action::Replace, result.value().webhook.id,
                                    tr("replaces %1").arg(dialog->oldWebhook().id));
        }
        showSecret(result.value());
        Q_EMIT registered(result.value().webhook.id);
    });
}

void ReplaceFlow::showSecret(const RegisterOutcome &outcome)
{
    // Over the replace dialog, when it is still there: the secret comes first.
    auto *dialog = new SecretDialog(outcome, m_dialog ? static_cast<QWidget *>(m_dialog) : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

void ReplaceFlow::confirmDeleteOld(const Webhook &old)
{
    if (!m_deleteFlow || !m_dialog)
        return;
    // The DeleteDialog is the confirmation (the typed MSN in production); nothing goes without it.
    m_deleteFlow->start({old},
                        tr("<b>Replacing:</b> delete the old registration only once your receiver has the "
                           "new secret and deliveries reach the new URL. Until it is deleted, the old "
                           "endpoint must keep answering 2xx: Vipps MobilePay may treat a failing endpoint "
                           "as an incident."));
    if (DeleteDialog *dialog = m_deleteFlow->dialog())
        connect(dialog, &DeleteDialog::deleteRequested, m_dialog, [this] {
            if (m_dialog)
                m_dialog->setDeleting(true);
        });
}
