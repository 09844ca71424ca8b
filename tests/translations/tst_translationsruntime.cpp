// The complete languages at run time: Translations::install loads the compiled-in catalogue, and
// real strings of the core, the command line and the window come out as the committed .ts file
// has them. That proves lupdate filed each string under the context the code asks for. Dates and
// numbers follow the language.
#include "translationsconfig.h"
#include "tscatalogue.h"

#ifdef WC_TEST_CLI
#include "cli/globaloptions.h"
#endif
#include "core/apierror.h"
#include "core/environment.h"
#include "core/eventcatalog.h"
#include "core/translations.h"
#include "core/validation.h"
#include "core/webhookmodel.h"
#include "delivery/preflightcheck.h"
#include "storage/profile.h"
#ifdef WC_TEST_UI
#include "welcomepanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#endif

#include <QDate>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <functional>

namespace {

struct Probe
{
    const char *context;
    std::function<QString()> text;
};

// Strings produced by the code itself, each in the context the code uses.
QList<Probe> probes()
{
    return {
        // A member function translating through the file's Q_DECLARE_TR_FUNCTIONS helper.
        {"ApiError", [] { return ApiError::kindName(ApiError::Kind::Network); }},
        {"ApiError", [] { return ApiError::kindName(ApiError::Kind::Authentication); }},
        // A namespace function, same helper kind.
        {"Validation", [] { return *Validation::checkEvents({}); }},
        {"Validation", [] { return *Validation::checkCallbackUrl(QString()); }},
        {"PreflightCheck", [] { return PreflightCheck::titleOf(PreflightCheck::Kind::Address); }},
        // QCoreApplication::translate written out.
        {"Environment", [] { return Environments::displayName(Environment::Production); }},
        {"Profile", [] { return *Profile().validate(); }},
        // Names from resources/events.json (app/core/eventcatalognames.cpp).
        {"EventCatalog",
         [] { return EventCatalog::instance().displayName(QStringLiteral("epayments.payment.created.v1")); }},
        {"EventCatalog", [] { return EventCatalog::instance().productName(QStringLiteral("recurring")); }},
        // A QObject's tr().
        {"WebhookModel",
         [] { return WebhookModel().headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(); }},
#ifdef WC_TEST_CLI
        // The command line's Cli::tr().
        {"Cli", [] { return GlobalOptions::definitions().constFirst().description(); }},
#endif
        // Qt's own button text, from our catalogue or Qt's.
        {"QPlatformTheme", [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); }},
    };
}

