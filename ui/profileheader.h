#pragma once

#include "storage/profile.h"

#include <QWidget>

#include <optional>

class ProfileStore;
class QComboBox;
class QLabel;

// The left of the header row: the profile selector (saved profiles, then "Sandbox", each with
// its environment and MSN in the open list), the environment badge and the MSN, or "Partner:
// all sales units". Browsing the closed selector
// (arrow keys, the mouse wheel, typing) never chooses: arrows and typing open its list, the wheel
// is ignored; only a choice in the list (click, Enter) emits profileChosen or sandboxChosen.
class ProfileHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileHeader)

public:
    // What the open list shows of each entry after its name (a colour chip and the words, e.g.
    // "Test · MSN 223344"); the closed selector shows the name alone, the badge beside it the rest.
    enum ItemRole {
        SummaryRole = Qt::UserRole + 3,
        ChipRole,
    };

    explicit ProfileHeader(ProfileStore *store, QWidget *parent = nullptr);

    QComboBox *profileComboBox() const { return m_combo; }
    // Re-reads the saved profiles (after the Profiles dialog changed them).
    void reloadProfiles();
    // Shows `profile` as the active one; nothing open when empty.
    void setActive(const std::optional<Profile> &profile);

    // The badge text and colours of an environment.
    static QString badgeStyleSheet(Environment environment);
    static QString salesUnitText(const Profile &profile);

Q_SIGNALS:
    void profileChosen(const QString &name);
    void sandboxChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectActive();

    ProfileStore *m_store;
    QComboBox *m_combo;
    QLabel *m_environmentLabel;
    QLabel *m_salesUnitLabel;
    std::optional<Profile> m_active;
};
