#include "profilesdialog.h"
#include "ui_profilesdialog.h"

#include "core/validation.h"
#include "core/webhooksclient.h"
#include "import/postmanimport.h"
#include "messageboxseam.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace {

// An eye (crossed out when `hide`), drawn so the reveal action has an icon on every platform
// and theme; the icon theme's own is preferred where there is one.
QIcon eyeIcon(const QPalette &palette, bool hide)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::Text), 2.5);
    painter.setPen(pen);
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 3, 29, 16);
    eye.quadTo(16, 29, 3, 16);
    painter.drawPath(eye);
    painter.setBrush(palette.color(QPalette::Text));
    painter.drawEllipse(QPointF(16, 16), 4, 4);
    if (hide)
        painter.drawLine(QPointF(6, 27), QPointF(26, 5));
    painter.end();
    return QIcon::fromTheme(hide ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
                            QIcon(pixmap));
}

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
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_manager(manager)
{
    m_ui->setupUi(this);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("StatusLabel"))
            || label == m_ui->importNotesLabel) {
            label->setTextFormat(Qt::PlainText);
        }
    }

    m_revealSecretAction = m_ui->clientSecretLineEdit->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_revealKeyAction = m_ui->subscriptionKeyLineEdit->addAction(QIcon(), QLineEdit::TrailingPosition);
    for (auto [field, action] : {std::pair{m_ui->clientSecretLineEdit, m_revealSecretAction},
                                 std::pair{m_ui->subscriptionKeyLineEdit, m_revealKeyAction}}) {
        action->setObjectName(field->objectName() + QLatin1String("RevealAction"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::toggled, this, [this, field = field, action = action](bool checked) {
            onRevealToggled(field, action, checked);
        });
    }

    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &ProfilesDialog::onRemoveClicked);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ProfilesDialog::onImportClicked);
    connect(m_ui->showStoredKeysPushButton, &QPushButton::clicked, this, [this] { showStoredKeys(); });
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &ProfilesDialog::onTestConnectionClicked);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ProfilesDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_ui->saveStatusLabel->setVisible(false);
        validate();
    });
    connect(m_ui->environmentComboBox, &QComboBox::activated, this, [this] { m_dirty = true; });
    for (QLineEdit *field : findChildren<QLineEdit *>()) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_dirty = true;
            m_ui->saveStatusLabel->setVisible(false);
        });
        connect(field, &QLineEdit::textChanged, this, &ProfilesDialog::validate);
    }
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
        auto *item = new QListWidgetItem(profile.name, list);
        item->setData(Qt::UserRole, profile.name);
        const QString where = Environments::displayName(profile.environment);
        item->setToolTip(profile.isPartner() ? tr("%1, partner keys").arg(where)
                                             : tr("%1, sales unit %2").arg(where, profile.msn));
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
    if (name == m_editingName && !m_dirty)
        return;
    if (m_dirty) {
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
    if (!m_dirty) {
        proceed();
        return;
    }
    const QString name = m_ui->nameLineEdit->text().trimmed();
    MessageBoxSeam::ask(this, QMessageBox::Question, tr("Discard Changes"),
                        name.isEmpty() ? tr("Discard the profile you have not saved yet?")
                                       : tr("Discard the unsaved changes to “%1”?").arg(name),
                        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, this,
                        [this, proceed = std::move(proceed)](QMessageBox::StandardButton answer) {
                            if (answer != QMessageBox::Discard)
                                return;
                            m_dirty = false;
                            proceed();
                        });
}

