#include "profilesdialog.h"
#include "ui_profilesdialog.h"

#include "core/apierror.h"
#include "dialogbuttons.h"
#include "environmentchip.h"
#include "fieldmessage.h"
#include "filedialogseam.h"
#include "import/postmanimport.h"
#include "messageboxseam.h"
#include "operations/connectiontest.h"
#include "profileform.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace {

QString withoutPostmanSuffix(const QString &baseName)
{
    QString name = baseName;
    for (const auto &suffix : {QLatin1String(".postman_environment"), QLatin1String(".postman_collection")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    }
    return name;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileManager *manager, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfilesDialog>()), m_manager(manager),
      m_connectionTest(new ConnectionTest(this))
{
    m_ui->setupUi(this);
    m_form = m_ui->profileForm;
    for (QLabel *label : {m_ui->connectionStatusLabel, m_ui->saveStatusLabel})
        label->setTextFormat(Qt::PlainText);
    m_form->setNameTaken([this](const QString &name) { return m_manager->store()->contains(name); });
    m_openButton = m_ui->buttonBox->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openPushButton"));
    DialogButtons::keepTabOrder(m_ui->buttonBox);
    m_openButton->setAutoDefault(false);
    m_openButton->hide();
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString name = m_editingName;
        if (name.isEmpty() || m_form->isDirty())
            return;
        QDialog::accept();
        Q_EMIT openRequested(name);
    });

    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this,
            &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &ProfilesDialog::onRemoveClicked);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ProfilesDialog::onImportClicked);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &ProfilesDialog::onTestConnectionClicked);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ProfilesDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_form, &ProfileForm::edited, m_ui->saveStatusLabel, &QWidget::hide);
    connect(m_form, &ProfileForm::edited, m_openButton, &QWidget::hide);
    connect(m_form, &ProfileForm::changed, this, &ProfilesDialog::validate);
    connect(m_form, &ProfileForm::storedKeysRequested, this, &ProfilesDialog::showStoredKeys);
    connect(m_manager, &ProfileManager::profilesChanged, this, [this] { refreshList(m_editingName); });

    retranslate();
    refreshList({});
    const QList<Profile> profiles = m_manager->store()->profiles();
    const QString last = m_manager->store()->lastUsed();
    if (m_manager->store()->contains(last))
        selectProfile(last);
    else if (!profiles.isEmpty())
        selectProfile(profiles.first().name);
    else
        startNewProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::refreshList(const QString &select)
{
    QListWidget *list = m_ui->profilesListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Profile &profile : m_manager->store()->profiles()) {
        // The name, and beneath it the environment (a colour chip and the word) and sales unit.
        const QString summary = EnvironmentChip::summary(profile);
        auto *item = new QListWidgetItem(EnvironmentChip::icon(profile.shownEnvironment()),
                                         profile.name + QLatin1Char('\n') + summary, list);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(summary);
        if (profile.name == select)
            list->setCurrentItem(item);
    }
    if (select.isEmpty())
        list->setCurrentRow(-1);
    updateBusy();
}

void ProfilesDialog::onCurrentRowChanged()
{
    QListWidget *list = m_ui->profilesListWidget;
    QListWidgetItem *item = list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    if (name == m_editingName && !m_form->isDirty())
        return;
    if (m_form->isDirty()) {
        // Back to what the form shows until the user says the changes may go.
        selectRowOf(m_editingName);
        confirmDiscard([this, name] {
            selectRowOf(name);
            loadProfile(name);
        });
        return;
    }
    loadProfile(name);
}

void ProfilesDialog::selectRowOf(const QString &name)
{
    QListWidget *list = m_ui->profilesListWidget;
    const QSignalBlocker blocker(list);
    list->setCurrentRow(-1);
    list->clearSelection();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == name && !name.isEmpty())
            list->setCurrentRow(row);
    }
}

