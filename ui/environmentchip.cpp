#include "environmentchip.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentChip)
};

} // namespace

namespace EnvironmentChip {

QColor color(Environment environment)
{
    switch (environment) {
    case Environment::Production: return QColor(0xb3, 0x26, 0x1e);
    case Environment::Test: return QColor(0x17, 0x4e, 0xa6);
    case Environment::Sandbox: return QColor(0x13, 0x73, 0x33);
    case Environment::Custom: break;
    }
    return QColor(0x60, 0x7d, 0x8b);
}

QIcon icon(Environment environment)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(environment));
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString summary(const Profile &profile)
{
    const QString environment = Environments::displayName(profile.shownEnvironment());
    if (profile.environment == Environment::Sandbox)
        return Tr::tr("sample registrations"); // its name is already the environment's
    if (profile.isPartner())
        return Tr::tr("%1 · partner keys").arg(environment);
    return Tr::tr("%1 · MSN %2").arg(environment, profile.msn);
}

} // namespace EnvironmentChip
