// Nothing secret on disk or in output, for the window (issue 5): a whole session in this process
// with every debug category on (QT_LOGGING_RULES="*.debug=true", set before the application
// exists) and every log message captured. A profile with unique random keys is saved through the
// Profiles dialog (a wrong client secret tried first), pointed at an in-process sandbox API that
// accepts exactly those keys; webhooks are registered (the secret dialog shown and copied) and
// deleted; errors are provoked (a 400 with field errors, a 500, a revoked token); the secret is
// revealed and copied in the details. Then no client secret, subscription key, access token or
// webhook secret may be in any file under the test's HOME, XDG and QStandardPaths folders or the
// settings folder, in the captured log, in any window title seen, or in /proc/self/cmdline.
// (Shown in a widget, or copied, on the user's explicit request is fine; the clipboard is cleared.)
//
// Needs scripts/with-test-keyring (label keychain): a throwaway HOME and a real Secret Service.

#include "deletedialog.h"
#include "messagebar.h"
#include "profilesdialog.h"
#include "registerdialog.h"
#include "secretclipboard.h"
#include "secretdialog.h"
#include "vaultactions.h"
#include "webhookdetailsdialog.h"
#include "webhooktablepage.h"

#include "uitestsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace UiTest;

namespace {

// Every message logged while the test runs, whatever its level or category.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << QString::fromUtf8(context.category ? context.category : "default") + QStringLiteral(": ")
                + message;
    }
    // The test's own output stays readable: debug messages are captured, not printed.
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QString randomText(const QString &prefix)
{
    QString text = prefix;
    for (int i = 0; i < 4; ++i)
        text += QString::number(QRandomGenerator::global()->generate64(), 36);
    return text;
}

// Remembers the title of every window that shows or changes its title.
class TitleWatcher final : public QObject
{
public:
    QSet<QString> titles;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::WindowTitleChange || event->type() == QEvent::Show) {
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->isWindow())
                titles.insert(widget->windowTitle());
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestNoLeaksWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wholeSession_leavesNoSecretOnDiskInLogsTitlesOrArguments();

private:
    ProfilesDialog *saveProfileThroughDialog(MainWindow &window, SandboxServer *sandbox);
    QString registerWebhook(MainWindow &window, const QString &url);
    void provokeErrors(MainWindow &window, Fixture &env);
    void revealAndCopyInDetails(MainWindow &window, const QString &id);
    void deleteWebhook(MainWindow &window, const QString &id);
    // Every file below the folders a user's data could land in: name -> contents.
    QHash<QString, QByteArray> filesOnDisk(const QStringList &extraFolders) const;

    TitleWatcher m_titles;
    QString m_clientId;
    QString m_clientSecret;
    QString m_wrongSecret;
    QString m_subscriptionKey;
    QStringList m_webhookSecrets;
    QStringList m_tokens;
};

void TestNoLeaksWindow::initTestCase()
{
    QVERIFY(qgetenv("QT_LOGGING_RULES").contains("*.debug=true"));
    QStandardPaths::setTestModeEnabled(true);
    g_previousHandler = qInstallMessageHandler(captureMessage);
    qApp->installEventFilter(&m_titles);
    m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clientSecret = randomText(QStringLiteral("cs"));
    m_wrongSecret = randomText(QStringLiteral("wrong"));
    m_subscriptionKey = randomText(QStringLiteral("sk"));
}

void TestNoLeaksWindow::cleanupTestCase()
{
    qApp->removeEventFilter(&m_titles);
    qInstallMessageHandler(g_previousHandler);
    QGuiApplication::clipboard()->clear();
}

ProfilesDialog *TestNoLeaksWindow::saveProfileThroughDialog(MainWindow &window, SandboxServer *sandbox)
{
    window.openProfilesDialog(true);
    auto *dialog = window.findChild<ProfilesDialog *>();
    if (!dialog)
        return nullptr;
    const auto edit
        = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
    const auto connection
        = [dialog] { return dialog->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(); };
    QTest::keyClicks(edit("nameLineEdit"), QStringLiteral("Leak check"));
    auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
    environment->setCurrentIndex(environment->findData(Environments::key(Environment::Custom)));
    edit("baseUrlLineEdit")->setText(sandbox->baseUrl().toString());
    edit("msnLineEdit")->setText(QStringLiteral("223344"));
    edit("clientIdLineEdit")->setText(m_clientId);
    QTest::keyClicks(edit("clientSecretLineEdit"), m_wrongSecret);
    QTest::keyClicks(edit("subscriptionKeyLineEdit"), m_subscriptionKey);

    // A wrong client secret first: the exact failure, never the secret.
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnectionPushButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return connection().contains(QLatin1String("failed")); }, 20000))
        return nullptr;
    edit("clientSecretLineEdit")->clear();
    QTest::keyClicks(edit("clientSecretLineEdit"), m_clientSecret);
    QTest::mouseClick(test, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return connection().contains(QLatin1String("Token valid until")); }, 20000))
        return nullptr;

    QSignalSpy saved(dialog, &ProfilesDialog::profileSaved);
    auto *save
        = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    if (!QTest::qWaitFor([save] { return save->isEnabled(); }, 5000))
        return nullptr;
    QTest::mouseClick(save, Qt::LeftButton);
    if (!saved.wait(20000) && saved.isEmpty())
        return nullptr;
    return dialog;
}

