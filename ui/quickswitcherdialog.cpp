#include "quickswitcherdialog.h"

#include "environmentchip.h"
#include "storage/profilestore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum Role {
    NameRole = Qt::UserRole,
    SandboxRole,
    SearchRole,
};
} // namespace

QuickSwitcherDialog::QuickSwitcherDialog(ProfileStore *store, const QString &activeName, QWidget *parent)
    : QDialog(parent), m_store(store), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("quickSwitcherDialog"));
    setWindowTitle(tr("Switch Profile"));
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Type a name, an environment or an MSN"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("profilesListWidget"));
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the search field
    m_list->setUniformItemSizes(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(440, 360);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcherDialog::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcherDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickSwitcherDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, buttons, [buttons](QListWidgetItem *current) {
        buttons->button(QDialogButtonBox::Open)->setEnabled(current);
    });
    fill(activeName);
    m_search->setFocus(Qt::OtherFocusReason);
}

QuickSwitcherDialog::~QuickSwitcherDialog() = default;

void QuickSwitcherDialog::fill(const QString &activeName)
{
    QList<Profile> profiles = m_store->profiles();
    Profile sandbox;
    sandbox.name = tr("Sandbox");
    sandbox.environment = Environment::Sandbox;
    profiles.append(sandbox); // the embedded sandbox comes last, as in the header's list
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        const bool isSandbox = i == profiles.size() - 1;
        const QString summary = EnvironmentChip::summary(profile);
        auto *item = new QListWidgetItem(EnvironmentChip::icon(profile.shownEnvironment()),
                                         tr("%1 — %2").arg(profile.name, summary), m_list);
        item->setData(NameRole, isSandbox ? QString() : profile.name);
        item->setData(SandboxRole, isSandbox);
        item->setData(SearchRole, QString(profile.name + QLatin1Char(' ') + summary));
        item->setToolTip(summary);
        if (!isSandbox && profile.name == activeName)
            m_list->setCurrentItem(item);
    }
    applyFilter();
}

void QuickSwitcherDialog::applyFilter()
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->data(SearchRole).toString();
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentItem(firstShown);
}

bool QuickSwitcherDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            // Up and Down move through the list while the typing stays in the search field.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcherDialog::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    accept();
    if (item->data(SandboxRole).toBool())
        Q_EMIT sandboxChosen();
    else
        Q_EMIT profileChosen(item->data(NameRole).toString());
}