void ProfilesDialog::reject()
{
    if (m_dirty) {
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
    m_credentialsInForm = true;
    resetForm();
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

void ProfilesDialog::loadProfile(const QString &name)
{
    const std::optional<Profile> profile = m_manager->store()->find(name);
    if (!profile) {
        startNewProfile();
        return;
    }
    m_editingName = profile->name;
    m_credentialsInForm = false;
    resetForm();

    m_filling = true;
    const SystemInfo defaults = SystemInfo::defaults();
    m_ui->nameLineEdit->setText(profile->name);
    setEnvironment(profile->environment);
    m_ui->baseUrlLineEdit->setText(profile->customBaseUrl.toString());
    m_ui->msnLineEdit->setText(profile->msn);
    m_ui->systemNameLineEdit->setText(profile->system.name == defaults.name ? QString() : profile->system.name);
    m_ui->systemVersionLineEdit->setText(profile->system.version == defaults.version ? QString() : profile->system.version);
    m_ui->systemPluginNameLineEdit->setText(
        profile->system.pluginName == defaults.pluginName ? QString() : profile->system.pluginName);
    m_ui->systemPluginVersionLineEdit->setText(
        profile->system.pluginVersion == defaults.pluginVersion ? QString() : profile->system.pluginVersion);
    m_filling = false;
    retranslate();
}

void ProfilesDialog::resetForm()
{
    m_filling = true;
    if (m_testClient) {
        m_testClient->cancelAll();
        m_testClient->deleteLater();
        m_testClient = nullptr;
    }
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        field->clear();
    for (QAction *action : {m_revealSecretAction, m_revealKeyAction}) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
    m_ui->clientSecretLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->subscriptionKeyLineEdit->setEchoMode(QLineEdit::Password);
    setEnvironment(Environment::Test);
    for (QLabel *label : {m_ui->importNotesLabel, m_ui->connectionStatusLabel, m_ui->saveStatusLabel})
        setMessage(label, Severity::Info, {});
    m_dirty = false;
    m_filling = false;
    retranslate();
}

void ProfilesDialog::setEnvironment(Environment environment)
{
    QComboBox *combo = m_ui->environmentComboBox;
    const QString key = Environments::key(environment);
    int index = combo->findData(key);
    if (index < 0) {
        // Sandbox profiles come from the window's "Try the sandbox"; offered only when edited.
        combo->addItem(Environments::displayName(environment), key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

Environment ProfilesDialog::formEnvironment() const
{
    return Environments::fromKey(m_ui->environmentComboBox->currentData().toString()).value_or(Environment::Test);
}

Profile ProfilesDialog::profileFromForm() const
{
    const SystemInfo defaults = SystemInfo::defaults();
    const auto valueOr = [](const QLineEdit *field, const QString &fallback) {
        const QString text = field->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    Profile profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.environment = formEnvironment();
    if (profile.environment == Environment::Custom)
        profile.customBaseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    profile.msn = m_ui->msnLineEdit->text().trimmed();
    profile.system.name = valueOr(m_ui->systemNameLineEdit, defaults.name);
    profile.system.version = valueOr(m_ui->systemVersionLineEdit, defaults.version);
    profile.system.pluginName = valueOr(m_ui->systemPluginNameLineEdit, defaults.pluginName);
    profile.system.pluginVersion = valueOr(m_ui->systemPluginVersionLineEdit, defaults.pluginVersion);
    return profile;
}

Credentials ProfilesDialog::typedCredentials() const
{
    return Credentials{m_ui->clientIdLineEdit->text().trimmed(), m_ui->clientSecretLineEdit->text().trimmed(),
                       m_ui->subscriptionKeyLineEdit->text().trimmed()};
}

void ProfilesDialog::resolveCredentials(std::function<void(const CredentialsResult &)> next)
{
    const Credentials typed = typedCredentials();
    if (m_credentialsInForm || m_editingName.isEmpty() || typed.isComplete()) {
        next(typed);
        return;
    }
    m_loadingKeys = true;
    updateBusy();
    m_manager->loadCredentials(m_editingName, this, [this, typed, next = std::move(next)](const CredentialsResult &result) {
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
        // The next keychain job must not start from inside this one's handler: hop once.
        QTimer::singleShot(0, this, [next, merged] { next(merged); });
    });
}

void ProfilesDialog::showStoredKeys(std::function<void()> then)
{
    if (m_editingName.isEmpty() || m_credentialsInForm) {
        if (then)
            then();
        return;
    }
    m_loadingKeys = true;
    updateBusy();
    setMessage(m_ui->keysStatusLabel, Severity::Info, tr("Reading the keys from the keychain..."));
    m_manager->loadCredentials(m_editingName, this, [this, then = std::move(then)](const CredentialsResult &result) {
        m_loadingKeys = false;
        if (!result.ok()) {
            for (QAction *action : {m_revealSecretAction, m_revealKeyAction}) {
                const QSignalBlocker blocker(action);
                action->setChecked(false);
            }
            m_ui->clientSecretLineEdit->setEchoMode(QLineEdit::Password);
            m_ui->subscriptionKeyLineEdit->setEchoMode(QLineEdit::Password);
            updateBusy();
            if (result.error().kind == KeychainError::Kind::NotFound) {
                m_credentialsInForm = true;
                validate();
                setMessage(m_ui->keysStatusLabel, Severity::Warning,
                           tr("No keys are stored for this profile. Enter them, then save."));
            } else {
                setMessage(m_ui->keysStatusLabel, Severity::Error,
                           tr("The keychain did not give the stored keys: %1").arg(result.error().message));
            }
            return;
        }
        // Fill only what the user has not typed over.
        const Credentials &stored = result.value();
        const std::pair<QLineEdit *, QString> fill[] = {{m_ui->clientIdLineEdit, stored.clientId},
                                                        {m_ui->clientSecretLineEdit, stored.clientSecret},
                                                        {m_ui->subscriptionKeyLineEdit, stored.subscriptionKey}};
        for (const auto &[field, value] : fill) {
            if (field->text().isEmpty())
                field->setText(value);
        }
        m_credentialsInForm = true;
        retranslate();
        updateBusy();
        if (then)
            then();
    });
}

void ProfilesDialog::onRevealToggled(QLineEdit *field, QAction *action, bool reveal)
{
    action->setIcon(eyeIcon(palette(), reveal));
    action->setToolTip(reveal ? tr("Hide (Ctrl+H)") : tr("Show (Ctrl+H)"));
    if (reveal && !m_credentialsInForm && !m_editingName.isEmpty()) {
        showStoredKeys([field, action] {
            if (action->isChecked())
                field->setEchoMode(QLineEdit::Normal);
        });
        return;
    }
    field->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
}

bool ProfilesDialog::validateConnectionFields()
{
    bool ok = true;
    const Environment environment = formEnvironment();
    switch (environment) {
    case Environment::Test:
        setMessage(m_ui->environmentStatusLabel, Severity::Info, {});
        break;
    case Environment::Production:
        setMessage(m_ui->environmentStatusLabel, Severity::Warning,
                   tr("Production: changes affect live payments. Use production keys; test keys fail here."));
        break;
    case Environment::Custom:
        setMessage(m_ui->environmentStatusLabel, Severity::Info, {});
        break;
    case Environment::Sandbox:
        setMessage(m_ui->environmentStatusLabel, Severity::Info,
                   tr("The sandbox built into this console: no real keys are needed."));
        break;
    }

    const bool custom = environment == Environment::Custom;
    m_ui->formLayout->setRowVisible(m_ui->baseUrlLabel, custom);
    if (custom) {
        const QString text = m_ui->baseUrlLineEdit->text().trimmed();
        if (text.isEmpty()) {
            ok = false;
            setMessage(m_ui->baseUrlStatusLabel, Severity::Info,
                       tr("Enter the API base URL, such as https://apitest.vipps.no (plain http only "
                          "for this computer, such as a local sandbox)."));
        } else if (const auto problem = Validation::checkBaseUrl(QUrl(text, QUrl::StrictMode))) {
            ok = false;
            setMessage(m_ui->baseUrlStatusLabel, Severity::Error, *problem);
        } else {
            setMessage(m_ui->baseUrlStatusLabel, Severity::Info, {});
        }
    }

    const QString msn = m_ui->msnLineEdit->text().trimmed();
    if (msn.isEmpty()) {
        setMessage(m_ui->msnStatusLabel, Severity::Info,
                   tr("Empty means partner keys: registrations then cover every sales unit of the "
                      "partner, present and future."));
    } else if (const auto problem = Validation::checkMsn(msn)) {
        ok = false;
        setMessage(m_ui->msnStatusLabel, Severity::Error, *problem);
    } else {
        setMessage(m_ui->msnStatusLabel, Severity::Info, {});
    }

    const std::pair<QLineEdit *, QLabel *> systemFields[] = {
        {m_ui->systemNameLineEdit, m_ui->systemNameStatusLabel},
        {m_ui->systemVersionLineEdit, m_ui->systemVersionStatusLabel},
        {m_ui->systemPluginNameLineEdit, m_ui->systemPluginNameStatusLabel},
        {m_ui->systemPluginVersionLineEdit, m_ui->systemPluginVersionStatusLabel},
    };
    for (const auto &[field, label] : systemFields) {
        if (const auto problem = Validation::checkSystemValue(field->text().trimmed())) {
            ok = false;
            setMessage(label, Severity::Error, *problem);
        } else {
            setMessage(label, Severity::Info, {});
        }
    }
    return ok;
}

bool ProfilesDialog::validate()
{
    if (m_filling)
        return false;
    bool ok = true;
    const Profile profile = profileFromForm();

    Profile nameOnly;
    nameOnly.name = profile.name;
    if (profile.name.isEmpty()) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, Severity::Info,
                   tr("Enter a name, such as the shop and the environment."));
    } else if (const auto problem = nameOnly.validate()) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, Severity::Error, *problem);
    } else if (profile.name != m_editingName && m_manager->store()->contains(profile.name)) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, Severity::Error,
                   tr("A profile named “%1” exists already.").arg(profile.name));
    } else {
        setMessage(m_ui->nameStatusLabel, Severity::Info, {});
    }

    ok = validateConnectionFields() && ok;

    if (!m_loadingKeys) {
        const Credentials typed = typedCredentials();
        if (m_credentialsInForm) {
            QStringList missing;
            if (typed.clientId.isEmpty())
                missing << tr("the client ID");
            if (typed.clientSecret.isEmpty())
                missing << tr("the client secret");
            if (typed.subscriptionKey.isEmpty())
                missing << tr("the subscription key");
            if (!missing.isEmpty()) {
                ok = false;
                setMessage(m_ui->keysStatusLabel, Severity::Info,
                           tr("Still needed: %1 (business portal, For developers). They are kept in "
                              "the keychain only.")
                               .arg(QLocale().createSeparatedList(missing)));
            } else {
                setMessage(m_ui->keysStatusLabel, Severity::Info, tr("The keys are kept in the keychain only."));
            }
        } else {
            setMessage(m_ui->keysStatusLabel, Severity::Info,
                       tr("The stored keys are kept unless you type new ones."));
        }
    }
    m_ui->showStoredKeysPushButton->setVisible(!m_editingName.isEmpty() && !m_credentialsInForm);

    if (ok) {
        if (const auto problem = profile.validate()) {
            ok = false;
            setMessage(m_ui->saveStatusLabel, Severity::Error, *problem);
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
    const Profile profile = profileFromForm();
    m_saving = true;
    updateBusy();
    setMessage(m_ui->saveStatusLabel, Severity::Info, tr("Saving..."));
    resolveCredentials([this, profile](const CredentialsResult &result) {
        if (!result.ok()) {
            m_saving = false;
            updateBusy();
            setMessage(m_ui->saveStatusLabel, Severity::Error,
                       tr("Could not read the stored keys from the keychain: %1 Nothing was saved; "
                          "what you typed is still here.")
                           .arg(result.error().message));
            return;
        }
        if (!result.value().isComplete()) {
            m_saving = false;
            m_credentialsInForm = true;
            updateBusy();
            setMessage(m_ui->saveStatusLabel, Severity::Error,
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
                setMessage(m_ui->saveStatusLabel, Severity::Error,
                           tr("Could not save: %1 Nothing was changed, and what you typed is still here.")
                               .arg(result.error().message));
                return;
            }
            refreshList(name);
            loadProfile(name);
            setMessage(m_ui->saveStatusLabel, Severity::Ok, tr("Saved “%1”. The keys are in the keychain.").arg(name));
            Q_EMIT profileSaved(name);
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
                    setMessage(m_ui->saveStatusLabel, Severity::Error,
                               tr("Could not remove “%1”: %2").arg(name, result.error().message));
                    return;
                }
                refreshList({});
                const QList<Profile> profiles = m_manager->store()->profiles();
                if (profiles.isEmpty())
                    startNewProfile();
                else
                    selectProfile(profiles.first().name);
                setMessage(m_ui->saveStatusLabel, Severity::Ok, tr("Removed “%1”.").arg(name));
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
    auto *dialog = new QFileDialog(this, tr("Import a Postman Environment"), QString(),
                                   tr("Postman environment (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) { importPostman(fileName); });
    dialog->open();
}

bool ProfilesDialog::importPostman(const QString &fileName)
{
    if (m_saving || m_loadingKeys || m_removing)
        return false;
    const auto result = PostmanImport::readFile(fileName);
    if (!result.ok()) {
        setMessage(m_ui->importNotesLabel, Severity::Error,
                   tr("Could not import the Postman environment: %1").arg(result.error().message));
        return false;
    }
    const PostmanEnvironment &imported = result.value();
    startNewProfile();

    const QString wanted = imported.name.isEmpty()
        ? withoutPostmanSuffix(QFileInfo(fileName).completeBaseName()).simplified()
        : imported.name;
    m_ui->nameLineEdit->setText(uniqueName(wanted));
    m_ui->msnLineEdit->setText(imported.msn);
    m_ui->clientIdLineEdit->setText(imported.credentials.clientId);
    m_ui->clientSecretLineEdit->setText(imported.credentials.clientSecret);
    m_ui->subscriptionKeyLineEdit->setText(imported.credentials.subscriptionKey);
    m_ui->systemNameLineEdit->setText(imported.system.name);
    m_ui->systemVersionLineEdit->setText(imported.system.version);
    m_ui->systemPluginNameLineEdit->setText(imported.system.pluginName);
    m_ui->systemPluginVersionLineEdit->setText(imported.system.pluginVersion);
    // Never production by itself: the profile stays on Test, and the notes say why.
    setEnvironment(Environment::Test);

    const QStringList notes = imported.notes();
    const bool attention = imported.looksLikeProduction || !imported.missingKeys.isEmpty()
        || !imported.invalidKeys.isEmpty() || !imported.disabledKeys.isEmpty();
    setMessage(m_ui->importNotesLabel, attention ? Severity::Warning : Severity::Info,
               (QStringList{tr("Imported from Postman. Check the values, then save.")} + notes).join(QLatin1Char('\n')));
    m_dirty = true; // not saved yet: leaving asks first
    validate();
    return true;
}

void ProfilesDialog::onTestConnectionClicked()
{
    if (!validateConnectionFields()) {
        setMessage(m_ui->connectionStatusLabel, Severity::Error, tr("Correct the fields marked above first."));
        return;
    }
    const Profile profile = profileFromForm();
    if (profile.environment == Environment::Sandbox) {
        setMessage(m_ui->connectionStatusLabel, Severity::Info,
                   tr("The built-in sandbox needs no keys; the main window starts it."));
        return;
    }
    resolveCredentials([this, profile](const CredentialsResult &result) {
        if (!result.ok()) {
            setMessage(m_ui->connectionStatusLabel, Severity::Error,
                       tr("Could not read the stored keys from the keychain: %1").arg(result.error().message));
            return;
        }
        if (!result.value().isComplete()) {
            setMessage(m_ui->connectionStatusLabel, Severity::Error,
                       tr("Enter the client ID, the client secret and the subscription key first."));
            return;
        }
        testConnection(profile, result.value());
    });
}

void ProfilesDialog::testConnection(const Profile &profile, const Credentials &credentials)
{
    if (m_testClient) {
        m_testClient->cancelAll();
        m_testClient->deleteLater();
    }
    ClientConfig config = profile.clientConfig(credentials);
    config.timeoutMs = 20000;
    auto *client = new WebhooksClient(config, this);
    m_testClient = client;
    updateBusy();
    setMessage(m_ui->connectionStatusLabel, Severity::Info,
               tr("Getting an access token from %1...").arg(config.baseUrl.toDisplayString()));
    m_ui->connectionStatusLabel->setToolTip({});

    client->fetchToken(this, [this, client](const Result<AccessToken> &result) {
        if (client != m_testClient)
            return; // superseded by a newer test or a reset form
        m_testClient = nullptr;
        client->deleteLater();
        updateBusy();
        if (result.ok()) {
            const QString until = QLocale().toString(result.value().expiresAt.toLocalTime(), QLocale::ShortFormat);
            setMessage(m_ui->connectionStatusLabel, Severity::Ok,
                       tr("The keys work. Token valid until %1.").arg(until));
            return;
        }
        const ApiError &error = result.error();
        QStringList lines{tr("The connection test failed."), error.summary()};
        if (!error.traceId.isEmpty() && !error.summary().contains(error.traceId))
            lines << tr("Trace id: %1").arg(error.traceId);
        // The hint that test keys fail against production and the reverse.
        QString hint = error.hint();
        const bool authentication = error.kind == ApiError::Kind::Authentication || error.httpStatus == 401;
        if (hint.isEmpty() && authentication) {
            hint = tr("Test keys work only against the test environment, and production keys only "
                      "against production: these keys may belong to the other environment.");
        }
        if (!hint.isEmpty())
            lines << hint;
        setMessage(m_ui->connectionStatusLabel, Severity::Error, lines.join(QLatin1Char('\n')));
        m_ui->connectionStatusLabel->setToolTip(error.details());
    });
}

void ProfilesDialog::updateBusy()
{
    const bool keychainBusy = m_saving || m_loadingKeys || m_removing;
    m_ui->profilesListWidget->setEnabled(!keychainBusy);
    m_ui->addPushButton->setEnabled(!keychainBusy);
    m_ui->importPushButton->setEnabled(!keychainBusy);
    m_ui->removePushButton->setEnabled(!keychainBusy && !m_editingName.isEmpty());
    m_ui->showStoredKeysPushButton->setEnabled(!keychainBusy);
    m_ui->testConnectionPushButton->setEnabled(!m_testClient && !m_loadingKeys);
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
    } else if (event->type() == QEvent::PaletteChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    QComboBox *combo = m_ui->environmentComboBox;
    {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        const bool hasSandbox = combo->findData(Environments::key(Environment::Sandbox)) >= 0;
        combo->clear();
        combo->addItem(tr("Test (apitest.vipps.no)"), Environments::key(Environment::Test));
        combo->addItem(tr("Production (api.vipps.no)"), Environments::key(Environment::Production));
        combo->addItem(tr("Custom base URL"), Environments::key(Environment::Custom));
        if (hasSandbox || current == Environments::key(Environment::Sandbox))
            combo->addItem(Environments::displayName(Environment::Sandbox), Environments::key(Environment::Sandbox));
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }

    m_ui->formTitleLabel->setText(m_editingName.isEmpty() ? tr("New profile")
                                                          : tr("Profile “%1”").arg(m_editingName));
    const bool stored = !m_credentialsInForm;
    m_ui->clientIdLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain") : tr("A GUID from the business portal"));
    m_ui->clientSecretLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain") : tr("From the business portal"));
    m_ui->subscriptionKeyLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain")
                                                             : tr("Ocp-Apim-Subscription-Key"));
    m_ui->msnLineEdit->setPlaceholderText(tr("Empty for partner keys"));
    m_ui->msnLineEdit->setToolTip(tr("Merchant Serial Number: the sales unit, 4 to 7 digits"));

    const SystemInfo defaults = SystemInfo::defaults();
    const std::tuple<QLineEdit *, QString, QString> systemFields[] = {
        {m_ui->systemNameLineEdit, defaults.name, QStringLiteral("Vipps-System-Name")},
        {m_ui->systemVersionLineEdit, defaults.version, QStringLiteral("Vipps-System-Version")},
        {m_ui->systemPluginNameLineEdit, defaults.pluginName, QStringLiteral("Vipps-System-Plugin-Name")},
        {m_ui->systemPluginVersionLineEdit, defaults.pluginVersion, QStringLiteral("Vipps-System-Plugin-Version")},
    };
    for (const auto &[field, fallback, header] : systemFields) {
        field->setPlaceholderText(fallback);
        field->setToolTip(tr("Sent as %1, at most 30 characters. Empty: “%2”.").arg(header, fallback));
    }
    for (QAction *action : {m_revealSecretAction, m_revealKeyAction}) {
        const bool revealed = action->isChecked();
        action->setIcon(eyeIcon(palette(), revealed));
        action->setToolTip(revealed ? tr("Hide (Ctrl+H)") : tr("Show (Ctrl+H)"));
        action->setText(action->toolTip());
    }
    m_ui->testConnectionPushButton->setToolTip(tr("Gets an access token with the values in the form"));
    updateBusy();
}

void ProfilesDialog::setMessage(QLabel *label, Severity severity, const QString &text)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor color = palette().color(QPalette::WindowText);
    switch (severity) {
    case Severity::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
        break;
    case Severity::Warning:
        color = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
        break;
    case Severity::Ok:
        color = dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
        break;
    case Severity::Info:
        break;
    }
    QPalette labelPalette = label->palette();
    labelPalette.setColor(QPalette::WindowText, color);
    label->setPalette(labelPalette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
