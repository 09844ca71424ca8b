#pragma once

#include <QObject>

#include <functional>

class ConsoleSession;
class MessageBar;
class ProfileHeader;
class QWidget;

// Which profile is open, as the user decides it: the profile selector, the Profiles dialog and
// what follows its saves and removals. Leaving a profile while a registration runs asks first
// (the secret would be lost); a saved profile opens by itself only when nothing else is open,
// and never when it is a production profile. Entering a production profile is one deliberate act:
// a question naming the environment and the sales unit, No by default.
class ProfileSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    ProfileSwitcher(ConsoleSession *session, ProfileHeader *header, MessageBar *messageBar, QWidget *window);

    // The one way a profile is opened by choice (the header's list, the quick switcher, "Open"
    // after a save): a production profile only after its question.
    void chooseProfile(const QString &name);
    // At launch: the profile named on the command line (asked for when in production), else the
    // last one used unless it is a production profile (then the welcome, and a way to open it).
    void openAtLaunch(const QString &name);
    void chooseSandbox();
    // Opens the Profiles dialog (or raises it); with `addNew` on an empty form.
    void openProfilesDialog(bool addNew = false);
    // Says why a profile could not be opened, with a way to the Profiles dialog.
    void showOpenFailure(const QString &title, const QString &detail);

private:
    void confirmLeaving(std::function<void()> leave);
    // Shows the profile that stays open in the selector again.
    void restoreSelection();
    void onProfileSaved(const QString &name);
    void onProfileRemoved(const QString &name);

    ConsoleSession *m_session;
    ProfileHeader *m_header;
    MessageBar *m_messageBar;
    QWidget *m_window;
};
