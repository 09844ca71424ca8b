#include "revealaction.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RevealAction", text);
}

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
    return QIcon::fromTheme(hide ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"), QIcon(pixmap));
}

void update(QLineEdit *field, QAction *action)
{
    const bool revealed = action->isChecked();
    field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    action->setIcon(eyeIcon(field->palette(), revealed));
    action->setText(revealed ? tr("Hide") : tr("Show"));
    action->setToolTip(revealed ? tr("Hide (Ctrl+H)") : tr("Show (Ctrl+H)"));
}

} // namespace

namespace RevealAction {

QAction *attach(QLineEdit *field)
{
    QAction *action = field->addAction(QIcon(), QLineEdit::TrailingPosition);
    action->setObjectName(field->objectName() + QLatin1String("RevealAction"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::toggled, field, [field, action] { update(field, action); });
    update(field, action);
    return action;
}

void refresh(QLineEdit *field, QAction *action)
{
    update(field, action);
}

} // namespace RevealAction
