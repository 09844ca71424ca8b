#pragma once

#include "core/apierror.h"
#include "core/webhook.h"
#include "deletedialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class QWidget;

// Delete, from the confirmation to each result: opens the DeleteDialog for the selected rows,
// runs the deletions through the session one by one and shows each result in its row.
class DeleteFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteFlow)

public:
    DeleteFlow(ConsoleSession *session, QWidget *window);

    // `note`: shown above the confirmation (DeleteDialog::setNote).
    void start(const QList<Webhook> &webhooks, const QString &note = {});
    void abandon();
    DeleteDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // All deletions asked for have ended. `lastError` is set when any failed.
    void finished(int deleted, int failed, const ApiError &lastError);

private:
    void run(const QStringList &ids);

    ConsoleSession *m_session;
    QWidget *m_window;
    QPointer<DeleteDialog> m_dialog;
    bool m_running = false;
};