void ProfilesDialog::confirmDiscard(std::function<void()> proceed)
{
    if (!m_form->isDirty()) {
        proceed();
        return;
    }
    const QString name = m_form->profile().name;
    MessageBoxSeam::ask(this, QMessageBox::Question, tr("Discard Changes"),
                        name.isEmpty() ? tr("Discard the profile you have not saved yet?")
                                       : tr("Discard the unsaved changes to “%1”?").arg(name),
                        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, this,
                        [this, proceed = std::move(proceed)](QMessageBox::StandardButton answer) {
                            if (answer != QMessageBox::Discard)
                                return;
                            m_form->setDirty(false);
                            proceed();
                        });
}

void ProfilesDialog::reject()
{
    if (m_form->isDirty()) {
        confirmDiscard([this] { QDialog::reject(); });
        return;
    }
    QDialog::reject();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    if (!m_manager->store()->contains(name))
        return;
    selectRowOf(name);
    loadProfile(name);
}

void ProfilesDialog::addProfile()
{
    confirmDiscard([this] { startNewProfile(); });
}

void ProfilesDialog::startNewProfile()
{
    selectRowOf({});
    m_editingName.clear();
    m_form->setEditingName({});
    m_form->setKeysStored(false);
    resetForm();
    m_form->focusName();
}

void ProfilesDialog::loadProfile(const QString &name)
{
    const std::optional<Profile> profile = m_manager->store()->find(name);
    if (!profile) {
        startNewProfile();
        return;
    }
    m_editingName = profile->name;
    m_form->setEditingName(profile->name);
    m_form->setKeysStored(true);
    resetForm();
    m_form->fill(*profile);
    validate();
}

void ProfilesDialog::resetForm()
{
    m_connectionTest->cancel();
    m_form->clear();
    for (QLabel *label : {m_ui->connectionStatusLabel, m_ui->saveStatusLabel})
        FieldMessage::show(label, FieldSeverity::Info, {});
    m_openButton->hide();
    updateBusy();
}

void ProfilesDialog::resolveCredentials(std::function<void(const CredentialsResult &)> next)
{
    const Credentials typed = m_form->typedCredentials();
    if (!m_form->keysStored() || m_editingName.isEmpty() || typed.isComplete()) {
        next(typed);
        return;
    }
    m_loadingKeys = true;
    updateBusy();
    m_manager->loadCredentials(m_editingName, this,
                               [this, typed, next = std::move(next)](const CredentialsResult &result) {
                                   m_loadingKeys = false;
                                   updateBusy();
                                   if (!result.ok() && result.error().kind != KeychainError::Kind::NotFound) {
                                       next(result.error());
                                       return;
                                   }
                                   Credentials merged = typed;
                                   if (result.ok()) {
                                       const Credentials &stored = result.value();
                                       if (merged.clientId.isEmpty())
                                           merged.clientId = stored.clientId;
                                       if (merged.clientSecret.isEmpty())
                                           merged.clientSecret = stored.clientSecret;
                                       if (merged.subscriptionKey.isEmpty())
                                           merged.subscriptionKey = stored.subscriptionKey;
                                   }
                                   // The next keychain job must not start from inside this one's handler: hop
                                   // once.
                                   QTimer::singleShot(0, this, [next, merged] { next(merged); });
                               });
}

void ProfilesDialog::showStoredKeys()
{
    if (m_editingName.isEmpty() || !m_form->keysStored() || m_loadingKeys)
        return;
    m_loadingKeys = true;
    updateBusy();
    m_form->setKeysMessage(FieldSeverity::Info, tr("Reading the keys from the keychain..."));
    m_manager->loadCredentials(m_editingName, this, [this](const CredentialsResult &result) {
        m_loadingKeys = false;
        if (!result.ok()) {
            m_form->hideKeys();
            updateBusy();
            if (result.error().kind == KeychainError::Kind::NotFound) {
                m_form->setKeysStored(false);
                validate();
                m_form->setKeysMessage(FieldSeverity::Warning,
                                       tr("No keys are stored for this profile. Enter them, then save."));
            } else {
                m_form->setKeysMessage(
                    FieldSeverity::Error,
                    tr("The keychain did not give the stored keys: %1").arg(result.error().message));
            }
            return;
        }
        m_form->fillStoredKeys(result.value());
        updateBusy();
    });
}

