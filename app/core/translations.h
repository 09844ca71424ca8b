#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language of both programs: the catalogues compiled in under :/i18n, Qt's own (qtbase) and
// QtKeychain's translations, and the default QLocale, so dates and numbers follow the language.
// The choice is made once at start-up; a changed setting takes effect after a restart.
namespace Translations {

struct Language
{
    QString code;       // "en", "nb", "da", "fi", "sv"
    QString nativeName; // "English", "Norsk bokmål", ... (never translated)
};

// The QSettings key of the chosen language: a code, or empty or "system" for the system's.
inline QString settingsKey()
{
    return QStringLiteral("language");
}
inline QString systemSetting()
{
    return QStringLiteral("system");
}

// Every language the console speaks, English first.
const QList<Language> &available();

// The language to use: the setting when it names an available language, else the first of the
// system's UI languages (QLocale::uiLanguages(), e.g. "nb-NO") that is available, else English.
// "no" and "nn" (Norwegian, Nynorsk) mean Bokmål.
QString resolve(const QString &languageSetting, const QStringList &uiLanguages);

// The setting saved by the Preferences dialog (QSettings of AppInfo's names), or empty.
QString savedSetting();
void saveSetting(const QString &languageSetting);

// Installs the translators of the resolved language on app (replacing any installed before by
// this function) and sets the default QLocale. Returns the language code used.
QString install(QCoreApplication &app, const QString &languageSetting);

} // namespace Translations
