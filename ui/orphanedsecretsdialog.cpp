#include "orphanedsecretsdialog.h"
#include "ui_orphanedsecretsdialog.h"

#include "core/environment.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"

#include <QFontDatabase>
#include <QPushButton>

OrphanedSecretsDialog::OrphanedSecretsDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrphanedSecretsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->orphansListWidget->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->removePushButton, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QListWidgetItem *item : m_ui->orphansListWidget->selectedItems())
            ids << item->text();
        confirmRemove(ids);
    });
    connect(m_ui->removeAllPushButton, &QPushButton::clicked, this, [this] { confirmRemove(shownIds()); });
    connect(m_ui->orphansListWidget, &QListWidget::itemSelectionChanged, this,
            &OrphanedSecretsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &ConsoleSession::secretsChanged, this, &OrphanedSecretsDialog::refresh);
    connect(m_session, &ConsoleSession::profileChanged, this, &QDialog::reject);
    refresh();
}

OrphanedSecretsDialog::~OrphanedSecretsDialog() = default;

QStringList OrphanedSecretsDialog::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->orphansListWidget->count(); ++row)
        ids << m_ui->orphansListWidget->item(row)->text();
    return ids;
}

void OrphanedSecretsDialog::selectIds(const QStringList &ids)
{
    for (int row = 0; row < m_ui->orphansListWidget->count(); ++row) {
        QListWidgetItem *item = m_ui->orphansListWidget->item(row);
        item->setSelected(ids.contains(item->text()));
    }
}

void OrphanedSecretsDialog::refresh()
{
    QStringList selected;
    for (const QListWidgetItem *item : m_ui->orphansListWidget->selectedItems())
        selected << item->text();
    const QStringList orphans = m_session->orphanSecretIds();
    m_ui->orphansListWidget->clear();
    m_ui->orphansListWidget->addItems(orphans);
    selectIds(selected);

    QString where;
    if (m_session->hasProfile()) {
        const Profile &profile = m_session->profile();
        where = profile.isPartner()
            ? tr("“%1” (%2, partner keys)").arg(profile.name, Environments::displayName(profile.environment))
            : tr("“%1” (%2, MSN %3)")
                  .arg(profile.name, Environments::displayName(profile.environment), profile.msn);
    }
    m_ui->headingLabel->setText(
        orphans.isEmpty() ? tr("<b>No orphaned secrets for %1.</b>").arg(where.toHtmlEscaped())
                          : tr("<b>%1: %n secret(s) without a webhook.</b>", nullptr, int(orphans.size()))
                                .arg(where.toHtmlEscaped()));
    updateButtons();
}

void OrphanedSecretsDialog::updateButtons()
{
    m_ui->removePushButton->setEnabled(!m_removing && !m_ui->orphansListWidget->selectedItems().isEmpty());
    m_ui->removeAllPushButton->setEnabled(!m_removing && m_ui->orphansListWidget->count() > 0);
}

void OrphanedSecretsDialog::confirmRemove(const QStringList &ids)
{
    if (ids.isEmpty() || m_removing)
        return;
    const QString question = ids.size() == 1
        ? tr("Remove the stored secret of the webhook %1 from this computer? No webhook with this id is "
             "registered any more.")
              .arg(ids.constFirst())
        : tr("Remove %n stored secret(s) from this computer? No webhook with these ids is registered any "
             "more.",
             nullptr, int(ids.size()));
    MessageBoxSeam::ask(this, QMessageBox::Question, tr("Remove Orphaned Secrets"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                        [this, ids](QMessageBox::StandardButton answer) {
                            if (answer != QMessageBox::Yes)
                                return;
                            m_removing = true;
                            updateButtons();
                            FieldMessage::show(m_ui->statusLabel, FieldSeverity::Info, tr("Removing…"));
                            removeNext(ids, 0);
                        });
}

void OrphanedSecretsDialog::removeNext(QStringList ids, int removed)
{
    if (ids.isEmpty()) {
        m_removing = false;
        updateButtons();
        FieldMessage::show(m_ui->statusLabel, FieldSeverity::Ok,
                           tr("Removed %n stored secret(s).", nullptr, removed));
        return;
    }
    const QString id = ids.takeFirst();
    // One after the other; the session answers through the event loop, so the next keychain job
    // never starts inside the last one's handler.
    m_session->removeWebhookSecret(
        id, this, [this, ids, removed, id](const Result<Done, KeychainError> &result) {
            if (!result) {
                m_removing = false;
                updateButtons();
                FieldMessage::show(
                    m_ui->statusLabel, FieldSeverity::Error,
                    tr("The keychain did not remove the secret of %1: %2").arg(id, result.error().message));
                return;
            }
            m_session->recordChange(HistoryEntry::Action::SecretRemoved, id, tr("orphaned secret"));
            removeNext(ids, removed + 1);
        });
}
