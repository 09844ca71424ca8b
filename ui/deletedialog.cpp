#include "deletedialog.h"
#include "ui_deletedialog.h"

#include "core/environment.h"
#include "core/eventcatalog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

namespace {

QString eventNames(const QStringList &events)
{
    QStringList names;
    for (const QString &type : events)
        names << EventCatalog::instance().qualifiedName(type);
    return names.join(QStringLiteral(", "));
}

} // namespace

DeleteDialog::DeleteDialog(const Profile &profile, const QList<Webhook> &webhooks, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeleteDialog>()), m_webhooks(webhooks)
{
    m_ui->setupUi(this);

    const int count = int(webhooks.size());
    setWindowTitle(count == 1 ? tr("Delete webhook") : tr("Delete %n webhooks", nullptr, count));
    m_ui->headingLabel->setText(count == 1 ? tr("<b>Delete this webhook?</b>")
                                           : tr("<b>Delete these %n webhooks?</b>", nullptr, count));
    const QString where = profile.isPartner() ? tr("Partner: all sales units") : tr("MSN %1").arg(profile.msn);
    m_ui->contextLabel->setText(tr("Profile “%1”, %2, %3.")
                                    .arg(profile.name, Environments::displayName(profile.environment), where));

    for (const Webhook &webhook : webhooks) {
        auto *item = new QTreeWidgetItem(m_ui->webhooksTreeWidget);
        item->setText(0, webhook.url);
        item->setToolTip(0, webhook.url);
        item->setText(1, eventNames(webhook.events));
        item->setToolTip(1, webhook.events.join(QLatin1Char('\n')));
        item->setText(2, webhook.id);
        item->setToolTip(2, webhook.id);
        m_rows.insert(webhook.id, item);
    }
    QHeaderView *header = m_ui->webhooksTreeWidget->header();
    header->setStretchLastSection(true);
    m_ui->webhooksTreeWidget->setColumnWidth(0, 230);
    m_ui->webhooksTreeWidget->setColumnWidth(1, 200);
    m_ui->webhooksTreeWidget->setColumnWidth(2, 160);

    if (profile.environment == Environment::Production) {
        m_confirmation = profile.isPartner() ? QStringLiteral("partner") : profile.msn;
        const QString what = profile.isPartner()
            ? tr("These are partner registrations for all sales units in <b>production</b>. "
                 "Type <b>partner</b> to confirm:")
            : tr("This is <b>production</b>: live payments use these webhooks. Type the MSN <b>%1</b> to confirm:")
                  .arg(profile.msn.toHtmlEscaped());
        m_ui->confirmLabel->setText(what);
        m_ui->confirmLineEdit->setPlaceholderText(m_confirmation);
    } else {
        m_ui->confirmLabel->hide();
        m_ui->confirmLineEdit->hide();
    }

    m_deleteButton = m_ui->buttonBox->addButton(count == 1 ? tr("Delete") : tr("Delete %n", nullptr, count),
                                                QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteButton->setAutoDefault(false);
    m_deleteButton->setDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(true);
    cancel->setDefault(true);
    cancel->setFocus();

    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &DeleteDialog::updateDeleteButton);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (isDeleteEnabled())
            Q_EMIT deleteRequested(ids());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDeleteButton();
}

DeleteDialog::~DeleteDialog() = default;

QStringList DeleteDialog::ids() const
{
    QStringList result;
    for (const Webhook &webhook : m_webhooks)
        result << webhook.id;
    return result;
}

bool DeleteDialog::isDeleteEnabled() const
{
    return m_deleteButton->isEnabled();
}

void DeleteDialog::updateDeleteButton()
{
    bool confirmed = true;
    if (!m_confirmation.isEmpty())
        confirmed = m_ui->confirmLineEdit->text().trimmed().compare(m_confirmation, Qt::CaseInsensitive) == 0;
    m_deleteButton->setEnabled(!m_running && confirmed && !m_webhooks.isEmpty());
}

void DeleteDialog::setRunning()
{
    m_running = true;
    m_ui->confirmLineEdit->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    for (QTreeWidgetItem *item : std::as_const(m_rows))
        item->setText(3, tr("Deleting…"));
    updateDeleteButton();
}

void DeleteDialog::setRowResult(const QString &id, RowResult result, const QString &message)
{
    QTreeWidgetItem *item = m_rows.value(id);
    if (!item)
        return;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString text;
    switch (result) {
    case RowResult::Deleted:
        text = tr("Deleted");
        break;
    case RowResult::AlreadyGone:
        text = tr("Already deleted");
        break;
    case RowResult::Failed:
        ++m_failed;
        icon = QStyle::SP_MessageBoxCritical;
        text = message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message);
        break;
    }
    item->setIcon(3, style()->standardIcon(icon));
    item->setText(3, text);
    item->setToolTip(3, text);
}

void DeleteDialog::setFinished()
{
    m_running = false;
    if (m_failed == 0) {
        accept();
        return;
    }
    m_ui->headingLabel->setText((m_failed == 1 ? tr("<b>A deletion failed.</b> The result of each is shown below.")
                                              : tr("<b>%n deletions failed.</b> The result of each is shown below.", nullptr, m_failed)));
    m_deleteButton->hide();
    m_ui->confirmLabel->hide();
    m_ui->confirmLineEdit->hide();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
    m_ui->webhooksTreeWidget->resizeColumnToContents(3);
}
