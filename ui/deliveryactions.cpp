#include "deliveryactions.h"

#include "entersecretdialog.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"
#include "operations/deliveryservice.h"
#include "registerdialog.h"
#include "sendtestdialog.h"
#include "simulateeventdialog.h"
#include "verifydeliverydialog.h"
#include "webhooktablepage.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

DeliveryActions::DeliveryActions(ConsoleSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_service(new DeliveryService(session, this)),
      m_verifyAction(new QAction(window->style()->standardIcon(QStyle::SP_DialogApplyButton),
                                 tr("&Verify Delivery…"), this)),
      m_sendTestAction(new QAction(window->style()->standardIcon(QStyle::SP_ArrowRight),
                                   tr("Send &Test Delivery…"), this)),
      m_simulateAction(
          new QAction(window->style()->standardIcon(QStyle::SP_MediaPlay), tr("Si&mulate Event…"), this))
{
    m_verifyAction->setObjectName(QStringLiteral("verifyDeliveryAction"));
    // The header shows the short words (icon texts) beside the icons; the tooltips say more.
    m_verifyAction->setIconText(tr("Verify"));
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verifyAction->setToolTip(
        tr("Verify delivery: check whether a delivery your endpoint received is genuine "
           "(nothing is sent) (%1)")
            .arg(m_verifyAction->shortcut().toString(QKeySequence::NativeText)));
    m_sendTestAction->setObjectName(QStringLiteral("sendTestDeliveryAction"));
    m_sendTestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_sendTestAction->setToolTip(
        tr("Send test delivery: a simulated, signed delivery to the selected webhook"));
    m_simulateAction->setObjectName(QStringLiteral("simulateEventAction"));
    m_simulateAction->setIconText(tr("Simulate"));
    m_simulateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_simulateAction->setToolTip(
        tr("Simulate event (sandbox): deliver a simulated event to every sandbox registration "
           "that has it (%1)")
            .arg(m_simulateAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_verifyAction, m_sendTestAction, m_simulateAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action); // the shortcuts work with the menus closed
    }

    connect(m_verifyAction, &QAction::triggered, this,
            [this] { openVerify(m_selection.size() == 1 ? m_selection.constFirst().id : QString()); });
    connect(m_sendTestAction, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            openSendTest(m_selection.constFirst());
    });
    connect(m_simulateAction, &QAction::triggered, this, [this] { openSimulate(); });
    m_resetSandboxAction = new QAction(tr("Reset &Sandbox…"), this);
    m_resetSandboxAction->setObjectName(QStringLiteral("resetSandboxAction"));
    m_resetSandboxAction->setToolTip(tr("Replace every sandbox registration with the sample registrations"));
    connect(m_resetSandboxAction, &QAction::triggered, this, &DeliveryActions::confirmResetSandbox);
    connect(m_session, &ConsoleSession::stateChanged, this, &DeliveryActions::updateActions);
    connect(m_session, &ConsoleSession::profileChanged, this, &DeliveryActions::abandon);
    updateActions();
}

DeliveryActions::~DeliveryActions() = default;

SendTestDialog *DeliveryActions::sendTestDialog() const
{
    return m_sendTestDialog;
}

SimulateEventDialog *DeliveryActions::simulateDialog() const
{
    return m_simulateDialog;
}

template<typename T> T *DeliveryActions::show(QPointer<T> &slot, T *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    dialog->show();
    return dialog;
}

VerifyDeliveryDialog *DeliveryActions::openVerify(const QString &webhookId)
{
    if (!m_verifyDialog)
        show(m_verifyDialog, new VerifyDeliveryDialog(m_session, m_window));
    if (!webhookId.isEmpty())
        m_verifyDialog->selectWebhook(webhookId);
    m_verifyDialog->raise();
    m_verifyDialog->activateWindow();
    return m_verifyDialog;
}

