#pragma once

#include "core/webhook.h"
#include "storage/profile.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class DeleteDialog;
}
class QPushButton;
class QTreeWidgetItem;

// Asks before deleting: lists exactly what goes (URL, events, id), has Cancel as the default
// button and, in production, enables Delete only once the MSN (or "partner") is typed. While the
// deletions run it shows each one's result in its row.
class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    enum class RowResult {
        Deleted,
        AlreadyGone,
        Failed
    };

    DeleteDialog(const Profile &profile, const QList<Webhook> &webhooks, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    QStringList ids() const;
    // A note above the confirmation (rich text), e.g. the reminders of a replacement.
    void setNote(const QString &text);
    bool requiresTypedConfirmation() const { return !m_confirmation.isEmpty(); }
    // What must be typed in production: the MSN, or "partner".
    QString confirmationText() const { return m_confirmation; }
    bool isDeleteEnabled() const;

    // Called by whoever runs the deletions.
    void setRunning();
    void setRowResult(const QString &id, RowResult result, const QString &message = {});
    // All deletions ended: closes when all succeeded, else stays open showing each result.
    void setFinished();
    int failedCount() const { return m_failed; }

Q_SIGNALS:
    void deleteRequested(const QStringList &ids);

private:
    void updateDeleteButton();

    std::unique_ptr<Ui::DeleteDialog> m_ui;
    QPushButton *m_deleteButton;
    QList<Webhook> m_webhooks;
    QHash<QString, QTreeWidgetItem *> m_rows;
    QString m_confirmation;
    bool m_running = false;
    int m_failed = 0;
};
