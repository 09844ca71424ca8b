#include "profileform.h"
#include "ui_profileform.h"

#include "core/validation.h"
#include "revealaction.h"

#include <QAction>
#include <QEvent>
#include <QLocale>

#include <tuple>

ProfileForm::ProfileForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ProfileForm>())
{
    m_ui->setupUi(this);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("StatusLabel")) || label == m_ui->importNotesLabel)
            label->setTextFormat(Qt::PlainText);
    }

    // Stored keys that are not loaded yet show only once they are (storedKeysRequested()).
    const auto keysNotLoaded = [this] { return m_keysStored && !m_editingName.isEmpty(); };
    m_revealSecretAction = RevealAction::attach(m_ui->clientSecretLineEdit);
    m_revealKeyAction = RevealAction::attach(m_ui->subscriptionKeyLineEdit);
    for (RevealAction *action : {m_revealSecretAction, m_revealKeyAction}) {
        action->setHoldBack(keysNotLoaded);
        connect(action, &QAction::toggled, this, [this, keysNotLoaded](bool reveal) {
            if (reveal && keysNotLoaded())
                Q_EMIT storedKeysRequested(); // the field shows once the keys are filled in
        });
    }

    connect(m_ui->showStoredKeysPushButton, &QPushButton::clicked, this, &ProfileForm::storedKeysRequested);
    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
        Q_EMIT changed();
    });
    connect(m_ui->environmentComboBox, &QComboBox::activated, this, [this] { m_dirty = true; });
    // A custom server other than the Vipps MobilePay hosts and loopback is declared Test or
    // Production (Environments::guardOf); until it is, it cannot be saved.
    connect(m_ui->declaredEnvironmentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
        Q_EMIT changed();
    });
    connect(m_ui->declaredEnvironmentComboBox, &QComboBox::activated, this, [this] { m_dirty = true; });
    for (QLineEdit *field : findChildren<QLineEdit *>()) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_dirty = true;
            Q_EMIT edited();
        });
        connect(field, &QLineEdit::textChanged, this, &ProfileForm::changed);
    }
    reserveMessageRoom();
    retranslate();
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::setNameTaken(std::function<bool(const QString &)> taken)
{
    m_nameTaken = std::move(taken);
}

void ProfileForm::setEditingName(const QString &name)
{
    m_editingName = name;
    retranslate();
}

