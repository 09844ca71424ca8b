#include "simulateeventdialog.h"
#include "ui_simulateeventdialog.h"

#include "core/eventcatalog.h"
#include "dialogbuttons.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "preflightwidget.h"
#include "sandbox/sandboxserver.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace {
enum Column {
    UrlColumn,
    ResultColumn
};
constexpr int IdRole = Qt::UserRole;
} // namespace

SimulateEventDialog::SimulateEventDialog(DeliveryService *service, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SimulateEventDialog>()), m_service(service)
{
    m_ui->setupUi(this);
    m_simulateButton = m_ui->buttonBox->addButton(tr("&Simulate"), QDialogButtonBox::AcceptRole);
    m_simulateButton->setObjectName(QStringLiteral("simulatePushButton"));
    m_simulateButton->setDefault(true);
    DialogButtons::keepTabOrder(m_ui->buttonBox);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->resultsTreeWidget->header()->setStretchLastSection(true);
    m_ui->resultsTreeWidget->setColumnWidth(UrlColumn, 360);
    m_ui->resultsTreeWidget->setTextElideMode(Qt::ElideMiddle);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SimulateEventDialog::simulate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->eventComboBox, &QComboBox::currentIndexChanged, this, &SimulateEventDialog::updateTargets);
    fillEvents();
}

SimulateEventDialog::~SimulateEventDialog()
{
    if (isRunning() && m_service)
        m_service->cancelSimulations();
}

bool SimulateEventDialog::setEventType(const QString &eventType)
{
    const int index = m_ui->eventComboBox->findData(eventType);
    if (index < 0)
        return false;
    m_ui->eventComboBox->setCurrentIndex(index);
    return true;
}

QString SimulateEventDialog::eventType() const
{
    return m_ui->eventComboBox->currentData().toString();
}

void SimulateEventDialog::fillEvents()
{
    const QString current = eventType();
    QComboBox *combo = m_ui->eventComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    int firstWithTargets = -1;
    for (const EventType &event : EventCatalog::instance().events()) {
        const qsizetype targets = m_service->simulationTargets(event.type).size();
        const QString name = EventCatalog::instance().qualifiedName(event.type);
        QString text;
        if (targets == 0)
            text = tr("%1 (no registration)").arg(name);
        else if (targets == 1)
            text = tr("%1 (1 registration)").arg(name);
        else
            text = tr("%1 (%n registrations)", nullptr, int(targets)).arg(name);
        combo->addItem(text, event.type);
        combo->setItemData(combo->count() - 1, event.type, Qt::ToolTipRole);
        if (targets > 0 && firstWithTargets < 0)
            firstWithTargets = combo->count() - 1;
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : qMax(0, firstWithTargets));
    updateTargets();
}

void SimulateEventDialog::updateTargets()
{
    const QList<Webhook> targets = m_service->simulationTargets(eventType());
    if (!m_service->canSimulate()) {
        m_ui->targetsLabel->setText(tr("Simulated events exist only in the Sandbox environment."));
    } else if (targets.isEmpty()) {
        m_ui->targetsLabel->setText(tr(
            "No sandbox registration has this event: register a webhook for it first, or choose another."));
    } else {
        QStringList urls;
        for (const Webhook &webhook : targets)
            urls << webhook.url;
        m_ui->targetsLabel->setText(tr("Goes to %1.").arg(QLocale().createSeparatedList(urls)));
    }
    m_simulateButton->setEnabled(m_service->canSimulate() && !targets.isEmpty() && !isRunning());
}

void SimulateEventDialog::simulate()
{
    if (isRunning() || !m_simulateButton->isEnabled())
        return;
    const QList<Webhook> targets = m_service->simulationTargets(eventType());
    m_deliveries.clear();
    m_ui->resultsTreeWidget->clear();
    for (const Webhook &webhook : targets) {
        auto *item = new QTreeWidgetItem(m_ui->resultsTreeWidget, {webhook.url, tr("Sending…")});
        item->setData(UrlColumn, IdRole, webhook.id);
        item->setToolTip(UrlColumn, tr("%1\nId: %2").arg(webhook.url, webhook.id));
    }
    m_run = new QObject(this);
    // Rows fill in as each delivery ends; the connection ends with the run.
    if (SandboxServer *sandbox = m_service->session()->sandboxServer())
        connect(sandbox, &SandboxServer::deliverySimulated, m_run,
                [this](const SimulatedDelivery &delivery) { showDelivery(delivery); });
    setRunning(true);
    m_ui->statusLabel->setText(tr("Simulating %1…").arg(EventCatalog::instance().qualifiedName(eventType())));
    m_service->simulateEvent(eventType(), m_run,
                             [this](const QList<SimulatedDelivery> &deliveries) { onDone(deliveries); });
}

void SimulateEventDialog::cancel()
{
    if (!isRunning())
        return;
    delete m_run;
    if (m_service)
        m_service->cancelSimulations();
    setRunning(false);
    for (int i = 0; i < m_ui->resultsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->resultsTreeWidget->topLevelItem(i);
        if (item->icon(ResultColumn).isNull())
            item->setText(ResultColumn, tr("Stopped"));
    }
    m_ui->statusLabel->setText(tr("Stopped. Deliveries already sent may have arrived."));
}

void SimulateEventDialog::done(int result)
{
    cancel(); // a closed dialog leaves nothing running
    QDialog::done(result);
}

void SimulateEventDialog::showDelivery(const SimulatedDelivery &delivery)
{
    for (int i = 0; i < m_ui->resultsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->resultsTreeWidget->topLevelItem(i);
        if (item->data(UrlColumn, IdRole).toString() != delivery.webhookId)
            continue;
        const bool success = delivery.isSuccess();
        item->setText(ResultColumn, success ? delivery.summary() : tr("Failed: %1").arg(delivery.summary()));
        item->setToolTip(ResultColumn, item->text(ResultColumn));
        item->setIcon(ResultColumn,
                      PreflightWidget::outcomeIcon(success ? PreflightCheck::Outcome::Pass
                                                           : PreflightCheck::Outcome::Fail,
                                                   palette()));
        return;
    }
}

void SimulateEventDialog::onDone(const QList<SimulatedDelivery> &deliveries)
{
    m_run->deleteLater();
    m_run.clear();
    setRunning(false);
    m_deliveries = deliveries;
    int succeeded = 0;
    for (const SimulatedDelivery &delivery : deliveries) {
        showDelivery(delivery);
        if (delivery.isSuccess())
            ++succeeded;
    }
    if (deliveries.isEmpty())
        m_ui->statusLabel->setText(tr("No sandbox registration has this event: nothing was sent."));
    else
        m_ui->statusLabel->setText(
            tr("Simulated: %1 of %2 answered 2xx.").arg(succeeded).arg(deliveries.size()));
    Q_EMIT simulated(deliveries);
}

void SimulateEventDialog::setRunning(bool running)
{
    m_ui->busyProgressBar->setVisible(running);
    m_ui->eventComboBox->setEnabled(!running);
    updateTargets();
}

void SimulateEventDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_simulateButton->setText(tr("&Simulate"));
        fillEvents();
    }
    QDialog::changeEvent(event);
}
