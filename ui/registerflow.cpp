#include "registerflow.h"

#include "consolesession.h"
#include "core/webhookmodel.h"
#include "registerdialog.h"
#include "secretdialog.h"

RegisterFlow::RegisterFlow(ConsoleSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    // An open dialog's counts and duplicate warnings follow every refresh.
    connect(m_session, &ConsoleSession::refreshed, this, [this] {
        if (m_dialog)
            m_dialog->setExisting(m_session->model()->webhooks());
    });
}

void RegisterFlow::start(const std::optional<RegisterRequest> &initial)
{
    if (!m_session->hasProfile() || m_session->state() != ConsoleSession::State::Ready)
        return;
    if (m_dialog) {
        if (initial)
            m_dialog->setRequest(*initial);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new RegisterDialog(m_session->profile(), m_session->model()->webhooks(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (initial)
        m_dialog->setRequest(*initial);
    connect(m_dialog, &RegisterDialog::submitted, this, &RegisterFlow::submit);
    m_dialog->open();
}

void RegisterFlow::abandon()
{
    if (m_dialog)
        m_dialog->reject();
}

bool RegisterFlow::hasUnacknowledgedSecret() const
{
    return m_secretDialog && !m_secretDialog->isAcknowledged();
}

void RegisterFlow::submit(const RegisterRequest &request)
{
    QPointer<RegisterDialog> dialog = m_dialog;
    if (dialog)
        dialog->setBusy(true);
    m_session->registerWebhook(request, this, [this, dialog](const Result<RegisterOutcome> &result) {
        if (!result) {
            if (dialog) {
                dialog->setBusy(false);
                dialog->showApiError(result.error());
            } else {
                Q_EMIT failed(result.error());
            }
            return;
        }
        if (dialog) {
            dialog->setBusy(false);
            dialog->accept();
        }
        showSecret(result.value());
        Q_EMIT registered(result.value().webhook.id);
    });
}

void RegisterFlow::showSecret(const RegisterOutcome &outcome)
{
    auto *dialog = new SecretDialog(outcome, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}
