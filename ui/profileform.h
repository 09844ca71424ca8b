#pragma once

#include "core/clientconfig.h"
#include "core/environment.h"
#include "fieldmessage.h"
#include "storage/profile.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ProfileForm;
}
class QLabel;
class QLineEdit;
class RevealAction;

// The fields of one profile: name, environment (and custom base URL), MSN, the three API keys
// (password fields with reveal) and the Vipps-System-* values. It fills itself from a profile,
// checks every field as the user types and says why beside it, and hands back what was typed.
// It never touches the keychain: when the keys are stored but not loaded, a reveal (or "Show
// stored keys") asks for them with storedKeysRequested(), and the dialog answers with
// fillStoredKeys() or hideKeys().
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    // Whether `name` belongs to another saved profile (the form does not know the store).
    void setNameTaken(std::function<bool(const QString &name)> taken);
    // The saved name of the profile in the form (empty: a new one): the title, and the name check.
    void setEditingName(const QString &name);

    // Empties every field, hides the keys, clears the messages; not dirty afterwards.
    void clear();
    // Fills the fields from a saved profile (Vipps-System-* values equal to the defaults stay
    // empty, so the placeholders show the defaults).
    void fill(const Profile &profile);
    // Fills a new profile from imported values, in the test environment, with the keys typed.
    void fillImported(const QString &name, const QString &msn, const Credentials &credentials,
                      const SystemInfo &system);
    void setImportNotes(FieldSeverity severity, const QString &text);

    // The keys are in the keychain and not loaded into the fields (placeholders say so).
    void setKeysStored(bool stored);
    bool keysStored() const { return m_keysStored; }
    // The stored keys, loaded on request: fills the fields the user has not typed over, shows the
    // revealed ones; the keys are in the form from now on.
    void fillStoredKeys(const Credentials &stored);
    // Back to password fields with the reveal off (the stored keys could not be read).
    void hideKeys();
    void setKeysMessage(FieldSeverity severity, const QString &text);
    // While the keys are read, the keys' message is left alone and "Show stored keys" is off.
    void setLoadingKeys(bool loading);
    // "Show stored keys" is off while the keychain works.
    void setKeysButtonEnabled(bool enabled);

    Profile profile() const;
    Environment environment() const;
    Credentials typedCredentials() const;

    // Checks every field and says why beside it. True when the form holds a profile that can be
    // saved (Profile::validate() aside, which the caller reports); false while being filled.
    bool validate();
    // Only the fields "Test connection" needs (environment, base URL, MSN, Vipps-System-*).
    bool validateConnectionFields();

    // The user changed the form since it was filled or saved.
    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }
    void focusName();

Q_SIGNALS:
    void edited();              // the user changed a field
    void changed();             // a field changed, by the user or by code: check again
    void storedKeysRequested(); // reveal, or "Show stored keys", while the keys are only stored

protected:
    void changeEvent(QEvent *event) override;

private:
    void setEnvironment(Environment environment);
    // The MSN and PSP id: which kind of profile this is, said beside the fields.
    bool validateKind();
    void retranslate();
    void reserveMessageRoom();
    void setMessage(QLabel *label, FieldSeverity severity, const QString &text);

    std::unique_ptr<Ui::ProfileForm> m_ui;
    std::function<bool(const QString &)> m_nameTaken;
    QString m_editingName;
    bool m_keysStored = false;
    bool m_loadingKeys = false;
    bool m_filling = false;
    bool m_dirty = false;
    RevealAction *m_revealSecretAction = nullptr;
    RevealAction *m_revealKeyAction = nullptr;
};