QStringList completeLanguages()
{
    return QString::fromUtf8(WC_COMPLETE_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<TsCatalogue> catalogue(const QString &language)
{
    QString error;
    auto result = TsCatalogue::read(QDir(QStringLiteral(WC_TRANSLATIONS_DIR))
                                        .filePath(QStringLiteral("webhookconsole_%1.ts").arg(language)),
                                    &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result;
}

#ifdef WC_TEST_UI
// objectName -> text of every label and button of a widget made from a .ui file.
QHash<QString, QString> widgetTexts(const QWidget &widget)
{
    QHash<QString, QString> texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.insert(label->objectName(), label->text());
    for (const QAbstractButton *button : widget.findChildren<QAbstractButton *>())
        texts.insert(button->objectName(), button->text());
    texts.remove(QString());
    return texts;
}
#endif

} // namespace

class TestTranslationsRuntime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        for (const Probe &probe : probes())
            m_english << probe.text();
#ifdef WC_TEST_UI
        m_englishWelcome = widgetTexts(WelcomePanel());
        QVERIFY(!m_englishWelcome.isEmpty());
#endif
    }

    void cleanupTestCase()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void resolve_followsTheSettingThenTheSystem()
    {
        const QStringList norwegian{QStringLiteral("nb-NO"), QStringLiteral("en-US")};
        QCOMPARE(Translations::resolve(QString(), norwegian), QStringLiteral("nb"));
        QCOMPARE(Translations::resolve(QStringLiteral("system"), norwegian), QStringLiteral("nb"));
        QCOMPARE(Translations::resolve(QStringLiteral("da"), norwegian), QStringLiteral("da"));
        QCOMPARE(Translations::resolve(QStringLiteral("en"), norwegian), QStringLiteral("en"));
        // Unknown settings fall back to the system; unknown system languages to English.
        QTest::ignoreMessage(QtWarningMsg, "Unknown language setting \"klingon\" - using the system's");
        QCOMPARE(Translations::resolve(QStringLiteral("klingon"), {QStringLiteral("fi-FI")}),
                 QStringLiteral("fi"));
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("de-DE"), QStringLiteral("sv-SE")}),
                 QStringLiteral("sv"));
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("de-DE")}), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QString(), {}), QStringLiteral("en"));
    }

    void resolve_mapsNorwegianToBokmal()
    {
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("nn-NO")}), QStringLiteral("nb"));
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("no")}), QStringLiteral("nb"));
        QCOMPARE(Translations::resolve(QStringLiteral("nb_NO"), {}), QStringLiteral("nb"));
        QCOMPARE(Translations::resolve(QStringLiteral("no"), {}), QStringLiteral("nb"));
    }

    void available_listsEveryLanguageInItsOwnName()
    {
        QStringList codes;
        for (const Translations::Language &language : Translations::available())
            codes << language.code;
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("da"),
                              QStringLiteral("fi"), QStringLiteral("sv")}));
        QCOMPARE(Translations::available().at(1).nativeName, QStringLiteral("Norsk bokmål"));
    }

    void setting_isSavedAndCleared()
    {
        Translations::saveSetting(QStringLiteral("fi"));
        QCOMPARE(Translations::savedSetting(), QStringLiteral("fi"));
        Translations::saveSetting(Translations::systemSetting());
        QCOMPARE(Translations::savedSetting(), QString());
    }

    void install_translatesEnglishPlurals()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        ApiError error;
        error.retryAfterSeconds = 1;
        QVERIFY2(error.details().contains(QStringLiteral("Retry after: 1 second")),
                 qPrintable(error.details()));
        error.retryAfterSeconds = 5;
        QVERIFY2(error.details().contains(QStringLiteral("Retry after: 5 seconds")),
                 qPrintable(error.details()));
    }

    void install_translatesTheCodesStrings_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : completeLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void install_translatesTheCodesStrings()
    {
        QFETCH(QString, language);
        const auto ts = catalogue(language);
        QVERIFY(ts);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), language), language);

        const QList<Probe> all = probes();
        int differing = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString context = QString::fromLatin1(all.at(i).context);
            const TsMessage *message = ts->find(context, m_english.at(i));
            QVERIFY2(
                message,
                qPrintable(
                    QStringLiteral("[%1] \"%2\" is not in the catalogue").arg(context, m_english.at(i))));
            QVERIFY(message->finished);
            QCOMPARE(all.at(i).text(), message->translations.constFirst());
            differing += message->translations.constFirst() != m_english.at(i) ? 1 : 0;
        }
        QVERIFY2(differing > all.size() / 2, "most of these strings read differently from English");

        // A plural form chosen by the language's rule.
        const TsMessage *plural
            = ts->find(QStringLiteral("ApiError"), QStringLiteral("Retry after: %n second(s)"));
        QVERIFY(plural && plural->numerus && plural->translations.size() == 2);
        ApiError error;
        error.retryAfterSeconds = 1;
        QVERIFY2(error.details().contains(
                     QString(plural->translations.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1"))),
                 qPrintable(error.details()));
        error.retryAfterSeconds = 5;
        QVERIFY2(error.details().contains(
                     QString(plural->translations.at(1)).replace(QStringLiteral("%n"), QStringLiteral("5"))),
                 qPrintable(error.details()));
    }

#ifdef WC_TEST_UI
    void install_translatesTheWindow_data()
    {
        install_translatesTheCodesStrings_data();
    }

    // A widget made from a .ui file (uic's retranslateUi) speaks the language.
    void install_translatesTheWindow()
    {
        QFETCH(QString, language);
        const auto ts = catalogue(language);
        QVERIFY(ts);
        Translations::install(*QCoreApplication::instance(), language);
        const QHash<QString, QString> texts = widgetTexts(WelcomePanel());
        for (auto it = m_englishWelcome.cbegin(); it != m_englishWelcome.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const TsMessage *message = ts->find(QStringLiteral("WelcomePanel"), it.value());
            QVERIFY2(message, qPrintable(it.key()));
            QCOMPARE(texts.value(it.key()), message->translations.constFirst());
        }
    }
#endif

    void install_setsTheDefaultLocale_data()
    {
        install_translatesTheCodesStrings_data();
    }

    void install_setsTheDefaultLocale()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        const QLocale locale;
        QCOMPARE(QLocale::languageToCode(locale.language()), language);
        const QDate date(2026, 11, 21);
        QCOMPARE(locale.toString(date, QLocale::LongFormat),
                 QLocale(language).toString(date, QLocale::LongFormat));
        QCOMPARE(locale.toString(1234.5, 'f', 1), QLocale(language).toString(1234.5, 'f', 1));
        if (language == QLatin1String("nb")) {
            QCOMPARE(locale.toString(date, QStringLiteral("d. MMMM yyyy")),
                     QStringLiteral("21. november 2026"));
            QCOMPARE(locale.decimalPoint(), QStringLiteral(","));
        }
    }

private:
    QStringList m_english;
#ifdef WC_TEST_UI
    QHash<QString, QString> m_englishWelcome;
#endif
};

#ifdef WC_TEST_UI
QTEST_MAIN(TestTranslationsRuntime)
#else
QTEST_GUILESS_MAIN(TestTranslationsRuntime)
#endif
#include "tst_translationsruntime.moc"
