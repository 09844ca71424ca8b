#include "profileheader.h"

#include "environmentchip.h"
#include "storage/profilestore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {
enum ItemKind {
    ProfileItem,
    SandboxItem
};
constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

// The open list: each entry's chip, its name and after it its environment and sales unit; a
// separator as a line.
class ProfileListDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (isSeparator(index)) {
            painter->save();
            painter->setPen(option.palette.color(QPalette::Mid));
            const int y = option.rect.center().y();
            painter->drawLine(option.rect.left() + 4, y, option.rect.right() - 4, y);
            painter->restore();
            return;
        }
        QStyledItemDelegate::paint(painter, option, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (isSeparator(index))
            return {0, 7};
        return QStyledItemDelegate::sizeHint(option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString summary = index.data(ProfileHeader::SummaryRole).toString();
        if (!summary.isEmpty())
            option->text = ProfileHeader::tr("%1 — %2").arg(option->text, summary);
        const QIcon chip = index.data(ProfileHeader::ChipRole).value<QIcon>();
        if (!chip.isNull()) {
            option->icon = chip;
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }

private:
    static bool isSeparator(const QModelIndex &index)
    {
        return index.data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("separator");
    }
};
} // namespace

ProfileHeader::ProfileHeader(ProfileStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_combo(new QComboBox(this)), m_environmentLabel(new QLabel(this)),
      m_salesUnitLabel(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("profileComboBox"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_combo->setPlaceholderText(tr("No profile"));
    m_combo->setToolTip(tr("The profile: API keys of one sales unit (or partner) in one environment"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setItemDelegate(new ProfileListDelegate(m_combo));
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_salesUnitLabel->setObjectName(QStringLiteral("salesUnitLabel"));
    m_salesUnitLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_combo);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_salesUnitLabel);

    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_combo->itemData(index, KindRole).toInt() == SandboxItem)
            Q_EMIT sandboxChosen();
        else
            Q_EMIT profileChosen(m_combo->itemData(index, NameRole).toString());
    });

    reloadProfiles();
    setActive(std::nullopt);
}

bool ProfileHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_combo)
        return QWidget::eventFilter(watched, event);
    // QComboBox chooses (emits activated) on a wheel tick, an arrow key or a typed letter while
    // closed: here those only browse, so the wheel does nothing and keys open the list.
    if (event->type() == QEvent::Wheel)
        return true;
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End: m_combo->showPopup(); return true;
    default: break;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.front().isPrint() || text.front().isSpace()
        || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    // Typing opens the list and searches in it; Enter there chooses.
    m_combo->showPopup();
    QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), text);
    QCoreApplication::sendEvent(m_combo->view(), &forwarded);
    return true;
}

void ProfileHeader::reloadProfiles()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Profile &profile : m_store->profiles()) {
        m_combo->addItem(profile.name);
        const int index = m_combo->count() - 1;
        m_combo->setItemData(index, ProfileItem, KindRole);
        m_combo->setItemData(index, profile.name, NameRole);
        m_combo->setItemData(index, EnvironmentChip::summary(profile), SummaryRole);
        m_combo->setItemData(index, EnvironmentChip::icon(profile.shownEnvironment()), ChipRole);
        m_combo->setItemData(
            index,
            tr("%1 · %2").arg(Environments::displayName(profile.shownEnvironment()), salesUnitText(profile)),
            Qt::ToolTipRole);
    }
    if (m_combo->count() > 0)
        m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Sandbox"));
    const int sandbox = m_combo->count() - 1;
    m_combo->setItemData(sandbox, SandboxItem, KindRole);
    Profile sandboxProfile;
    sandboxProfile.environment = Environment::Sandbox;
    m_combo->setItemData(sandbox, EnvironmentChip::summary(sandboxProfile), SummaryRole);
    m_combo->setItemData(sandbox, EnvironmentChip::icon(Environment::Sandbox), ChipRole);
    m_combo->setItemData(sandbox, tr("The sandbox API inside this program: sample data, no keys"),
                         Qt::ToolTipRole);
    // The open list is as wide as its widest entry, chip and words included (the closed
    // selector stays as narrow as the names need).
    m_combo->view()->setMinimumWidth(m_combo->view()->sizeHintForColumn(0) + 2 * m_combo->view()->frameWidth()
                                     + 8);
    selectActive();
}

void ProfileHeader::setActive(const std::optional<Profile> &profile)
{
    m_active = profile;
    selectActive();
    if (!profile) {
        m_environmentLabel->hide();
        m_salesUnitLabel->hide();
        return;
    }
    m_environmentLabel->setText(Environments::displayName(profile->shownEnvironment()));
    m_environmentLabel->setStyleSheet(badgeStyleSheet(profile->shownEnvironment()));
    m_environmentLabel->setToolTip(
        profile->environment == Environment::Sandbox
            ? tr("Sandbox: the API runs inside this program; nothing reaches Vipps MobilePay")
            : profile->baseUrl().toDisplayString());
    m_salesUnitLabel->setText(salesUnitText(*profile));
    m_environmentLabel->show();
    m_salesUnitLabel->show();
}

void ProfileHeader::selectActive()
{
    const QSignalBlocker blocker(m_combo);
    if (!m_active) {
        m_combo->setCurrentIndex(-1);
        return;
    }
    for (int i = 0; i < m_combo->count(); ++i) {
        const int kind = m_combo->itemData(i, KindRole).toInt();
        const bool sandbox = m_active->environment == Environment::Sandbox;
        if ((sandbox && kind == SandboxItem && m_combo->itemData(i, KindRole).isValid())
            || (!sandbox && kind == ProfileItem
                && m_combo->itemData(i, NameRole).toString() == m_active->name)) {
            m_combo->setCurrentIndex(i);
            return;
        }
    }
    m_combo->setCurrentIndex(-1);
}

QString ProfileHeader::salesUnitText(const Profile &profile)
{
    if (profile.isPsp())
        return tr("PSP %1 for MSN %2").arg(profile.pspId, profile.msn);
    return profile.isPartner() ? tr("Partner: all sales units") : tr("MSN %1").arg(profile.msn);
}

QString ProfileHeader::badgeStyleSheet(Environment environment)
{
    QString background = QStringLiteral("#e8f0fe");
    QString foreground = QStringLiteral("#174ea6");
    switch (environment) {
    case Environment::Test: break;
    case Environment::Production:
        background = QStringLiteral("#b3261e");
        foreground = QStringLiteral("#ffffff");
        break;
    case Environment::Custom:
        background = QStringLiteral("#eceff1");
        foreground = QStringLiteral("#37474f");
        break;
    case Environment::Sandbox:
        background = QStringLiteral("#e6f4ea");
        foreground = QStringLiteral("#137333");
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 10px; "
                          "font-weight: bold; }")
        .arg(background, foreground);
}
