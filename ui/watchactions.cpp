#include "watchactions.h"

#include "deliveryactions.h"
#include "historydialog.h"
#include "operations/consolesession.h"
#include "registerflow.h"
#include "resultbanner.h"
#include "sandbox/sandboxserver.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QAction>
#include <QActionGroup>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString describe(const Webhook &webhook)
{
    return ChangesBanner::tr("%1 (%2; id %3)")
        .arg(webhook.url, webhook.events.join(QStringLiteral(", ")), webhook.id);
}

} // namespace

ChangesBanner::ChangesBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)),
      m_registerAgain(new QPushButton(tr("Register Again…"), this)),
      m_history(new QPushButton(tr("History…"), this)), m_dismiss(new QToolButton(this)),
      m_registerMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("changesBanner"));
    m_label->setObjectName(QStringLiteral("changesLabel"));
    m_registerAgain->setObjectName(QStringLiteral("registerAgainPushButton"));
    m_history->setObjectName(QStringLiteral("historyPushButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissToolButton"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(6);
    m_registerAgain->setToolTip(
        tr("Register the vanished webhook again: its URL is checked first, and it gets a new secret."));
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_registerAgain, 0, Qt::AlignTop);
    layout->addWidget(m_history, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_registerAgain, &QPushButton::clicked, this, [this] {
        if (m_vanished.size() == 1)
            Q_EMIT registerAgainRequested(m_vanished.first());
        else
            m_registerMenu->popup(m_registerAgain->mapToGlobal(QPoint(0, m_registerAgain->height())));
    });
    connect(m_history, &QPushButton::clicked, this, &ChangesBanner::historyRequested);
    connect(m_dismiss, &QToolButton::clicked, this, &ChangesBanner::dismiss);
    hide();
}

void ChangesBanner::present(const SnapshotChange &change)
{
    if (change.isEmpty())
        return;
    if (!m_lastSeen.isValid() || (change.lastSeen.isValid() && change.lastSeen < m_lastSeen))
        m_lastSeen = change.lastSeen;
    m_now = change.now;
    m_vanished += change.vanished;
    m_appeared += change.appeared;
    update();
    show();
}

void ChangesBanner::dismiss()
{
    m_vanished.clear();
    m_appeared.clear();
    m_lastSeen = {};
    m_now = {};
    hide();
}

QString ChangesBanner::text() const
{
    return m_label->text();
}

void ChangesBanner::update()
{
    QStringList lines;
    if (!m_vanished.isEmpty()) {
        lines.append(tr("%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay "
                        "removes endpoints that failed for two weeks:",
                        nullptr, static_cast<int>(m_vanished.size()))
                         .arg(when(m_lastSeen), when(m_now)));
        for (const Webhook &webhook : std::as_const(m_vanished))
            lines.append(QStringLiteral("  • ") + describe(webhook));
    }
    if (!m_appeared.isEmpty()) {
        lines.append(
            tr("%n registration(s) appeared from elsewhere:", nullptr, static_cast<int>(m_appeared.size())));
        for (const Webhook &webhook : std::as_const(m_appeared))
            lines.append(QStringLiteral("  • ") + describe(webhook));
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
    ResultBanner::paint(m_label,
                        m_vanished.isEmpty() ? ResultBanner::Tone::Plain : ResultBanner::Tone::Caution);
    m_registerAgain->setVisible(!m_vanished.isEmpty());
    m_registerMenu->clear();
    for (const Webhook &webhook : std::as_const(m_vanished)) {
        m_registerMenu->addAction(webhook.url, this,
                                  [this, webhook] { Q_EMIT registerAgainRequested(webhook); });
    }
}

WatchActions::WatchActions(ConsoleSession *session, ChangesBanner *banner, RegisterFlow *registerFlow,
                           DeliveryActions *deliveryActions, QWidget *window)
    : QObject(window), m_session(session), m_banner(banner), m_registerFlow(registerFlow),
      m_deliveryActions(deliveryActions), m_window(window),
      m_historyAction(new QAction(tr("&History…"), this)),
      m_simulateRemovalAction(new QAction(tr("Simulate Removal by Vipps MobilePay"), this)),
      m_autoRefreshMenu(new QMenu(tr("Refresh &Automatically"), window)),
      m_autoRefreshGroup(new QActionGroup(this)), m_timer(new QTimer(this))
{
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setShortcutContext(Qt::WindowShortcut);
    m_historyAction->setToolTip(tr("Every change made on this machine, and what vanished (%1)")
                                    .arg(m_historyAction->shortcut().toString(QKeySequence::NativeText)));
    window->addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, &WatchActions::openHistory);

    m_autoRefreshMenu->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefreshGroup->setExclusive(true);
    const QList<std::pair<int, QString>> choices{
        {0, tr("&Off")}, {5, tr("Every &5 minutes")}, {15, tr("Every &15 minutes")}, {60, tr("Every &hour")}};
    for (const auto &[minutes, text] : choices) {
        QAction *action = m_autoRefreshMenu->addAction(text);
        action->setCheckable(true);
        action->setData(minutes);
        action->setObjectName(QStringLiteral("autoRefresh%1Action").arg(minutes));
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, minutes = minutes] { setAutoRefreshMinutes(minutes); });
    }
    m_timer->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Never on top of a call in flight, and only for an open profile.
        if (m_session->state() == ConsoleSession::State::Ready && !m_session->isBusy())
            m_session->refresh();
    });
    setAutoRefreshMinutes(
        m_session->profileManager()->store()->settings().value(autoRefreshKey(), 0).toInt());

    m_simulateRemovalAction->setObjectName(QStringLiteral("simulateRemovalAction"));
    m_simulateRemovalAction->setToolTip(
        tr("Sandbox: remove the selected registrations silently, as Vipps MobilePay removes endpoints that "
           "failed for two weeks; the next refresh notices"));
    connect(m_simulateRemovalAction, &QAction::triggered, this, [this] {
        SandboxServer *sandbox = m_session->sandboxServer();
        if (!sandbox || !m_session->isSandbox() || !m_selection)
            return;
        for (const Webhook &webhook : m_selection())
            sandbox->removeAsUnresponsive(m_session->profile().bucket(), webhook.id);
    });
    connect(m_session, &ConsoleSession::profileChanged, this, &WatchActions::updateActions);
    updateActions();

    connect(m_session, &ConsoleSession::changesNoticed, this, &WatchActions::onChanges);
    connect(m_banner, &ChangesBanner::registerAgainRequested, this, &WatchActions::registerAgain);
    connect(m_banner, &ChangesBanner::historyRequested, this, &WatchActions::openHistory);
}