QString TestNoLeaksWindow::registerWebhook(MainWindow &window, const QString &url)
{
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    if (!dialog)
        return {};
    dialog->setRequest(RegisterRequest{url, {QStringLiteral("epayments.payment.captured.v1")}});
    QAbstractButton *button = acceptButton(dialog);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    SecretDialog *secret = nullptr;
    if (!QTest::qWaitFor([&] { return (secret = window.findChild<SecretDialog *>()) != nullptr; }, 20000))
        return {};
    const QString id = secret->webhookId();
    m_webhookSecrets
        << secret->findChild<QPlainTextEdit *>(QStringLiteral("secretPlainTextEdit"))->toPlainText();
    QTest::mouseClick(secret->findChild<QPushButton *>(QStringLiteral("copyPushButton")), Qt::LeftButton);
    secret->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    secret->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Close)
        ->click();
    if (!QTest::qWaitFor([&] { return !window.findChild<SecretDialog *>(); }, 5000))
        return {};
    return id;
}

void TestNoLeaksWindow::provokeErrors(MainWindow &window, Fixture &env)
{
    // A 400 with field errors, beside the field in the register dialog.
    SandboxServer::Fault refused;
    refused.method = "POST";
    refused.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    refused.status = 400;
    refused.body
        = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"One or more validation errors occurred.\","
          "\"traceId\":\"00-1234-5678-00\",\"extraDetails\":[{\"name\":\"url\",\"reason\":\"Must answer "
          "2xx.\"}]}";
    env.sandbox()->injectFault(refused);
    window.registerAction()->trigger();
    auto *dialog = window.findChild<RegisterDialog *>();
    QVERIFY(dialog);
    dialog->setRequest(RegisterRequest{QStringLiteral("https://hooks.example.com/refused"),
                                       {QStringLiteral("epayments.payment.created.v1")}});
    QTRY_VERIFY(acceptButton(dialog)->isEnabled());
    acceptButton(dialog)->click();
    auto *apiError = dialog->findChild<QLabel *>(QStringLiteral("apiErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && apiError->isVisible(), 20000);
    dialog->reject();

    // A 500 on every list (retried, then shown in the message bar), then success again.
    SandboxServer::Fault broken;
    broken.method = "GET";
    broken.pathPrefix = QStringLiteral("/webhooks/v1/webhooks");
    broken.status = 500;
    broken.count = -1;
    env.sandbox()->injectFault(broken);
    QSignalSpy failed(env.session(), &ConsoleSession::refreshFailed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(window.messageBar()->isVisible());
    env.sandbox()->clearFaults();

    // Every token revoked: the next call gets 401, a new token, and succeeds.
    env.sandbox()->revokeTokens();
    QSignalSpy refreshed(env.session(), &ConsoleSession::refreshed);
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
    QTRY_VERIFY(!window.messageBar()->isVisible());
}

void TestNoLeaksWindow::revealAndCopyInDetails(MainWindow &window, const QString &id)
{
    const int row = window.session()->model()->rowOf(id);
    QVERIFY(row >= 0);
    WebhookDetailsDialog *details
        = window.vaultActions()->openDetails(window.session()->model()->webhook(row));
    QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("revealPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(details->isSecretRevealed(), 20000);
    QVERIFY(
        m_webhookSecrets.contains(details->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text()));
    QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("copyPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_webhookSecrets.contains(QGuiApplication::clipboard()->text()), 20000);
    details->close();
}

void TestNoLeaksWindow::deleteWebhook(MainWindow &window, const QString &id)
{
    QVERIFY(window.tablePage()->selectWebhook(id));
    window.deleteAction()->trigger();
    auto *dialog = window.findChild<DeleteDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deletePushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->model()->rowOf(id), -1, 20000);
}

QHash<QString, QByteArray> TestNoLeaksWindow::filesOnDisk(const QStringList &extraFolders) const
{
    QStringList folders = extraFolders;
    folders << QDir::homePath();
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        if (qEnvironmentVariableIsSet(variable))
            folders << qEnvironmentVariable(variable);
    }
    for (auto location : {QStandardPaths::ConfigLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::AppLocalDataLocation, QStandardPaths::GenericDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation}) {
        folders << QStandardPaths::writableLocation(location);
    }
    QHash<QString, QByteArray> files;
    for (const QString &folder : std::as_const(folders)) {
        if (folder.isEmpty())
            continue;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = it.next();
            if (files.contains(name))
                continue;
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                files.insert(name, file.readAll());
        }
    }
    return files;
}

void TestNoLeaksWindow::wholeSession_leavesNoSecretOnDiskInLogsTitlesOrArguments()
{
    if (!inThrowawayKeyring())
        QSKIP(KeychainSkipMessage);
    // The throwaway HOME must be what the standard paths point into, or the search means little.
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(QDir::homePath())
        || QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
               .startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    // The settings (and the sandbox state, were it used) live in the fixture's folder: it is
    // searched too, before it goes.
    Fixture env;
    const QStringList folders{QFileInfo(env.settingsFile()).absolutePath()};
    // The sandbox stands in for Vipps MobilePay: it accepts exactly this session's keys.
    env.sandbox()->setKeys(SandboxServer::Keys{m_clientId, m_clientSecret, m_subscriptionKey});
    {
        MainWindow window(env.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openStartup({}, false);
        QVERIFY(window.isWelcomeShown());

        ProfilesDialog *profiles = saveProfileThroughDialog(window, env.sandbox());
        QVERIFY(profiles);
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasLoaded(), 20000); // the saved profile opened
        QVERIFY(window.windowTitle().contains(QLatin1String("Leak check")));
        profiles->reject();

        const QString kept = registerWebhook(window, QStringLiteral("https://hooks.example.com/kept"));
        QVERIFY(!kept.isEmpty());
        const QString deleted = registerWebhook(window, QStringLiteral("https://hooks.example.com/deleted"));
        QVERIFY(!deleted.isEmpty());
        QCOMPARE(env.sandbox()->secretOf(kept), m_webhookSecrets.first());
        QTRY_VERIFY_WITH_TIMEOUT(env.session()->hasSecret(kept) && env.session()->hasSecret(deleted), 20000);

        provokeErrors(window, env);
        revealAndCopyInDetails(window, kept);
        deleteWebhook(window, deleted);

        // Every access token the sandbox issued and saw in use.
        QSet<QString> tokens;
        for (const SandboxServer::RecordedRequest &request : env.sandbox()->recordedRequests()) {
            const QByteArray authorization = request.headers.value("authorization");
            if (authorization.startsWith("Bearer "))
                tokens.insert(QString::fromLatin1(authorization.mid(7)));
        }
        QVERIFY2(tokens.size() >= 2, "a token before and after the revocation");
        m_tokens = tokens.values();

        window.close(); // window settings are written on close
        env.store()->settings().sync();
        QTest::qWait(0);

        for (QWidget *widget : QApplication::topLevelWidgets())
            m_titles.titles.insert(widget->windowTitle());
    }
    QGuiApplication::clipboard()->clear();

    struct Secret
    {
        const char *what;
        QString value;
    };
    QList<Secret> secrets{{"client secret", m_clientSecret},
                          {"wrong client secret", m_wrongSecret},
                          {"subscription key", m_subscriptionKey}};
    for (const QString &value : std::as_const(m_webhookSecrets))
        secrets.append(Secret{"webhook secret", value});
    for (const QString &value : std::as_const(m_tokens))
        secrets.append(Secret{"access token", value});
    for (const Secret &secret : std::as_const(secrets))
        QVERIFY2(secret.value.size() >= 16, secret.what);

    // The search looks in the right places: the profile is in the settings, debug logging was on.
    const QHash<QString, QByteArray> files = filesOnDisk(folders);
    bool profileFound = false;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        profileFound
            = profileFound || (it.key().endsWith(QLatin1String(".ini")) && it.value().contains("Leak"));
    QVERIFY2(profileFound, "the settings file was not among the files searched");
    QStringList log;
    {
        const QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.size() > 50);
    QByteArray cmdline;
    {
        QFile file(QStringLiteral("/proc/self/cmdline"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        cmdline = file.readAll();
    }
    QVERIFY(!cmdline.isEmpty());

    // A failure message names where a secret was found, never the secret itself.
    const auto redacted = [&secrets](QString text) {
        for (const Secret &secret : std::as_const(secrets))
            text.replace(secret.value, QStringLiteral("<%1>").arg(QLatin1String(secret.what)));
        return text.left(300);
    };
    // QtHttpServer's own debug lines (qt.httpserver*) print every request the in-process sandbox
    // receives, headers included: they are the server's log, which in real use is Vipps
    // MobilePay's, not the console's. (In the Sandbox environment they hold only the sandbox's
    // well-known keys and its play tokens.) Everything else logged in this process is searched.
    log.erase(
        std::remove_if(log.begin(), log.end(),
                       [](const QString &line) { return line.startsWith(QLatin1String("qt.httpserver")); }),
        log.end());

    for (const Secret &secret : std::as_const(secrets)) {
        const QByteArray bytes = secret.value.toUtf8();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(!it.value().contains(bytes),
                     qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(secret.what), it.key())));
        for (const QString &line : std::as_const(log)) {
            QVERIFY2(
                !line.contains(secret.value),
                qPrintable(QStringLiteral("%1 logged: %2").arg(QLatin1String(secret.what), redacted(line))));
        }
        for (const QString &title : std::as_const(m_titles.titles))
            QVERIFY2(!title.contains(secret.value), secret.what);
        QVERIFY2(!cmdline.contains(bytes), secret.what);
    }
}

int main(int argc, char **argv)
{
    // Every debug category on, as a user debugging a problem would run the console.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestNoLeaksWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_noleaks_window.moc"