void ProfileForm::focusName()
{
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::clear()
{
    m_filling = true;
    for (QLineEdit *field : findChildren<QLineEdit *>())
        field->clear();
    for (RevealAction *action : {m_revealSecretAction, m_revealKeyAction})
        action->conceal();
    setEnvironment(Environment::Test);
    m_ui->declaredEnvironmentComboBox->setCurrentIndex(0);
    setMessage(m_ui->importNotesLabel, FieldSeverity::Info, {});
    m_dirty = false;
    m_filling = false;
    retranslate();
}

void ProfileForm::fill(const Profile &profile)
{
    m_filling = true;
    const SystemInfo defaults = SystemInfo::defaults();
    const auto unlessDefault
        = [](const QString &value, const QString &fallback) { return value == fallback ? QString() : value; };
    m_ui->nameLineEdit->setText(profile.name);
    setEnvironment(profile.environment);
    m_ui->baseUrlLineEdit->setText(profile.customBaseUrl.toString());
    m_ui->declaredEnvironmentComboBox->setCurrentIndex(
        profile.declaredEnvironment
            ? m_ui->declaredEnvironmentComboBox->findData(Environments::key(*profile.declaredEnvironment))
            : 0);
    m_ui->msnLineEdit->setText(profile.msn);
    m_ui->pspIdLineEdit->setText(profile.pspId);
    m_ui->systemNameLineEdit->setText(unlessDefault(profile.system.name, defaults.name));
    m_ui->systemVersionLineEdit->setText(unlessDefault(profile.system.version, defaults.version));
    m_ui->systemPluginNameLineEdit->setText(unlessDefault(profile.system.pluginName, defaults.pluginName));
    m_ui->systemPluginVersionLineEdit->setText(
        unlessDefault(profile.system.pluginVersion, defaults.pluginVersion));
    m_filling = false;
    retranslate();
}

void ProfileForm::fillImported(const QString &name, const QString &msn, const Credentials &credentials,
                               const SystemInfo &system)
{
    m_ui->nameLineEdit->setText(name);
    m_ui->msnLineEdit->setText(msn);
    m_ui->clientIdLineEdit->setText(credentials.clientId);
    m_ui->clientSecretLineEdit->setText(credentials.clientSecret);
    m_ui->subscriptionKeyLineEdit->setText(credentials.subscriptionKey);
    m_ui->systemNameLineEdit->setText(system.name);
    m_ui->systemVersionLineEdit->setText(system.version);
    m_ui->systemPluginNameLineEdit->setText(system.pluginName);
    m_ui->systemPluginVersionLineEdit->setText(system.pluginVersion);
    // Never production by itself: an import stays on Test (the notes say why).
    setEnvironment(Environment::Test);
}

void ProfileForm::setImportNotes(FieldSeverity severity, const QString &text)
{
    setMessage(m_ui->importNotesLabel, severity, text);
}

void ProfileForm::setKeysStored(bool stored)
{
    m_keysStored = stored;
    retranslate();
}

void ProfileForm::fillStoredKeys(const Credentials &stored)
{
    // Fill only what the user has not typed over.
    const std::pair<QLineEdit *, QString> fill[] = {{m_ui->clientIdLineEdit, stored.clientId},
                                                    {m_ui->clientSecretLineEdit, stored.clientSecret},
                                                    {m_ui->subscriptionKeyLineEdit, stored.subscriptionKey}};
    for (const auto &[field, value] : fill) {
        if (field->text().isEmpty())
            field->setText(value);
    }
    m_keysStored = false;
    retranslate(); // a revealed field shows now
}

void ProfileForm::hideKeys()
{
    for (RevealAction *action : {m_revealSecretAction, m_revealKeyAction})
        action->conceal();
    retranslate();
}

void ProfileForm::setKeysMessage(FieldSeverity severity, const QString &text)
{
    setMessage(m_ui->keysStatusLabel, severity, text);
}

void ProfileForm::setLoadingKeys(bool loading)
{
    m_loadingKeys = loading;
}

void ProfileForm::setKeysButtonEnabled(bool enabled)
{
    m_ui->showStoredKeysPushButton->setEnabled(enabled);
}

void ProfileForm::setEnvironment(Environment environment)
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

Environment ProfileForm::environment() const
{
    return Environments::fromKey(m_ui->environmentComboBox->currentData().toString())
        .value_or(Environment::Test);
}

Profile ProfileForm::profile() const
{
    const SystemInfo defaults = SystemInfo::defaults();
    const auto valueOr = [](const QLineEdit *field, const QString &fallback) {
        const QString text = field->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    Profile profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.environment = environment();
    if (profile.environment == Environment::Custom) {
        profile.customBaseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
        if (const auto declared
            = Environments::fromKey(m_ui->declaredEnvironmentComboBox->currentData().toString());
            declared && Environments::needsDeclaration(profile.customBaseUrl))
            profile.declaredEnvironment = declared;
    }
    profile.msn = m_ui->msnLineEdit->text().trimmed();
    profile.pspId = m_ui->pspIdLineEdit->text().trimmed();
    profile.system.name = valueOr(m_ui->systemNameLineEdit, defaults.name);
    profile.system.version = valueOr(m_ui->systemVersionLineEdit, defaults.version);
    profile.system.pluginName = valueOr(m_ui->systemPluginNameLineEdit, defaults.pluginName);
    profile.system.pluginVersion = valueOr(m_ui->systemPluginVersionLineEdit, defaults.pluginVersion);
    return profile;
}

Credentials ProfileForm::typedCredentials() const
{
    return Credentials{m_ui->clientIdLineEdit->text().trimmed(), m_ui->clientSecretLineEdit->text().trimmed(),
                       m_ui->subscriptionKeyLineEdit->text().trimmed()};
}

bool ProfileForm::validateConnectionFields()
{
    bool ok = true;
    switch (environment()) {
    case Environment::Test:
    case Environment::Custom: setMessage(m_ui->environmentStatusLabel, FieldSeverity::Info, {}); break;
    case Environment::Production:
        setMessage(m_ui->environmentStatusLabel, FieldSeverity::Warning,
                   tr("Production: changes affect live payments. Use production keys; test keys fail here."));
        break;
    case Environment::Sandbox:
        setMessage(m_ui->environmentStatusLabel, FieldSeverity::Info,
                   tr("The sandbox built into this console: no real keys are needed."));
        break;
    }

    const bool custom = environment() == Environment::Custom;
    m_ui->formLayout->setRowVisible(m_ui->baseUrlLabel, custom);
    if (custom) {
        const QString text = m_ui->baseUrlLineEdit->text().trimmed();
        if (text.isEmpty()) {
            ok = false;
            setMessage(m_ui->baseUrlStatusLabel, FieldSeverity::Info,
                       tr("Enter the API base URL, such as https://apitest.vipps.no (plain http only "
                          "for this computer, such as a local sandbox)."));
        } else if (const auto problem = Validation::checkBaseUrl(QUrl(text, QUrl::StrictMode))) {
            ok = false;
            setMessage(m_ui->baseUrlStatusLabel, FieldSeverity::Error, *problem);
        } else if (Environments::needsDeclaration(QUrl(text, QUrl::StrictMode))) {
            if (m_ui->declaredEnvironmentComboBox->currentData().toString().isEmpty()) {
                ok = false;
                setMessage(m_ui->baseUrlStatusLabel, FieldSeverity::Info,
                           tr("Say whether this server is a test or a production server; until then it "
                              "is treated as production."));
            } else {
                setMessage(m_ui->baseUrlStatusLabel, FieldSeverity::Info, {});
            }
        } else {
            setMessage(m_ui->baseUrlStatusLabel, FieldSeverity::Info, {});
        }
    }
    m_ui->declaredEnvironmentComboBox->setVisible(
        custom
        && Environments::needsDeclaration(QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode)));

    ok = validateKind() && ok;

    const std::pair<QLineEdit *, QLabel *> systemFields[] = {
        {m_ui->systemNameLineEdit, m_ui->systemNameStatusLabel},
        {m_ui->systemVersionLineEdit, m_ui->systemVersionStatusLabel},
        {m_ui->systemPluginNameLineEdit, m_ui->systemPluginNameStatusLabel},
        {m_ui->systemPluginVersionLineEdit, m_ui->systemPluginVersionStatusLabel},
    };
    for (const auto &[field, label] : systemFields) {
        if (const auto problem = Validation::checkSystemValue(field->text().trimmed())) {
            ok = false;
            setMessage(label, FieldSeverity::Error, *problem);
        } else {
            setMessage(label, FieldSeverity::Info, {});
        }
    }
    return ok;
}

bool ProfileForm::validateKind()
{
    // A merchant's profile (its MSN), a partner's (no MSN, production only) or a PSP's (its PSP
    // id with the merchant's MSN): the two fields' messages say which one this is. The rule is the
    // profile's own (Profile::checkKind), as the command line applies it.
    const Profile candidate = profile();
    bool ok = true;
    const auto pspProblem = Validation::checkPspId(candidate.pspId);
    if (pspProblem) {
        ok = false;
        setMessage(m_ui->pspIdStatusLabel, FieldSeverity::Error, *pspProblem);
    } else if (candidate.isPsp()) {
        setMessage(m_ui->pspIdStatusLabel, FieldSeverity::Info,
                   tr("A PSP profile: “Psp-Id: %1” is sent on every webhooks call (not on the token "
                      "call), with the merchant's MSN above, never the PSP's own.")
                       .arg(candidate.pspId));
    } else {
        setMessage(m_ui->pspIdStatusLabel, FieldSeverity::Info, {});
    }

    const auto kindProblem = pspProblem ? std::nullopt : candidate.checkKind();
    if (const auto problem = Validation::checkMsn(candidate.msn)) {
        ok = false;
        setMessage(m_ui->msnStatusLabel, FieldSeverity::Error, *problem);
    } else if (kindProblem) {
        ok = false;
        // Partner keys in test: not red on an empty new form, it says what is still needed.
        setMessage(m_ui->msnStatusLabel, candidate.isPsp() ? FieldSeverity::Error : FieldSeverity::Info,
                   *kindProblem);
    } else if (candidate.isPsp()) {
        setMessage(m_ui->msnStatusLabel, FieldSeverity::Info,
                   tr("The merchant's MSN, on whose behalf the PSP calls."));
    } else if (candidate.isPartner()) {
        setMessage(m_ui->msnStatusLabel, FieldSeverity::Info,
                   tr("Empty means partner keys: registrations then cover every sales unit of the "
                      "partner, present and future."));
    } else {
        setMessage(m_ui->msnStatusLabel, FieldSeverity::Info, {});
    }
    return ok;
}

bool ProfileForm::validate()
{
    if (m_filling)
        return false;
    bool ok = true;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty()) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, FieldSeverity::Info,
                   tr("Enter a name, such as the shop and the environment."));
    } else if (const auto problem = Profile::checkName(name)) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, FieldSeverity::Error, *problem);
    } else if (name != m_editingName && m_nameTaken && m_nameTaken(name)) {
        ok = false;
        setMessage(m_ui->nameStatusLabel, FieldSeverity::Error,
                   tr("A profile named “%1” exists already.").arg(name));
    } else {
        setMessage(m_ui->nameStatusLabel, FieldSeverity::Info, {});
    }

    ok = validateConnectionFields() && ok;

    if (!m_loadingKeys) {
        const Credentials typed = typedCredentials();
        if (!m_keysStored) {
            QStringList missing;
            if (typed.clientId.isEmpty())
                missing << tr("the client ID");
            if (typed.clientSecret.isEmpty())
                missing << tr("the client secret");
            if (typed.subscriptionKey.isEmpty())
                missing << tr("the subscription key");
            if (!missing.isEmpty()) {
                ok = false;
                setMessage(m_ui->keysStatusLabel, FieldSeverity::Info,
                           tr("Still needed: %1 (business portal, For developers). They are kept in "
                              "the keychain only.")
                               .arg(QLocale().createSeparatedList(missing)));
            } else {
                setMessage(m_ui->keysStatusLabel, FieldSeverity::Info,
                           tr("The keys are kept in the keychain only."));
            }
        } else {
            setMessage(m_ui->keysStatusLabel, FieldSeverity::Info,
                       tr("The stored keys are kept unless you type new ones."));
        }
    }
    m_ui->showStoredKeysPushButton->setVisible(!m_editingName.isEmpty() && m_keysStored);
    return ok;
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ProfileForm::retranslate()
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
            combo->addItem(Environments::displayName(Environment::Sandbox),
                           Environments::key(Environment::Sandbox));
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }

    QComboBox *declared = m_ui->declaredEnvironmentComboBox;
    {
        const QSignalBlocker blocker(declared);
        const QString current = declared->currentData().toString();
        declared->clear();
        declared->addItem(tr("Which environment is this server?"), QString());
        declared->addItem(tr("A test server"), Environments::key(Environment::Test));
        declared->addItem(tr("A production server (live payments)"),
                          Environments::key(Environment::Production));
        declared->setCurrentIndex(std::max(0, declared->findData(current)));
    }

    m_ui->formTitleLabel->setText(m_editingName.isEmpty() ? tr("New profile")
                                                          : tr("Profile “%1”").arg(m_editingName));
    const bool stored = m_keysStored;
    m_ui->clientIdLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain")
                                                      : tr("A GUID from the business portal"));
    m_ui->clientSecretLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain")
                                                          : tr("From the business portal"));
    m_ui->subscriptionKeyLineEdit->setPlaceholderText(stored ? tr("Stored in the keychain")
                                                             : tr("Ocp-Apim-Subscription-Key"));
    m_ui->msnLineEdit->setPlaceholderText(tr("Empty for partner keys"));
    m_ui->msnLineEdit->setToolTip(tr("Merchant Serial Number: the sales unit, 4 to 7 digits"));
    m_ui->pspIdLineEdit->setPlaceholderText(tr("Only for a PSP"));
    m_ui->pspIdLineEdit->setToolTip(tr("A PSP's id, sent as Psp-Id on every webhooks call"));

    const SystemInfo defaults = SystemInfo::defaults();
    const std::tuple<QLineEdit *, QString, QString> systemFields[] = {
        {m_ui->systemNameLineEdit, defaults.name, QStringLiteral("Vipps-System-Name")},
        {m_ui->systemVersionLineEdit, defaults.version, QStringLiteral("Vipps-System-Version")},
        {m_ui->systemPluginNameLineEdit, defaults.pluginName, QStringLiteral("Vipps-System-Plugin-Name")},
        {m_ui->systemPluginVersionLineEdit, defaults.pluginVersion,
         QStringLiteral("Vipps-System-Plugin-Version")},
    };
    for (const auto &[field, fallback, header] : systemFields) {
        field->setPlaceholderText(fallback);
        field->setToolTip(tr("Sent as %1, at most 30 characters. Empty: “%2”.").arg(header, fallback));
    }
    for (RevealAction *action : {m_revealSecretAction, m_revealKeyAction})
        action->refresh();
    m_ui->showStoredKeysPushButton->setVisible(!m_editingName.isEmpty() && m_keysStored);
}

void ProfileForm::setMessage(QLabel *label, FieldSeverity severity, const QString &text)
{
    FieldMessage::show(label, severity, text);
    // A hint that comes and goes as the user types keeps its room: the fields below stay put.
    if (label->minimumHeight() > 0)
        label->setVisible(true);
}

void ProfileForm::reserveMessageRoom()
{
    // Two or three lines under the fields whose hints are longest, one under the system fields (their
    // messages are short); a longer message still gets the room it needs.
    const int line = fontMetrics().lineSpacing();
    const std::pair<QLabel *, int> reserved[] = {
        {m_ui->nameStatusLabel, 2},
        {m_ui->environmentStatusLabel, 2},
        {m_ui->baseUrlStatusLabel, 2},
        {m_ui->msnStatusLabel, 3}, // the partner-in-test refusal is the longest
        {m_ui->keysStatusLabel, 2},
        {m_ui->systemNameStatusLabel, 1},
        {m_ui->systemVersionStatusLabel, 1},
        {m_ui->systemPluginNameStatusLabel, 1},
        {m_ui->systemPluginVersionStatusLabel, 1},
    };
    for (const auto &[label, lines] : reserved) {
        label->setMinimumHeight(lines * line);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setVisible(true);
    }
}