HistoryDialog *WatchActions::historyDialog() const
{
    return m_historyDialog;
}

HistoryDialog *WatchActions::openHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(m_session->profileManager()->stateStore(), m_window);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_historyDialog->reload();
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
    return m_historyDialog;
}

void WatchActions::registerAgain(const Webhook &webhook)
{
    m_registerFlow->start(RegisterRequest{webhook.url, webhook.events});
    RegisterDialog *dialog = m_registerFlow->registerDialog();
    m_deliveryActions->attachPreflight(dialog);
    // The URL failed for two weeks: check it before anything is registered.
    if (dialog)
        dialog->checkUrlNow();
}

void WatchActions::setAutoRefreshMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    for (QAction *action : m_autoRefreshGroup->actions())
        action->setChecked(action->data().toInt() == m_minutes);
    QSettings &settings = m_session->profileManager()->store()->settings();
    if (settings.value(autoRefreshKey(), 0).toInt() != m_minutes)
        settings.setValue(autoRefreshKey(), m_minutes);
    if (m_minutes > 0)
        m_timer->start(m_minutes * 60 * 1000);
    else
        m_timer->stop();
}

void WatchActions::setSelectionProvider(std::function<QList<Webhook>()> provider)
{
    m_selection = std::move(provider);
}

void WatchActions::updateActions()
{
    m_simulateRemovalAction->setVisible(m_session->isSandbox());
}

void WatchActions::abandon()
{
    m_banner->dismiss();
}

void WatchActions::onChanges(const SnapshotChange &change)
{
    m_banner->present(change);
    if (m_historyDialog)
        m_historyDialog->reload();
    if (change.vanished.isEmpty())
        return;
    QStringList urls;
    for (const Webhook &webhook : change.vanished)
        urls.append(webhook.url);
    notify(tr("%n webhook registration(s) vanished", nullptr, static_cast<int>(change.vanished.size())),
           tr("Removed outside Webhook Console (%1, %2): %3")
               .arg(m_session->profile().name, change.key.bucket, urls.join(QStringLiteral(", "))));
}

void WatchActions::notify(const QString &summary, const QString &body)
{
    Q_EMIT notified(summary, body);
    QDBusMessage message = QDBusMessage::createMethodCall(notificationService(),
                                                          QStringLiteral("/org/freedesktop/Notifications"),
                                                          notificationService(), QStringLiteral("Notify"));
    message << QStringLiteral("Webhook Console") << uint(0) << QStringLiteral("webhook-console") << summary
            << body << QStringList() << QVariantMap() << int(-1);
    // Fire and forget: without a notification service the banner still says it.
    QDBusConnection::sessionBus().asyncCall(message);
}
