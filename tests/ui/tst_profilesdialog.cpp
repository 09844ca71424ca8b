#include "messageboxseam.h"
#include "profilesdialog.h"
#include "requirechild.h"
#include "revealaction.h"
#include "seamtestsupport.h"
#include "testkeyring.h"

#include "sandbox/sandboxserver.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilemanager.h"
#include "storage/profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace {

constexpr int KeychainTimeout = 15000;

} // namespace

class TestProfilesDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileManager> m_manager;
    std::unique_ptr<ProfilesDialog> m_dialog;

    template<typename T> T *child(const char *name) const
    {
        return TestSupport::requireChild<T>(m_dialog.get(), name);
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QString status(const char *name) const
    {
        auto *label = child<QLabel>(name);
        return label->isVisible() ? label->text() : QString();
    }
    QPushButton *saveButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save);
    }

    void openDialog()
    {
        m_dialog = std::make_unique<ProfilesDialog>(m_manager.get());
        m_dialog->resize(900, 760);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void setEnvironment(Environment environment) const
    {
        auto *combo = child<QComboBox>("environmentComboBox");
        combo->setCurrentIndex(combo->findData(Environments::key(environment)));
    }

    void fillNewProfile(const QString &name, const Credentials &keys,
                        const QString &msn = QStringLiteral("123456")) const
    {
        m_dialog->addProfile();
        QTest::keyClicks(edit("nameLineEdit"), name);
        edit("msnLineEdit")->setText(msn);
        edit("clientIdLineEdit")->setText(keys.clientId);
        QTest::keyClicks(edit("clientSecretLineEdit"), keys.clientSecret);
        edit("subscriptionKeyLineEdit")->setText(keys.subscriptionKey);
    }

    std::optional<Result<Credentials, KeychainError>> storedCredentials(const QString &name)
    {
        std::optional<Result<Credentials, KeychainError>> loaded;
        QObject context;
        m_manager->loadCredentials(
            name, &context, [&loaded](const Result<Credentials, KeychainError> &result) { loaded = result; });
        if (!QTest::qWaitFor([&loaded] { return loaded.has_value(); }, KeychainTimeout))
            qWarning("The keychain did not answer in time.");
        return loaded;
    }

    bool saveAndWait()
    {
        QSignalSpy spy(m_dialog.get(), &ProfilesDialog::profileSaved);
        if (!saveButton()->isEnabled())
            return false;
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        return spy.wait(KeychainTimeout) || spy.count() == 1;
    }

    static Credentials someKeys(const QString &tag)
    {
        return Credentials{
            QStringLiteral("11111111-2222-4333-8444-%1").arg(tag.left(12).rightJustified(12, u'0')),
            QStringLiteral("secret-") + tag, QStringLiteral("subkey-") + tag};
    }

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QStringLiteral(WC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }
    void screenshot(const QString &name) const
    {
        QTest::qWait(0);
        const QString path = screenshotPath(name);
        QVERIFY2(m_dialog->grab().save(path), qPrintable(QStringLiteral("could not save ") + path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Never against a developer's own keychain: only inside scripts/with-test-keyring.
        if (qEnvironmentVariableIsEmpty("WC_TEST_KEYRING_INNER"))
            QSKIP("Run under scripts/with-test-keyring (a throwaway Secret Service).");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
        m_secrets = std::make_unique<KeychainSecretStore>(
            QStringLiteral("io.github.webhook_console.tests.profilesdialog"));
        m_manager = std::make_unique<ProfileManager>(m_store.get(), m_secrets.get());
        openDialog();
    }

    void cleanup()
    {
        QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
        m_dialog.reset();
        m_manager.reset();
        m_secrets.reset();
        m_store.reset();
        m_dir.reset();
    }

    void profiles_startsWithANewProfileWhenThereIsNone()
    {
        QCOMPARE(child<QListWidget>("profilesListWidget")->count(), 0);
        QVERIFY(m_dialog->editedProfileName().isEmpty());
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!child<QPushButton>("removePushButton")->isEnabled());
        // A new profile is in the test environment, where partner keys do not exist: it asks for the MSN.
        QVERIFY2(status("msnStatusLabel").contains(QLatin1String("Partner keys exist only in production")),
                 qPrintable(status("msnStatusLabel")));
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("subscriptionKeyLineEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("systemNameLineEdit")->placeholderText(), SystemInfo::defaults().name);
        screenshot(QStringLiteral("profiles-dialog-new.png"));
    }

    void profiles_addProfileSavesToStoreAndKeychain()
    {
        const Credentials keys = someKeys(QStringLiteral("add"));
        fillNewProfile(QStringLiteral("Shop test"), keys);
        QTest::keyClicks(edit("systemNameLineEdit"), QStringLiteral("acme-shop"));
        edit("systemPluginVersionLineEdit")->setText(QStringLiteral("2.0"));
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(saveAndWait());

        const std::optional<Profile> saved = m_store->find(QStringLiteral("Shop test"));
        QVERIFY(saved);
        QCOMPARE(saved->environment, Environment::Test);
        QCOMPARE(saved->msn, QStringLiteral("123456"));
        QCOMPARE(saved->system.name, QStringLiteral("acme-shop"));
        QCOMPARE(saved->system.version, SystemInfo::defaults().version);
        QCOMPARE(saved->system.pluginVersion, QStringLiteral("2.0"));

        const auto stored = storedCredentials(QStringLiteral("Shop test"));
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), keys);

        // The secrets are in the keychain only, and leave the form once saved.
        m_store->settings().sync();
        QFile settings(m_dir->filePath(QStringLiteral("profiles.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(!contents.contains(keys.clientSecret.toUtf8()));
        QVERIFY(!contents.contains(keys.subscriptionKey.toUtf8()));
        QVERIFY(edit("clientSecretLineEdit")->text().isEmpty());
        QCOMPARE(edit("clientSecretLineEdit")->placeholderText(), QStringLiteral("Stored in the keychain"));
        QCOMPARE(m_dialog->editedProfileName(), QStringLiteral("Shop test"));
        QVERIFY(status("saveStatusLabel").contains(QLatin1String("Saved")));
        // The list shows the name, and beneath it the environment (chip and word) and the MSN.
        QListWidgetItem *current = child<QListWidget>("profilesListWidget")->currentItem();
        QCOMPARE(current->text(), QStringLiteral("Shop test\nTest · MSN 123456"));
        QVERIFY(!current->icon().isNull());
        screenshot(QStringLiteral("profiles-dialog-saved.png"));
    }

    void profiles_editingKeepsStoredKeys()
    {
        const Credentials keys = someKeys(QStringLiteral("keep"));
        fillNewProfile(QStringLiteral("Keep"), keys);
        QVERIFY(saveAndWait());

        // Only the MSN changes: the stored keys stay as they were.
        m_dialog->selectProfile(QStringLiteral("Keep"));
        QVERIFY(edit("clientIdLineEdit")->text().isEmpty());
        QVERIFY(status("keysStatusLabel").contains(QLatin1String("kept")));
        QVERIFY(child<QPushButton>("showStoredKeysPushButton")->isVisible());
        edit("msnLineEdit")->setText(QStringLiteral("654321"));
        QVERIFY(saveAndWait());
        QCOMPARE(m_store->find(QStringLiteral("Keep"))->msn, QStringLiteral("654321"));
        auto stored = storedCredentials(QStringLiteral("Keep"));
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value(), keys);

        // A new secret alone replaces the secret alone.
        QTest::keyClicks(edit("clientSecretLineEdit"), QStringLiteral("rotated-secret"));
        QVERIFY(saveAndWait());
        stored = storedCredentials(QStringLiteral("Keep"));
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().clientSecret, QStringLiteral("rotated-secret"));
        QCOMPARE(stored->value().clientId, keys.clientId);
        QCOMPARE(stored->value().subscriptionKey, keys.subscriptionKey);

        // Renaming moves the keys along.
        edit("nameLineEdit")->setText(QStringLiteral("Kept"));
        QVERIFY(saveAndWait());
        QVERIFY(!m_store->contains(QStringLiteral("Keep")));
        stored = storedCredentials(QStringLiteral("Kept"));
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().clientId, keys.clientId);
    }

    void profiles_revealLoadsStoredKeysOnlyWhenAsked()
    {
        const Credentials keys = someKeys(QStringLiteral("reveal"));
        fillNewProfile(QStringLiteral("Reveal"), keys);
        QVERIFY(saveAndWait());
        m_dialog->selectProfile(QStringLiteral("Reveal"));
        QVERIFY(edit("clientSecretLineEdit")->text().isEmpty());

        auto *reveal = m_dialog->findChild<QAction *>(QStringLiteral("clientSecretLineEditRevealAction"));
        QVERIFY(reveal);
        QVERIFY(qobject_cast<RevealAction *>(reveal)); // the window's one eye
        reveal->trigger();
        // Held back until the stored keys are loaded: nothing typed over them shows early.
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(reveal->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(edit("clientSecretLineEdit")->text(), keys.clientSecret, KeychainTimeout);
        QTRY_COMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Normal);
        QCOMPARE(edit("clientIdLineEdit")->text(), keys.clientId);
        QCOMPARE(edit("subscriptionKeyLineEdit")->text(), keys.subscriptionKey);
        QCOMPARE(edit("subscriptionKeyLineEdit")->echoMode(), QLineEdit::Password); // revealed one at a time
        QVERIFY(!child<QPushButton>("showStoredKeysPushButton")->isVisible());
        reveal->trigger();
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);

        // The keyboard way: Ctrl+H in the field.
        edit("subscriptionKeyLineEdit")->setFocus();
        QTest::keyClick(edit("subscriptionKeyLineEdit"), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(edit("subscriptionKeyLineEdit")->echoMode(), QLineEdit::Normal);

        // Another profile shows nothing of it.
        m_dialog->addProfile();
        QVERIFY(edit("clientSecretLineEdit")->text().isEmpty());
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);

        // "Show stored keys" does the same without revealing.
        m_dialog->selectProfile(QStringLiteral("Reveal"));
        QTest::mouseClick(child<QPushButton>("showStoredKeysPushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(edit("clientSecretLineEdit")->text(), keys.clientSecret, KeychainTimeout);
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
    }

    void profiles_badInputBlocksSave_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("statusLabel");
        QTest::addColumn<QString>("message");
        QTest::newRow("msn letters") << QByteArray("msnLineEdit") << QStringLiteral("12ab")
                                     << QByteArray("msnStatusLabel") << QStringLiteral("4 to 7 digits");
        QTest::newRow("msn too short") << QByteArray("msnLineEdit") << QStringLiteral("123")
                                       << QByteArray("msnStatusLabel") << QStringLiteral("4 to 7 digits");
        QTest::newRow("system name too long")
            << QByteArray("systemNameLineEdit") << QString(31, u'x') << QByteArray("systemNameStatusLabel")
            << QStringLiteral("30 characters");
        QTest::newRow("plugin version not ascii")
            << QByteArray("systemPluginVersionLineEdit") << QStringLiteral("1.0–beta")
            << QByteArray("systemPluginVersionStatusLabel") << QStringLiteral("ASCII");
        QTest::newRow("base url ftp")
            << QByteArray("baseUrlLineEdit") << QStringLiteral("ftp://api.example.com")
            << QByteArray("baseUrlStatusLabel") << QStringLiteral("https://");
        QTest::newRow("base url http remote")
            << QByteArray("baseUrlLineEdit") << QStringLiteral("http://api.example.com")
            << QByteArray("baseUrlStatusLabel") << QStringLiteral("Plain http");
        QTest::newRow("name with slash")
            << QByteArray("nameLineEdit") << QStringLiteral("a/b") << QByteArray("nameStatusLabel")
            << QStringLiteral("must not contain");
    }

    void profiles_badInputBlocksSave()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, value);
        QFETCH(QByteArray, statusLabel);
        QFETCH(QString, message);

        fillNewProfile(QStringLiteral("Bad input"), someKeys(QStringLiteral("bad")));
        if (field == "baseUrlLineEdit") {
            setEnvironment(Environment::Custom);
            QVERIFY(!saveButton()->isEnabled()); // the custom URL is still empty
            QVERIFY(edit("baseUrlLineEdit")->isVisible());
        }
        QVERIFY(saveButton()->isEnabled() || field == "baseUrlLineEdit");

        QLineEdit *target = edit(field.constData());
        target->clear();
        target->setFocus();
        const bool ascii
            = std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x7f; });
        if (ascii)
            QTest::keyClicks(target, value); // typed, as a user would
        else
            target->insert(value); // QTest types ASCII only
        QVERIFY2(status(statusLabel.constData()).contains(message),
                 qPrintable(status(statusLabel.constData())));
        QVERIFY(!saveButton()->isEnabled());
        screenshot(QStringLiteral("profiles-dialog-bad-%1.png")
                       .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));

        // Fixed, it can be saved again.
        // (a Vipps host: its environment follows from the host, nothing to declare)
        target->setText(field == "baseUrlLineEdit"    ? QStringLiteral("https://apitest.vipps.no")
                            : field == "nameLineEdit" ? QStringLiteral("a-b")
                            : field == "msnLineEdit"  ? QStringLiteral("1234")
                                                      : QStringLiteral("ok"));
        QVERIFY(status(statusLabel.constData()).isEmpty());
        QVERIFY(saveButton()->isEnabled());
    }

    void profiles_productionIsMarked()
    {
        fillNewProfile(QStringLiteral("Live shop"), someKeys(QStringLiteral("live")));
        setEnvironment(Environment::Production);
        QVERIFY(status("environmentStatusLabel").contains(QLatin1String("live payments")));
        QVERIFY(!edit("baseUrlLineEdit")->isVisible());
        QVERIFY(saveButton()->isEnabled());
        screenshot(QStringLiteral("profiles-dialog-production.png"));
    }

    void profiles_duplicateNameBlocksSave()
    {
        fillNewProfile(QStringLiteral("Twice"), someKeys(QStringLiteral("twice")));
        QVERIFY(saveAndWait());
        fillNewProfile(QStringLiteral("Twice"), someKeys(QStringLiteral("twice2")));
        QVERIFY(status("nameStatusLabel").contains(QLatin1String("exists already")));
        QVERIFY(!saveButton()->isEnabled());
    }

    void profiles_missingKeysBlockSaveOfANewProfile()
    {
        m_dialog->addProfile();
        QTest::keyClicks(edit("nameLineEdit"), QStringLiteral("No keys"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY2(status("keysStatusLabel")
                     .contains(QLatin1String(
                         "Still needed: the client ID, the client secret, and the subscription key")),
                 qPrintable(status("keysStatusLabel")));
        edit("clientIdLineEdit")->setText(QStringLiteral("id"));
        edit("clientSecretLineEdit")->setText(QStringLiteral("secret"));
        QVERIFY(status("keysStatusLabel").contains(QLatin1String("Still needed: the subscription key")));
        QVERIFY(!saveButton()->isEnabled());
    }

    void profiles_testConnectionSucceedsAgainstSandbox()
    {
        SandboxServer sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const SandboxServer::Keys keys = SandboxServer::defaultKeys();
        fillNewProfile(QStringLiteral("Sandbox keys"),
                       Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey});
        setEnvironment(Environment::Custom);
        edit("baseUrlLineEdit")->setText(sandbox.baseUrl().toString());
        QVERIFY(status("baseUrlStatusLabel").isEmpty());

        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status("connectionStatusLabel").contains(QLatin1String("Token valid until")),
                                 20000);
        QVERIFY(child<QPushButton>("testConnectionPushButton")->isEnabled());
        QCOMPARE(sandbox.tokenRequestCount(), 1);
        screenshot(QStringLiteral("profiles-dialog-test-ok.png"));
    }

    void profiles_testConnectionWithWrongSecretShowsFailureAndHint()
    {
        SandboxServer sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const SandboxServer::Keys keys = SandboxServer::defaultKeys();
        fillNewProfile(QStringLiteral("Wrong secret"),
                       Credentials{keys.clientId, QStringLiteral("not-the-secret"), keys.subscriptionKey});
        setEnvironment(Environment::Custom);
        edit("baseUrlLineEdit")->setText(sandbox.baseUrl().toString());

        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status("connectionStatusLabel").contains(QLatin1String("failed")), 20000);
        const QString text = status("connectionStatusLabel");
        QVERIFY2(text.contains(QLatin1String("invalid_client")), qPrintable(text)); // the API's own words
        QVERIFY(text.contains(QLatin1String("may belong to the other environment")));
        QVERIFY(!text.contains(QLatin1String("not-the-secret")));
        screenshot(QStringLiteral("profiles-dialog-test-failed.png"));
    }

    void profiles_testConnectionUsesStoredKeys()
    {
        SandboxServer sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const SandboxServer::Keys keys = SandboxServer::defaultKeys();
        fillNewProfile(QStringLiteral("Stored sandbox"),
                       Credentials{keys.clientId, keys.clientSecret, keys.subscriptionKey});
        setEnvironment(Environment::Custom);
        edit("baseUrlLineEdit")->setText(sandbox.baseUrl().toString());
        QVERIFY(saveAndWait());

        m_dialog->selectProfile(QStringLiteral("Stored sandbox"));
        QVERIFY(edit("clientSecretLineEdit")->text().isEmpty());
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status("connectionStatusLabel").contains(QLatin1String("Token valid until")),
                                 20000);
        QVERIFY(edit("clientSecretLineEdit")->text().isEmpty()); // used, not shown
    }

    void profiles_postmanImportPrefillsANewProfile()
    {
        QVERIFY(m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/postman-environment.json")));
        QVERIFY(m_dialog->editedProfileName().isEmpty()); // new, not saved yet
        QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Vipps MT shop 123456"));
        QCOMPARE(edit("msnLineEdit")->text(), QStringLiteral("123456"));
        QCOMPARE(edit("clientIdLineEdit")->text(), QStringLiteral("fake0000-1111-2222-3333-444455556666"));
        QCOMPARE(edit("clientSecretLineEdit")->text(), QStringLiteral("fake-client-secret-for-tests"));
        QCOMPARE(edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("subscriptionKeyLineEdit")->text(), QStringLiteral("fakesubscriptionkey0123456789ab"));
        QCOMPARE(edit("systemNameLineEdit")->text(), QStringLiteral("acme-shop"));
        QCOMPARE(child<QComboBox>("environmentComboBox")->currentData().toString(), QStringLiteral("test"));
        QVERIFY(status("importNotesLabel").contains(QLatin1String("Imported from Postman")));
        QVERIFY(saveButton()->isEnabled());
        screenshot(QStringLiteral("profiles-dialog-imported.png"));
        QVERIFY(saveAndWait());
        QVERIFY(m_store->contains(QStringLiteral("Vipps MT shop 123456")));

        // The same export again: a new name, never an overwrite.
        QVERIFY(m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/postman-environment.json")));
        QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Vipps MT shop 123456 (2)"));
    }

    void profiles_postmanImportNeverSwitchesToProduction()
    {
        QVERIFY(m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/postman-production.json")));
        QCOMPARE(child<QComboBox>("environmentComboBox")->currentData().toString(), QStringLiteral("test"));
        QVERIFY(status("importNotesLabel").contains(QLatin1String("production keys")));
        QVERIFY(status("importNotesLabel").contains(QLatin1String("set to Test")));
    }

    void profiles_postmanImportReportsProblems()
    {
        QVERIFY(m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/postman-missing.json")));
        const QString notes = status("importNotesLabel");
        QVERIFY2(
            notes.contains(QLatin1String("Not in the export: client_secret and Ocp-Apim-Subscription-Key")),
            qPrintable(notes));
        QVERIFY(notes.contains(QLatin1String("orderId")));
        QVERIFY(!saveButton()->isEnabled()); // keys missing
        screenshot(QStringLiteral("profiles-dialog-import-incomplete.png"));

        // A bad file changes nothing in the form.
        edit("nameLineEdit")->setText(QStringLiteral("Typed by hand"));
        QVERIFY(!m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/postman-invalid.json")));
        QVERIFY(status("importNotesLabel").contains(QLatin1String("not valid JSON")));
        QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Typed by hand"));
        QVERIFY(!m_dialog->importPostman(QStringLiteral(WC_TEST_DATA_DIR "/no-such-file.json")));
        QVERIFY(status("importNotesLabel").contains(QLatin1String("Could not open")));
    }

    void profiles_removeAsksFirst()
    {
        fillNewProfile(QStringLiteral("Remove me"), someKeys(QStringLiteral("remove")));
        QVERIFY(saveAndWait());
        QSignalSpy removed(m_dialog.get(), &ProfilesDialog::profileRemoved);

        // Cancel: once the answer is in, the keychain still holds the keys (a read issued after
        // any removal the dialog could have started) and the profile is still there.
        int asked = MessageBoxSeam::questionCount();
        int answered = MessageBoxSeam::answerCount();
        MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>("removePushButton"), Qt::LeftButton);
        QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
        QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("Remove me")));
        QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
        const auto kept = storedCredentials(QStringLiteral("Remove me"));
        QVERIFY(kept);
        QVERIFY2(kept->ok(), qPrintable(kept->ok() ? QString() : kept->error().message));
        QCOMPARE(removed.count(), 0);
        QVERIFY(m_store->contains(QStringLiteral("Remove me")));
        QCOMPARE(m_dialog->editedProfileName(), QStringLiteral("Remove me"));

        // Yes: asked once more, and removed from the keychain and the list.
        asked = MessageBoxSeam::questionCount();
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("removePushButton"), Qt::LeftButton);
        QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, KeychainTimeout);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Remove me"));
        QVERIFY(!m_store->contains(QStringLiteral("Remove me")));
        const auto stored = storedCredentials(QStringLiteral("Remove me"));
        QVERIFY(stored && !stored->ok());
        QCOMPARE(stored->error().kind, KeychainError::Kind::NotFound);
        QVERIFY(m_dialog->editedProfileName().isEmpty());
    }

    void profiles_unsavedChangesAreNotLostBySwitching()
    {
        fillNewProfile(QStringLiteral("Other"), someKeys(QStringLiteral("other")));
        QVERIFY(saveAndWait());
        QTest::mouseClick(child<QPushButton>("addPushButton"), Qt::LeftButton);
        QTest::keyClicks(edit("nameLineEdit"), QStringLiteral("Half typed"));
        auto *list = child<QListWidget>("profilesListWidget");

        // Clicking another profile asks; Cancel keeps the form and the selection as they were.
        const int asked = MessageBoxSeam::questionCount();
        int answered = MessageBoxSeam::answerCount();
        MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
        list->setCurrentRow(0);
        QCOMPARE(MessageBoxSeam::questionCount(), asked + 1);
        QVERIFY(MessageBoxSeam::lastQuestion().contains(QLatin1String("Half typed")));
        QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
        ++answered;
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered);
        QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Half typed"));
        QCOMPARE(list->currentRow(), -1);

        // Discard: the other profile opens.
        MessageBoxSeam::setNextAnswer(QMessageBox::Discard);
        list->setCurrentRow(0);
        ++answered;
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered);
        QTRY_COMPARE(m_dialog->editedProfileName(), QStringLiteral("Other"));
        QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Other"));
        QCOMPARE(list->currentRow(), 0);

        // Add asks too (the window calls it on an open dialog).
        QTest::keyClicks(edit("msnLineEdit"), QStringLiteral("9"));
        MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
        m_dialog->addProfile();
        QVERIFY2(SeamTest::isCautious(MessageBoxSeam::lastAsked()), SeamTest::describeLast().constData());
        ++answered;
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered);
        QCOMPARE(m_dialog->editedProfileName(), QStringLiteral("Other"));
        QCOMPARE(edit("msnLineEdit")->text(), QStringLiteral("1234569"));

        // Closing with changes asks too; Escape on the real question keeps the dialog open.
        MessageBoxSeam::setNextAnswer(QMessageBox::Cancel);
        m_dialog->reject();
        ++answered;
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered);
        QVERIFY(m_dialog->isVisible());
        m_dialog->reject();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = SeamTest::shownBox()));
        QTest::keyClick(box, Qt::Key_Escape);
        ++answered;
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(edit("msnLineEdit")->text(), QStringLiteral("1234569"));
        MessageBoxSeam::setNextAnswer(QMessageBox::Discard);
        m_dialog->reject();
        QTRY_VERIFY(!m_dialog->isVisible());
    }

    void profiles_keychainFailureKeepsTheForm()
    {
        m_dialog.reset();
        // The real keychain, locked as a screen lock would; its unlock prompt cannot be shown.
        TestKeyring::LockedScope locked;
        QVERIFY(locked.isLocked());
        ProfilesDialog dialog(m_manager.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        dialog.addProfile();
        auto field
            = [&dialog](const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); };
        field("nameLineEdit")->setText(QStringLiteral("Locked"));
        field("msnLineEdit")->setText(QStringLiteral("123456")); // a test profile needs a sales unit
        field("clientIdLineEdit")->setText(QStringLiteral("id"));
        field("clientSecretLineEdit")->setText(QStringLiteral("secret"));
        field("subscriptionKeyLineEdit")->setText(QStringLiteral("key"));
        QPushButton *save = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                ->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        auto *label = dialog.findChild<QLabel *>(QStringLiteral("saveStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("Could not save")), KeychainTimeout);
        QVERIFY2(label->text().contains(QLatin1String("keychain is locked")), qPrintable(label->text()));
        QVERIFY(!m_store->contains(QStringLiteral("Locked")));
        QCOMPARE(field("nameLineEdit")->text(), QStringLiteral("Locked"));
        QCOMPARE(field("clientSecretLineEdit")->text(), QStringLiteral("secret"));
        QCOMPARE(field("subscriptionKeyLineEdit")->text(), QStringLiteral("key"));
        QVERIFY(save->isEnabled()); // try again after unlocking
        QTest::qWait(0);
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("profiles-dialog-keychain-refused.png"))));

        // Unlocked, the same form saves: nothing typed was lost.
        QVERIFY(locked.unlockNow());
        QSignalSpy saved(&dialog, &ProfilesDialog::profileSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, KeychainTimeout);
        QVERIFY(m_store->contains(QStringLiteral("Locked")));
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
