#include "registerflow.h"

#include "core/webhookmodel.h"
#include "deletedialog.h"
#include "deleteflow.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"
#include "registerdialog.h"
#include "secretdialog.h"

#include <memory>

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
    if (!m_session->hasLoaded())
        m_dialog->setExistingUnknown(); // "0 of 25 used" would be a guess, not a count
    if (initial)
        m_dialog->setRequest(*initial);
    connect(m_dialog, &RegisterDialog::submitted, this, &RegisterFlow::submit);
    connect(m_dialog, &RegisterDialog::deleteAndRegisterAgainRequested, this,
            &RegisterFlow::deleteAndRegisterAgain);
    m_dialog->open();
}

void RegisterFlow::abandon()
{
    // The profile is no longer open: its registrations are none of this window's business now.
    m_unconfirmed.reset();
    m_retrying = false;
    if (m_deleteFlow)
        m_deleteFlow->abandon();
    if (m_dialog)
        m_dialog->reject();
}

DeleteDialog *RegisterFlow::deleteDialog() const
{
    return m_deleteFlow ? m_deleteFlow->dialog() : nullptr;
}

bool RegisterFlow::hasUnacknowledgedSecret() const
{
    return m_secretDialog && !m_secretDialog->isAcknowledged();
}

QString RegisterFlow::unconfirmedWebhookId() const
{
    return m_unconfirmed ? m_unconfirmed->id : QString();
}

void RegisterFlow::submit(const RegisterRequest &request)
{
    if (!m_session->isProduction()) {
        send(request);
        return;
    }
    // A production registration creates a live endpoint for real payment events: asked like a
    // deletion, naming the environment and the sales unit; No is the default.
    const Profile &profile = m_session->profile();
    const QString question = profile.isPartner()
        ? tr("Register %1 in PRODUCTION with partner keys, for every sales unit? It receives real payment "
             "events.")
              .arg(request.url)
        : tr("Register %1 in PRODUCTION for MSN %2? It receives real payment events.")
              .arg(request.url, profile.msn);
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window;
    MessageBoxSeam::ask(parent, QMessageBox::Warning, tr("Register in production"), question,
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                        [this, request](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Yes && m_session->isProduction())
                                send(request);
                        });
}

void RegisterFlow::send(const RegisterRequest &request)
{
    QPointer<RegisterDialog> dialog = m_dialog;
    if (dialog) {
        dialog->clearApiError();
        dialog->setBusy(true);
    }
    m_session->registerWebhook(request, this, [this, dialog, request](const Result<RegisterOutcome> &result) {
        if (!result) {
            const ApiError &error = result.error();
            if (error.unconfirmedWebhookId.isEmpty())
                m_unconfirmed.reset();
            else
                m_unconfirmed = Unconfirmed{error.unconfirmedWebhookId, request, error};
            showFailure(error);
            return;
        }
        m_unconfirmed.reset();
        if (dialog) {
            dialog->setBusy(false);
            dialog->accept();
        }
        showSecret(result.value());
        Q_EMIT registered(result.value().webhook.id);
    });
}

void RegisterFlow::showFailure(const ApiError &error, const QString &note)
{
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->showApiError(error, note);
    } else {
        Q_EMIT failed(error);
    }
}

void RegisterFlow::showSecret(const RegisterOutcome &outcome)
{
    auto *dialog = new SecretDialog(outcome, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

void RegisterFlow::deleteAndRegisterAgain()
{
    if (!m_unconfirmed || m_retrying || m_session->state() != ConsoleSession::State::Ready)
        return;
    if (m_session->isProduction()) {
        confirmDeleteUnconfirmed(*m_unconfirmed);
        return;
    }
    setDeleting();
    // Each deletion's result comes first, then the end of them all (one here).
    auto failure = std::make_shared<std::optional<ApiError>>();
    m_session->deleteWebhooks(
        {m_unconfirmed->id}, this,
        [failure](const QString &, const Result<DeleteOutcome> &result) {
            if (!result)
                *failure = result.error();
        },
        [this, failure] { onUnconfirmedDeleted(*failure); });
}

void RegisterFlow::confirmDeleteUnconfirmed(const Unconfirmed &target)
{
    if (!m_deleteFlow) {
        // Over the register dialog, which waits beneath it.
        m_deleteFlow = new DeleteFlow(m_session, m_dialog ? static_cast<QWidget *>(m_dialog) : m_window);
        connect(m_deleteFlow, &DeleteFlow::finished, this,
                [this](int deleted, int failed, const ApiError &error) {
                    onUnconfirmedDeleted(deleted > 0 && failed == 0 ? std::nullopt
                                                                    : std::optional<ApiError>(error));
                });
    }
    m_deleteFlow->start(
        {Webhook{target.id, target.request.url, target.request.events}},
        tr("<b>Registered, but the secret was not received:</b> this registration has no secret "
           "anywhere, so its deliveries cannot be verified. Once it is deleted, the same URL and "
           "events are registered again, and the new secret is stored and shown."));
    if (DeleteDialog *dialog = m_deleteFlow->dialog())
        connect(dialog, &DeleteDialog::deleteRequested, this, &RegisterFlow::setDeleting);
}

void RegisterFlow::setDeleting()
{
    m_retrying = true;
    if (m_dialog)
        m_dialog->setBusy(true, tr("Deleting the registration whose secret was lost…"));
}

void RegisterFlow::onUnconfirmedDeleted(const std::optional<ApiError> &failure)
{
    if (!m_retrying || !m_unconfirmed)
        return;
    m_retrying = false;
    if (failure) {
        // Nothing is registered again while the one without a secret may still be there.
        showFailure(m_unconfirmed->error,
                    tr("Deleting it failed (%1). Nothing was registered again.").arg(failure->summary()));
        return;
    }
    const RegisterRequest request = m_unconfirmed->request;
    m_unconfirmed.reset();
    submit(request);
}
