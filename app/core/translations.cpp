#include "core/translations.h"

#include "core/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcI18n, "console.i18n", QtInfoMsg)

// The translators this file installed carry this name, so a second install replaces them.
const QString kTranslatorName = QStringLiteral("Translations::install");

// Where Debian's qtkeychain-qt6 puts its catalogues (it does not use Qt's translations folder).
const QString kKeychainTranslations = QStringLiteral("/usr/share/qt6keychain/translations");

QString availableCode(const QString &name)
{
    // "nb-NO", "nb_NO", "nb" -> "nb"; Norwegian in general and Nynorsk -> Bokmål.
    QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (code == QLatin1String("no") || code == QLatin1String("nn"))
        code = QStringLiteral("nb");
    for (const Translations::Language &language : Translations::available()) {
        if (language.code == code)
            return code;
    }
    return {};
}

void removeInstalled(QCoreApplication &app)
{
    const auto installed = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installFile(QCoreApplication &app, const QString &fileName)
{
    if (!fileName.startsWith(QLatin1Char(':')) && !QFileInfo::exists(fileName))
        return false;
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(fileName) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    qCDebug(lcI18n) << "Installed" << fileName;
    return true;
}

} // namespace

const QList<Translations::Language> &Translations::available()
{
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
        {QStringLiteral("da"), QStringLiteral("Dansk")},
        {QStringLiteral("fi"), QStringLiteral("Suomi")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
    };
    return languages;
}

QString Translations::resolve(const QString &languageSetting, const QStringList &uiLanguages)
{
    const QString setting = languageSetting.trimmed();
    if (!setting.isEmpty() && setting != systemSetting()) {
        const QString code = availableCode(setting);
        if (!code.isEmpty())
            return code;
        qCWarning(lcI18n) << "Unknown language setting" << setting << "- using the system's";
    }
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = availableCode(uiLanguage);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::savedSetting()
{
    const QSettings settings(AppInfo::organizationName(), AppInfo::applicationName());
    return settings.value(settingsKey()).toString();
}

void Translations::saveSetting(const QString &languageSetting)
{
    QSettings settings(AppInfo::organizationName(), AppInfo::applicationName());
    if (languageSetting.isEmpty() || languageSetting == systemSetting())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), languageSetting);
}

QString Translations::install(QCoreApplication &app, const QString &languageSetting)
{
    const QLocale system = QLocale::system();
    const QString code = resolve(languageSetting, system.uiLanguages());
    removeInstalled(app);

    // Installed last is asked first: Qt's and QtKeychain's catalogues, then ours (which also
    // carries Qt's texts for the languages Qt has no catalogue of).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!installFile(app, QDir(qtDir).filePath(QStringLiteral("qtbase_%1.qm").arg(code))))
        installFile(app, QDir(qtDir).filePath(QStringLiteral("qt_%1.qm").arg(code)));
    if (!installFile(app, QDir(kKeychainTranslations).filePath(QStringLiteral("qtkeychain_%1.qm").arg(code))))
        installFile(app, QDir(qtDir).filePath(QStringLiteral("qtkeychain_%1.qm").arg(code)));
    if (!installFile(app, QStringLiteral(":/i18n/webhookconsole_%1.qm").arg(code)))
        qCWarning(lcI18n) << "No compiled-in catalogue for" << code;

    // Dates, times and numbers in the chosen language; the system's own locale (with its region)
    // when it speaks that language already.
    QLocale::setDefault(availableCode(system.name()) == code ? system : QLocale(code));
    qCDebug(lcI18n) << "Language" << code << "locale" << QLocale().name();
    return code;
}