SendTestDialog *DeliveryActions::openSendTest(const Webhook &webhook)
{
    if (m_sendTestDialog && m_sendTestDialog->webhook().id != webhook.id)
        m_sendTestDialog->close(); // one at a time: closing stops its delivery
    if (!m_sendTestDialog) {
        show(m_sendTestDialog, new SendTestDialog(m_service, webhook, m_window));
        // A webhook registered elsewhere: its secret can be entered (the vault's dialog).
        m_sendTestDialog->setEnterSecretAvailable(true);
        connect(m_sendTestDialog, &SendTestDialog::enterSecretRequested, this,
                [this, webhook] { EnterSecretDialog::start(m_session, webhook, m_sendTestDialog); });
    }
    m_sendTestDialog->raise();
    m_sendTestDialog->activateWindow();
    return m_sendTestDialog;
}

SimulateEventDialog *DeliveryActions::openSimulate()
{
    if (!m_service->canSimulate())
        return nullptr;
    if (!m_simulateDialog)
        show(m_simulateDialog, new SimulateEventDialog(m_service, m_window));
    m_simulateDialog->raise();
    m_simulateDialog->activateWindow();
    return m_simulateDialog;
}

void DeliveryActions::setSelection(const QList<Webhook> &selected)
{
    m_selection = selected;
    updateActions();
}

void DeliveryActions::addToContextMenu(QMenu *menu, const QList<Webhook> &selected)
{
    if (selected.size() != 1)
        return;
    const Webhook &webhook = selected.constFirst(); // each action keeps a copy
    menu->addSeparator();
    // The same names and shortcuts as the Webhooks menu (the shortcut is shown, not bound here).
    QAction *verify
        = menu->addAction(m_verifyAction->text(), this, [this, webhook] { openVerify(webhook.id); });
    verify->setObjectName(QStringLiteral("verifyDeliveryContextAction"));
    QAction *send
        = menu->addAction(m_sendTestAction->text(), this, [this, webhook] { openSendTest(webhook); });
    send->setObjectName(QStringLiteral("sendTestDeliveryContextAction"));
    send->setEnabled(m_session->state() == ConsoleSession::State::Ready);
    for (const auto &[entry, source] :
         {std::pair{verify, m_verifyAction}, std::pair{send, m_sendTestAction}}) {
        entry->setShortcut(source->shortcut());
        entry->setShortcutContext(Qt::WidgetShortcut);
        entry->setShortcutVisibleInContextMenu(true);
    }
}

void DeliveryActions::attachToTable(WebhookTablePage *page)
{
    connect(page, &WebhookTablePage::contextMenuAboutToShow, this, &DeliveryActions::addToContextMenu);
}

void DeliveryActions::attachPreflight(RegisterDialog *dialog)
{
    if (dialog)
        dialog->setUrlPreflight(m_service->urlPreflight());
}

void DeliveryActions::abandon()
{
    for (QDialog *dialog :
         {static_cast<QDialog *>(m_sendTestDialog.data()), static_cast<QDialog *>(m_simulateDialog.data())}) {
        if (dialog)
            dialog->close();
    }
    // The verify dialog lists the open profile's webhooks: it follows the model, and stays.
    m_selection.clear();
    updateActions();
}

void DeliveryActions::confirmResetSandbox()
{
    if (!m_session->isSandbox())
        return;
    MessageBoxSeam::ask(m_window, QMessageBox::Question, tr("Reset the Sandbox?"),
                        tr("Every registration in the sandbox is deleted and the sample registrations "
                           "come back. Nothing outside the sandbox changes."),
                        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel, this,
                        [this](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Reset)
                                m_session->resetSandbox();
                        });
}

void DeliveryActions::updateActions()
{
    const bool ready = m_session->state() == ConsoleSession::State::Ready;
    m_sendTestAction->setEnabled(ready && m_selection.size() == 1);
    m_simulateAction->setVisible(m_session->isSandbox());
    m_resetSandboxAction->setVisible(m_session->isSandbox());
    m_resetSandboxAction->setEnabled(ready && m_session->isSandbox());
    m_simulateAction->setEnabled(m_service->canSimulate());
}
