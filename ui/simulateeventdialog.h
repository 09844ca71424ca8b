#pragma once

#include "sandbox/sandboxsimulation.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

namespace Ui {
class SimulateEventDialog;
}
class DeliveryService;
class QPushButton;
class QTreeWidgetItem;

// "Simulate event", in the Sandbox environment only: choose an event type, and the sandbox
// posts a signed, simulated delivery of it to every sandbox registration of the open sales unit
// that has it (SandboxServer::simulateEvent, through the DeliveryService). One row per
// registration fills in as its delivery ends: the URL and the status and time, or the error.
// Never blocks; closing the dialog stops the deliveries still in flight.
class SimulateEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulateEventDialog)

public:
    explicit SimulateEventDialog(DeliveryService *service, QWidget *parent = nullptr);
    ~SimulateEventDialog() override;

    bool setEventType(const QString &eventType);
    QString eventType() const;

    void simulate();
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }
    // The deliveries of the last simulation that ended, in registration order.
    const QList<SimulatedDelivery> &deliveries() const { return m_deliveries; }

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void simulated(const QList<SimulatedDelivery> &deliveries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillEvents();
    void updateTargets();
    void showDelivery(const SimulatedDelivery &delivery);
    void onDone(const QList<SimulatedDelivery> &deliveries);
    void setRunning(bool running);

    std::unique_ptr<Ui::SimulateEventDialog> m_ui;
    QPointer<DeliveryService> m_service; // may go first when the window closes
    QPushButton *m_simulateButton = nullptr;
    QPointer<QObject> m_run; // the context of the simulation in flight
    QList<SimulatedDelivery> m_deliveries;
};