bool ProfilesDialog::validate()
{
    m_form->setLoadingKeys(m_loadingKeys);
    bool ok = m_form->validate();
    if (ok) {
        if (const auto problem = m_form->profile().validate()) {
            ok = false;
            FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Error, *problem);
        }
    }
    const bool busy = m_saving || m_loadingKeys || m_removing;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(ok && !busy);
    return ok;
}

void ProfilesDialog::onSaveClicked()
{
    if (m_saving || m_loadingKeys || m_removing || !validate())
        return;
    const Profile profile = m_form->profile();
    m_saving = true;
    updateBusy();
    FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Info, tr("Saving..."));
    resolveCredentials([this, profile](const CredentialsResult &result) {
        if (!result.ok()) {
            m_saving = false;
            updateBusy();
            FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Error,
                               tr("Could not read the stored keys from the keychain: %1 Nothing was saved; "
                                  "what you typed is still here.")
                                   .arg(result.error().message));
            return;
        }
        if (!result.value().isComplete()) {
            m_saving = false;
            m_form->setKeysStored(false);
            updateBusy();
            FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Error,
                               tr("No keys are stored for this profile: enter the client ID, the client "
                                  "secret and the subscription key."));
            return;
        }
        save(profile, result.value());
    });
}

void ProfilesDialog::save(const Profile &profile, const Credentials &credentials)
{
    const QString previous = m_editingName == profile.name ? QString() : m_editingName;
    m_manager->saveProfile(
        profile, credentials, this,
        [this, name = profile.name](const Result<Done, KeychainError> &result) {
            m_saving = false;
            if (!result.ok()) {
                updateBusy();
                FieldMessage::show(
                    m_ui->saveStatusLabel, FieldSeverity::Error,
                    tr("Could not save: %1 Nothing was changed, and what you typed is still here.")
                        .arg(result.error().message));
                return;
            }
            refreshList(name);
            loadProfile(name);
            FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Ok,
                               tr("Saved “%1”. The keys are in the keychain.").arg(name));
            Q_EMIT profileSaved(name); // (the window may open it now)
            if (!m_isOpen || !m_isOpen(name)) {
                m_openButton->setToolTip(tr("Open “%1” in the window").arg(name));
                m_openButton->show();
            }
        },
        previous);
}

void ProfilesDialog::onRemoveClicked()
{
    const QString name = m_editingName;
    if (name.isEmpty() || m_saving || m_loadingKeys || m_removing)
        return;
    MessageBoxSeam::ask(
        this, QMessageBox::Warning, tr("Remove Profile"),
        tr("Remove the profile “%1”? Its API keys and the webhook secrets stored for it are deleted "
           "from this computer's keychain. The webhooks registered with Vipps MobilePay stay as they are.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_removing = true;
            updateBusy();
            m_manager->removeProfile(name, this, [this, name](const Result<Done, KeychainError> &result) {
                m_removing = false;
                if (!result.ok()) {
                    updateBusy();
                    FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Error,
                                       tr("Could not remove “%1”: %2").arg(name, result.error().message));
                    return;
                }
                refreshList({});
                const QList<Profile> profiles = m_manager->store()->profiles();
                if (profiles.isEmpty())
                    startNewProfile();
                else
                    selectProfile(profiles.first().name);
                FieldMessage::show(m_ui->saveStatusLabel, FieldSeverity::Ok, tr("Removed “%1”.").arg(name));
                Q_EMIT profileRemoved(name);
            });
        });
}

void ProfilesDialog::onImportClicked()
{
    confirmDiscard([this] { chooseImportFile(); });
}

void ProfilesDialog::chooseImportFile()
{
    FileDialogSeam::askOpenFileName(this, tr("Import a Postman Environment"),
                                    tr("Postman environment (*.json);;All files (*)"), this,
                                    [this](const QString &fileName) {
                                        if (!fileName.isEmpty())
                                            importPostman(fileName);
                                    });
}

