#include "deletedialog.h"
#include "ui_deletedialog.h"

#include "core/environment.h"
#include "core/eventcatalog.h"
#include "dialogbuttons.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

namespace {

enum Column {
    UrlColumn,
    ResultColumn
};

// The event names, several a line: item views do not wrap text by themselves, and every event
// must be readable (nothing elided).
QString eventNames(const QStringList &events)
{
    constexpr int LineBudget = 72;
    QStringList lines{QString()};
    for (const QString &type : events) {
        const QString name = EventCatalog::instance().qualifiedName(type);
        QString &line = lines.last();
        if (!line.isEmpty() && line.size() + name.size() + 2 > LineBudget) {
            line += QLatin1Char(',');
            lines << name;
        } else {
            line += line.isEmpty() ? name : QStringLiteral(", ") + name;
        }
    }
    return lines.join(QStringLiteral("\n        "));
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
    const QString where
        = profile.isPartner() ? tr("Partner: all sales units") : tr("MSN %1").arg(profile.msn);
    m_ui->explanationLabel->setText(
        count == 1 ? tr("Vipps MobilePay stops sending this webhook's events to its URL at once. This cannot "
                        "be undone: to receive them again, register a new webhook (with a new secret). A "
                        "secret stored on this machine for it is removed.")
                   : tr("Vipps MobilePay stops sending these webhooks' events to their URLs at once. This "
                        "cannot be undone: to receive them again, register new webhooks (with new secrets). "
                        "Secrets stored on this machine for them are removed."));
    m_ui->contextLabel->setText(
        tr("Profile “%1”, %2, %3.").arg(profile.name, Environments::displayName(profile.environment), where));

    // Everything that goes, in full: the URL, then its events and its id beneath it.
    QFont bold = font();
    bold.setBold(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->webhooksTreeWidget->setTextElideMode(Qt::ElideMiddle);
    for (const Webhook &webhook : webhooks) {
        auto *item = new QTreeWidgetItem(m_ui->webhooksTreeWidget);
        item->setText(UrlColumn, webhook.url);
        item->setFont(UrlColumn, bold);
        item->setToolTip(UrlColumn, webhook.url);
        auto *events = new QTreeWidgetItem(item);
        events->setText(UrlColumn, tr("Events: %1").arg(eventNames(webhook.events)));
        events->setToolTip(UrlColumn, webhook.events.join(QLatin1Char('\n')));
        auto *id = new QTreeWidgetItem(item);
        id->setText(UrlColumn, tr("Id: %1").arg(webhook.id));
        id->setFont(UrlColumn, fixed);
        m_rows.insert(webhook.id, item);
    }
    m_ui->webhooksTreeWidget->expandAll();
    QHeaderView *header = m_ui->webhooksTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);

    if (profile.isProduction()) {
        m_confirmation = profile.isPartner() ? QStringLiteral("partner") : profile.msn;
        const QString what = profile.isPartner()
            ? tr("These are partner registrations for all sales units in <b>production</b>. "
                 "Type <b>partner</b> to confirm:")
            : tr("This is <b>production</b>: live payments use these webhooks. Type the MSN <b>%1</b> to "
                 "confirm:")
                  .arg(profile.msn.toHtmlEscaped());
        m_ui->confirmLabel->setText(what);
        m_ui->confirmLineEdit->setPlaceholderText(m_confirmation);
    } else {
        m_ui->confirmLabel->hide();
        m_ui->confirmLineEdit->hide();
    }

    m_deleteButton = m_ui->buttonBox->addButton(count == 1 ? tr("&Delete") : tr("&Delete %n", nullptr, count),
                                                QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    DialogButtons::keepTabOrder(m_ui->buttonBox);
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

void DeleteDialog::setNote(const QString &text)
{
    m_ui->noteLabel->setText(text);
    m_ui->noteLabel->setVisible(!text.isEmpty());
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
        item->setText(ResultColumn, tr("Deleting…"));
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
    case RowResult::Deleted: text = tr("Deleted"); break;
    case RowResult::AlreadyGone: text = tr("Already deleted"); break;
    case RowResult::Failed:
        ++m_failed;
        icon = QStyle::SP_MessageBoxCritical;
        text = message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message);
        break;
    }
    item->setIcon(ResultColumn, style()->standardIcon(icon));
    item->setText(ResultColumn, text);
    item->setToolTip(ResultColumn, text);
}

void DeleteDialog::setFinished()
{
    m_running = false;
    if (m_failed == 0) {
        accept();
        return;
    }
    m_ui->headingLabel->setText(
        (m_failed == 1
             ? tr("<b>A deletion failed.</b> The result of each is shown below.")
             : tr("<b>%n deletions failed.</b> The result of each is shown below.", nullptr, m_failed)));
    m_deleteButton->hide();
    m_ui->confirmLabel->hide();
    m_ui->confirmLineEdit->hide();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
}
