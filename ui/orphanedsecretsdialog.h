#pragma once

#include "fieldmessage.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class OrphanedSecretsDialog;
}
class ConsoleSession;

// The secrets stored on this machine whose webhook no longer exists (ConsoleSession's orphans,
// known after each list), by id, with Remove (the selected ones, or all) after a confirmation.
// The list follows the session as it changes.
class OrphanedSecretsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanedSecretsDialog)

public:
    explicit OrphanedSecretsDialog(ConsoleSession *session, QWidget *parent = nullptr);
    ~OrphanedSecretsDialog() override;

    QStringList shownIds() const;
    // Selects the rows of `ids` (tests, and the caller's preselection).
    void selectIds(const QStringList &ids);

private:
    void refresh();
    void confirmRemove(const QStringList &ids);
    void removeNext(QStringList ids, int removed);
    void updateButtons();

    std::unique_ptr<Ui::OrphanedSecretsDialog> m_ui;
    ConsoleSession *m_session;
    bool m_removing = false;
};