bool ProfilesDialog::importPostman(const QString &fileName)
{
    if (m_saving || m_loadingKeys || m_removing)
        return false;
    const auto result = PostmanImport::readFile(fileName);
    if (!result.ok()) {
        m_form->setImportNotes(
            FieldSeverity::Error,
            tr("Could not import the Postman environment: %1").arg(result.error().message));
        return false;
    }
    const PostmanEnvironment &imported = result.value();
    startNewProfile();

    const QString wanted = imported.name.isEmpty()
        ? withoutPostmanSuffix(QFileInfo(fileName).completeBaseName()).simplified()
        : imported.name;
    m_form->fillImported(uniqueName(wanted), imported.msn, imported.credentials, imported.system);

    const QStringList notes = imported.notes();
    const bool attention = imported.looksLikeProduction || !imported.missingKeys.isEmpty()
        || !imported.invalidKeys.isEmpty() || !imported.disabledKeys.isEmpty();
    m_form->setImportNotes(attention ? FieldSeverity::Warning : FieldSeverity::Info,
                           (QStringList{tr("Imported from Postman. Check the values, then save.")} + notes)
                               .join(QLatin1Char('\n')));
    m_form->setDirty(true); // not saved yet: leaving asks first
    validate();
    return true;
}

void ProfilesDialog::onTestConnectionClicked()
{
    if (!m_form->validateConnectionFields()) {
        FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Error,
                           tr("Correct the fields marked above first."));
        return;
    }
    const Profile profile = m_form->profile();
    if (profile.environment == Environment::Sandbox) {
        FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Info,
                           tr("The built-in sandbox needs no keys; the main window starts it."));
        return;
    }
    resolveCredentials([this, profile](const CredentialsResult &result) {
        if (!result.ok()) {
            FieldMessage::show(
                m_ui->connectionStatusLabel, FieldSeverity::Error,
                tr("Could not read the stored keys from the keychain: %1").arg(result.error().message));
            return;
        }
        if (!result.value().isComplete()) {
            FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Error,
                               tr("Enter the client ID, the client secret and the subscription key first."));
            return;
        }
        testConnection(profile, result.value());
    });
}

void ProfilesDialog::testConnection(const Profile &profile, const Credentials &credentials)
{
    ClientConfig config = profile.clientConfig(credentials);
    config.timeoutMs = 20000;
    FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Info,
                       tr("Getting an access token from %1...").arg(config.baseUrl.toDisplayString()));
    m_ui->connectionStatusLabel->setToolTip({});
    m_connectionTest->start(config, this, [this](const Result<AccessToken> &result) {
        updateBusy();
        if (result.ok()) {
            const QString until
                = QLocale().toString(result.value().expiresAt.toLocalTime(), QLocale::ShortFormat);
            FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Ok,
                               tr("The keys work. Token valid until %1.").arg(until));
            return;
        }
        const ApiError &error = result.error();
        QStringList lines{tr("The connection test failed."), error.summary()};
        if (!error.traceId.isEmpty() && !error.summary().contains(error.traceId))
            lines << tr("Trace id: %1").arg(error.traceId);
        if (const QString hint = ConnectionTest::hintFor(error); !hint.isEmpty())
            lines << hint;
        FieldMessage::show(m_ui->connectionStatusLabel, FieldSeverity::Error, lines.join(QLatin1Char('\n')));
        m_ui->connectionStatusLabel->setToolTip(error.details());
    });
    updateBusy();
}

void ProfilesDialog::updateBusy()
{
    const bool keychainBusy = m_saving || m_loadingKeys || m_removing;
    m_ui->profilesListWidget->setEnabled(!keychainBusy);
    m_ui->addPushButton->setEnabled(!keychainBusy);
    m_ui->importPushButton->setEnabled(!keychainBusy);
    m_ui->removePushButton->setEnabled(!keychainBusy && !m_editingName.isEmpty());
    m_form->setKeysButtonEnabled(!keychainBusy);
    m_ui->testConnectionPushButton->setEnabled(!m_connectionTest->isRunning() && !m_loadingKeys);
    validate();
}

QString ProfilesDialog::uniqueName(const QString &wanted) const
{
    const QString base = wanted.isEmpty() ? tr("Imported profile") : wanted;
    if (!m_manager->store()->contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!m_manager->store()->contains(candidate))
            return candidate;
    }
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    m_ui->testConnectionPushButton->setToolTip(tr("Gets an access token with the values in the form"));
    updateBusy();
}
