#include "statusbarinfo.h"

#include "core/environment.h"
#include "core/webhookmodel.h"
#include "operations/consolesession.h"
#include "profileheader.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QString timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

StatusBarInfo::StatusBarInfo(QWidget *parent)
    : QWidget(parent), m_environment(new QLabel(this)), m_msn(new QLabel(this)), m_token(new QLabel(this)),
      m_refreshed(new QLabel(this)), m_count(new QLabel(this))
{
    m_environment->setObjectName(QStringLiteral("environmentStatusLabel"));
    m_msn->setObjectName(QStringLiteral("msnStatusLabel"));
    m_token->setObjectName(QStringLiteral("tokenStatusLabel"));
    m_refreshed->setObjectName(QStringLiteral("refreshedStatusLabel"));
    m_count->setObjectName(QStringLiteral("countStatusLabel"));
    m_token->setToolTip(tr("The access token is kept in memory only and renewed when needed"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QLabel *label : {m_environment, m_msn, m_token, m_refreshed, m_count}) {
        // Each fact carries its separator on its left; both hide while the fact is empty.
        auto *item = new QWidget(this);
        auto *itemLayout = new QHBoxLayout(item);
        itemLayout->setContentsMargins(0, 0, 0, 0);
        itemLayout->setSpacing(8);
        if (label != m_environment)
            itemLayout->addWidget(separator(item));
        label->setParent(item);
        itemLayout->addWidget(label);
        layout->addWidget(item);
    }
}

void StatusBarInfo::setText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->parentWidget()->setVisible(!text.isEmpty());
}

void StatusBarInfo::update(const ConsoleSession &session, int shownRows)
{
    if (!session.hasProfile()) {
        setText(m_environment, tr("No profile open"));
        for (QLabel *label : {m_msn, m_token, m_refreshed, m_count})
            setText(label, {});
        return;
    }
    const Profile &profile = session.profile();
    setText(m_environment, Environments::displayName(profile.environment));
    setText(m_msn, ProfileHeader::salesUnitText(profile));

    const std::optional<QDateTime> expires = session.tokenExpiresAt();
    setText(m_token, expires ? tr("Token valid until %1").arg(timeText(*expires)) : tr("No token yet"));
    setText(m_refreshed,
            session.hasLoaded() ? tr("Refreshed at %1").arg(timeText(session.lastRefreshed()))
                                : tr("Not loaded yet"));
    const int total = session.model()->rowCount();
    if (!session.hasLoaded())
        setText(m_count, {});
    else if (shownRows == total)
        setText(m_count, total == 1 ? tr("1 webhook") : tr("%n webhooks", nullptr, total));
    else
        setText(m_count,
                total == 1 ? tr("%1 of 1 webhook shown").arg(shownRows)
                           : tr("%1 of %n webhooks shown", nullptr, total).arg(shownRows));
}

QString StatusBarInfo::environmentText() const
{
    return m_environment->text();
}

QString StatusBarInfo::msnText() const
{
    return m_msn->text();
}

QString StatusBarInfo::tokenText() const
{
    return m_token->text();
}

QString StatusBarInfo::refreshedText() const
{
    return m_refreshed->text();
}

QString StatusBarInfo::countText() const
{
    return m_count->text();
}
