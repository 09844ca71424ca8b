#include "revealaction.h"

#include <QEvent>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace {

// An eye (crossed out when `hide`), drawn so the action has an icon on every platform and theme;
// the icon theme's own is preferred where there is one.
QIcon eyeIcon(const QPalette &palette, bool hide)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), 2.5));
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 3, 29, 16);
    eye.quadTo(16, 29, 3, 16);
    painter.drawPath(eye);
    painter.setBrush(palette.color(QPalette::Text));
    painter.drawEllipse(QPointF(16, 16), 4, 4);
    if (hide)
        painter.drawLine(QPointF(6, 27), QPointF(26, 5));
    painter.end();
    return QIcon::fromTheme(hide ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
                            QIcon(pixmap));
}

} // namespace

RevealAction::RevealAction(QLineEdit *field) : QAction(field), m_field(field)
{
    setObjectName(field->objectName() + QLatin1String("RevealAction"));
    setCheckable(true);
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    setShortcutContext(Qt::WidgetShortcut);
    connect(this, &QAction::toggled, this, &RevealAction::refresh);
    field->installEventFilter(this);
}

RevealAction *RevealAction::attach(QLineEdit *field)
{
    auto *action = new RevealAction(field);
    field->addAction(action, QLineEdit::TrailingPosition);
    action->refresh();
    return action;
}

void RevealAction::setHoldBack(std::function<bool()> holdBack)
{
    m_holdBack = std::move(holdBack);
    refresh();
}

void RevealAction::conceal()
{
    const QSignalBlocker blocker(this);
    setChecked(false);
    refresh();
}

void RevealAction::refresh()
{
    const bool checked = isChecked();
    const bool show = checked && !(m_holdBack && m_holdBack());
    m_field->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    setIcon(eyeIcon(m_field->palette(), checked));
    setText(checked ? tr("Hide") : tr("Show"));
    setToolTip(checked ? tr("Hide (Ctrl+H)") : tr("Show (Ctrl+H)"));
}

bool RevealAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field
        && (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange))
        refresh();
    return QAction::eventFilter(watched, event);
}
