#include "webhookdetailsdialog.h"
#include "ui_webhookdetailsdialog.h"

#include "core/eventcatalog.h"

#include <QFontDatabase>
#include <QHeaderView>

WebhookDetailsDialog::WebhookDetailsDialog(const Webhook &webhook, bool secretStored, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WebhookDetailsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Webhook %1").arg(webhook.id));

    m_ui->urlLineEdit->setText(webhook.url);
    m_ui->urlLineEdit->setCursorPosition(0);
    m_ui->idLineEdit->setText(webhook.id);
    m_ui->idLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->secretStatusLabel->setText(
        secretStored ? tr("Stored on this machine.")
                     : tr("Not stored on this machine. The API returns a secret only once, at registration; "
                          "if your receiver does not have it, register a new webhook and delete this one."));

    const EventCatalog &catalog = EventCatalog::instance();
    for (const QString &type : webhook.events) {
        auto *item = new QTreeWidgetItem(m_ui->eventsTreeWidget);
        const std::optional<EventType> known = catalog.find(type);
        item->setText(0, known ? catalog.productName(known->productId) : tr("Unknown"));
        item->setText(1, known ? catalog.displayName(type) : tr("(not in this version's catalogue)"));
        item->setText(2, type);
        item->setToolTip(2, type);
    }
    m_ui->eventsTreeWidget->header()->setStretchLastSection(true);
    for (int column : {0, 1}) {
        m_ui->eventsTreeWidget->resizeColumnToContents(column);
        m_ui->eventsTreeWidget->setColumnWidth(column, m_ui->eventsTreeWidget->columnWidth(column) + 24);
    }
    m_ui->eventsLabel->setText(tr("Events (%n):", nullptr, int(webhook.events.size())));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WebhookDetailsDialog::~WebhookDetailsDialog() = default;
