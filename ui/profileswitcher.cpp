#include "profileswitcher.h"

#include "messagebar.h"
#include "messageboxseam.h"
#include "operations/consolesession.h"
#include "profileheader.h"
#include "profilesdialog.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QWidget>

ProfileSwitcher::ProfileSwitcher(ConsoleSession *session, ProfileHeader *header, MessageBar *messageBar,
                                 QWidget *window)
    : QObject(window), m_session(session), m_header(header), m_messageBar(messageBar), m_window(window)
{
    connect(m_header, &ProfileHeader::profileChosen, this, &ProfileSwitcher::chooseProfile);
    connect(m_header, &ProfileHeader::sandboxChosen, this, &ProfileSwitcher::chooseSandbox);
    connect(m_session->profileManager(), &ProfileManager::profilesChanged, m_header,
            &ProfileHeader::reloadProfiles);
    connect(m_session, &ConsoleSession::openFailed, this, &ProfileSwitcher::showOpenFailure);
}

void ProfileSwitcher::chooseProfile(const QString &name)
{
    if (m_session->hasProfile() && !m_session->isSandbox() && m_session->profile().name == name
        && m_session->state() == ConsoleSession::State::Ready) {
        return;
    }
    const std::optional<Profile> saved = m_session->profileManager()->store()->find(name);
    if (!saved || !saved->isProduction()) {
        confirmLeaving([this, name] { m_session->openProfile(name); });
        return;
    }
    const QString question = saved->isPartner()
        ? tr("Open the production profile “%1” (partner keys: every sales unit)? Changes there affect live "
             "payments.")
              .arg(name)
        : tr("Open the production profile “%1” (MSN %2)? Changes there affect live payments.")
              .arg(name, saved->msn);
    MessageBoxSeam::ask(m_window, QMessageBox::Warning, tr("Open production profile"), question,
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                        [this, name](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Yes)
                                confirmLeaving([this, name] { m_session->openProfile(name); });
                            else
                                restoreSelection();
                        });
}

void ProfileSwitcher::openAtLaunch(const QString &name)
{
    if (!name.isEmpty()) {
        chooseProfile(name);
        return;
    }
    const QString last = m_session->profileManager()->store()->lastUsed();
    const std::optional<Profile> saved = m_session->profileManager()->store()->find(last);
    if (!saved)
        return;
    if (!saved->isProduction()) {
        m_session->openProfile(last);
        return;
    }
    m_messageBar->showMessage(MessageBar::Level::Information,
                              tr("“%1” is a production profile: it is not opened by itself.").arg(last),
                              tr("Choose it in the profile list, or open it here."));
    m_messageBar->setAction(tr("Open “%1”…").arg(last), [this, last] { chooseProfile(last); });
}

void ProfileSwitcher::restoreSelection()
{
    m_header->setActive(m_session->hasProfile() ? std::optional(m_session->profile()) : std::nullopt);
}

void ProfileSwitcher::chooseSandbox()
{
    if (m_session->isSandbox() && m_session->state() == ConsoleSession::State::Ready)
        return;
    confirmLeaving([this] { m_session->openSandbox(); });
}

void ProfileSwitcher::confirmLeaving(std::function<void()> leave)
{
    if (!m_session->isRegistering()) {
        leave();
        return;
    }
    MessageBoxSeam::ask(m_window, QMessageBox::Warning, tr("Registration in progress"),
                        tr("A registration is still running. If you switch now, its answer is dropped and "
                           "the new webhook's secret may be lost. Switch anyway?"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                        [this, leave](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Yes) {
                                leave();
                                return;
                            }
                            restoreSelection();
                        });
}

void ProfileSwitcher::openProfilesDialog(bool addNew)
{
    if (auto *existing = m_window->findChild<ProfilesDialog *>(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        if (addNew)
            existing->addProfile();
        return;
    }
    auto *dialog = new ProfilesDialog(m_session->profileManager(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (addNew)
        dialog->addProfile();
    else if (m_session->hasProfile() && !m_session->isSandbox())
        dialog->selectProfile(m_session->profile().name);
    connect(dialog, &ProfilesDialog::profileSaved, this, &ProfileSwitcher::onProfileSaved);
    connect(dialog, &ProfilesDialog::profileRemoved, this, &ProfileSwitcher::onProfileRemoved);
    connect(dialog, &ProfilesDialog::openRequested, this, &ProfileSwitcher::chooseProfile);
    dialog->setOpenInWindow([this](const QString &name) {
        return m_session->hasProfile() && !m_session->isSandbox() && m_session->profile().name == name;
    });
    dialog->open();
}

void ProfileSwitcher::showOpenFailure(const QString &title, const QString &detail)
{
    m_messageBar->showMessage(MessageBar::Level::Error, title, detail);
    m_messageBar->setAction(tr("Open Profiles…"), [this] { openProfilesDialog(); });
}

void ProfileSwitcher::onProfileSaved(const QString &name)
{
    m_header->reloadProfiles();
    const bool isActive
        = m_session->hasProfile() && !m_session->isSandbox() && m_session->profile().name == name;
    const bool nothingOpen = !m_session->hasProfile() || m_session->state() == ConsoleSession::State::Failed;
    const std::optional<Profile> saved = m_session->profileManager()->store()->find(name);
    // A saved profile opens when it is the one open (its keys may have changed) or when nothing
    // is open; but nothing ever switches to production by itself, not even the open profile
    // edited into a production one (it closes; choosing it again asks).
    if (isActive && saved && saved->isProduction() && !m_session->isProduction()) {
        m_session->closeProfile();
        m_messageBar->showMessage(
            MessageBar::Level::Information,
            tr("“%1” is a production profile now: it is not opened by itself.").arg(name),
            tr("Choose it in the profile list, or open it here."));
        m_messageBar->setAction(tr("Open “%1”…").arg(name), [this, name] { chooseProfile(name); });
    } else if (isActive || (nothingOpen && saved && !saved->isProduction())) {
        m_session->openProfile(name);
    } else {
        m_messageBar->showMessage(MessageBar::Level::Information, tr("Profile “%1” saved.").arg(name),
                                  tr("Choose it in the profile list to open it."));
    }
}

void ProfileSwitcher::onProfileRemoved(const QString &name)
{
    m_header->reloadProfiles();
    if (m_session->hasProfile() && !m_session->isSandbox() && m_session->profile().name == name)
        m_session->closeProfile();
}
