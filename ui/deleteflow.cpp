#include "deleteflow.h"

#include "deletedialog.h"
#include "operations/consolesession.h"

#include <memory>

namespace {

// What one row of the dialog says about a failure: short, the id is on the row already.
QString rowMessage(const ApiError &error)
{
    QString text = error.detail.isEmpty() ? error.title : error.detail;
    if (text.isEmpty())
        return error.summary();
    if (error.httpStatus > 0)
        text = DeleteFlow::tr("%1 (HTTP %2)").arg(text).arg(error.httpStatus);
    return text;
}

} // namespace

DeleteFlow::DeleteFlow(ConsoleSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{ }

void DeleteFlow::start(const QList<Webhook> &webhooks, const QString &note)
{
    if (webhooks.isEmpty() || !m_session->hasProfile() || m_session->state() != ConsoleSession::State::Ready)
        return;
    if (m_dialog) {
        if (m_running) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->reject();
    }
    m_dialog = new DeleteDialog(m_session->profile(), webhooks, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setNote(note);
    connect(m_dialog, &DeleteDialog::deleteRequested, this, &DeleteFlow::run);
    m_dialog->open();
}

void DeleteFlow::abandon()
{
    if (m_dialog && !m_running)
        m_dialog->reject();
}

void DeleteFlow::run(const QStringList &ids)
{
    if (m_running)
        return;
    m_running = true;
    QPointer<DeleteDialog> dialog = m_dialog;
    if (dialog)
        dialog->setRunning();

    struct Tally
    {
        int deleted = 0;
        int failed = 0;
        ApiError lastError;
    };
    auto tally = std::make_shared<Tally>();
    m_session->deleteWebhooks(
        ids, this,
        [dialog, tally](const QString &id, const Result<DeleteOutcome> &result) {
            if (result) {
                ++tally->deleted;
                if (dialog)
                    dialog->setRowResult(id,
                                         result.value().alreadyGone ? DeleteDialog::RowResult::AlreadyGone
                                                                    : DeleteDialog::RowResult::Deleted);
            } else {
                ++tally->failed;
                tally->lastError = result.error();
                if (dialog)
                    dialog->setRowResult(id, DeleteDialog::RowResult::Failed, rowMessage(result.error()));
            }
        },
        [this, dialog, tally] {
            m_running = false;
            if (dialog)
                dialog->setFinished();
            Q_EMIT finished(tally->deleted, tally->failed, tally->lastError);
        });
}
