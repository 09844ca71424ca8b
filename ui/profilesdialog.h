#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"
#include "core/result.h"
#include "storage/profile.h"
#include "storage/secretstore.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace Ui {
class ProfilesDialog;
}
class ProfileForm;
class QPushButton;
class ProfileManager;
class ConnectionTest;

// Adds, edits and removes profiles: the list, the keychain, the Postman import and "Test
// connection"; the fields themselves are a ProfileForm, which validates as the user types and
// says why beside each field. Save stays disabled until everything is valid. The API keys go to
// the keychain only: stored keys are loaded into the form only when the user asks (reveal, or
// "Show stored keys"), and saving without touching the keys keeps the stored ones. "Test
// connection" gets a token with the form's values; "Import from Postman" fills a new profile
// from a Postman environment export.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(ProfileManager *manager, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void selectProfile(const QString &name);
    void addProfile(); // start a new, empty profile in the form (asks first when there are unsaved changes)
    // Prefills a new profile from a Postman environment export; false (and a message in the
    // dialog) when the file cannot be used. Nothing is saved until the user clicks Save.
    bool importPostman(const QString &fileName);

    // The saved name of the profile in the form; empty for a new one.
    QString editedProfileName() const { return m_editingName; }
    // Whether a profile is the one open in the window: "Open" is offered after a save only for
    // another one.
    void setOpenInWindow(std::function<bool(const QString &name)> isOpen) { m_isOpen = std::move(isOpen); }

public Q_SLOTS:
    // Asks first when the form has unsaved changes.
    void reject() override;

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    // "Open" beside "Saved": the user asks for the saved profile in the window (the dialog closes).
    void openRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    using CredentialsResult = Result<Credentials, KeychainError>;

    void refreshList(const QString &select);
    void onCurrentRowChanged();
    void selectRowOf(const QString &name); // without loading it
    void startNewProfile();
    // Runs `proceed` at once, or after the user agreed to lose the unsaved changes.
    void confirmDiscard(std::function<void()> proceed);
    void chooseImportFile();
    void loadProfile(const QString &name);
    void resetForm();
    // The keys to use: the typed ones, completed by the stored ones when they were not loaded.
    void resolveCredentials(std::function<void(const CredentialsResult &)> next);
    void showStoredKeys();
    bool validate();
    void onSaveClicked();
    void save(const Profile &profile, const Credentials &credentials);
    void onRemoveClicked();
    void onImportClicked();
    void onTestConnectionClicked();
    void testConnection(const Profile &profile, const Credentials &credentials);
    void updateBusy();
    void retranslate();
    QString uniqueName(const QString &wanted) const;

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileForm *m_form; // the fields of the profile being edited
    ProfileManager *m_manager;
    QString m_editingName;               // the saved name of the profile in the form; empty: new
    QPushButton *m_openButton = nullptr; // shown after a save: opens the saved profile
    std::function<bool(const QString &)> m_isOpen;
    bool m_saving = false;
    bool m_loadingKeys = false;
    bool m_removing = false;
    ConnectionTest *m_connectionTest; // "Test connection"
};
