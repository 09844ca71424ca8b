// The committed catalogues against the sources: lupdate is run, with the options and source list
// of update_translations, over a temporary copy of each translations/webhookconsole_<lang>.ts.
// A language of WC_COMPLETE_LANGUAGES (cmake/translations.cmake) fails on any message without a
// finished translation, which includes every source string added since the last refresh; every
// language fails on a finished translation that loses or adds a placeholder, an accelerator or
// an HTML tag.
#include "translationsconfig.h"
#include "tscatalogue.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString tsFile(const QString &language)
{
    return QDir(QStringLiteral(WC_TRANSLATIONS_DIR))
        .filePath(QStringLiteral("webhookconsole_%1.ts").arg(language));
}

const char *const kRefresh
    = "Refresh with `cmake --build <build> --target update_translations` and translate "
      "(translations/README.md).";

QString report(const QStringList &problems, const char *advice = kRefresh)
{
    const qsizetype shown = 40;
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size())
        + problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (problems.size() > shown)
        text += QStringLiteral("\n  ... and %1 more").arg(problems.size() - shown);
    return text + QLatin1Char('\n') + QString::fromUtf8(advice);
}

} // namespace

class TestTranslationCatalogues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WC_LUPDATE)), WC_LUPDATE);
        QVERIFY(m_dir.isValid());
        // English carries plural forms only; it is always complete.
        for (const QString &language : QStringList{QStringLiteral("en")} + split(WC_LANGUAGES)) {
            const QString copy = m_dir.filePath(QFileInfo(tsFile(language)).fileName());
            QVERIFY2(QFile::copy(tsFile(language), copy), qPrintable(tsFile(language)));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList arguments = split(WC_LUPDATE_OPTIONS);
            if (language == QLatin1String("en"))
                arguments << QStringLiteral("-pluralonly");
            arguments << QStringLiteral("-silent") << QStringLiteral("@" WC_LUPDATE_SOURCES_LST)
                      << QStringLiteral("-ts") << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(WC_LUPDATE), arguments);
            QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
            QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
            QCOMPARE(lupdate.exitCode(), 0);
            // The sources are the same for every language: their warnings once.
            if (m_lupdateWarnings.isEmpty())
                m_lupdateWarnings = QString::fromLocal8Bit(lupdate.readAllStandardError())
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QString error;
            auto refreshed = TsCatalogue::read(copy, &error);
            QVERIFY2(refreshed, qPrintable(error));
            auto committed = TsCatalogue::read(tsFile(language), &error);
            QVERIFY2(committed, qPrintable(error));
            QCOMPARE(committed->language().section(QLatin1Char('_'), 0, 0), language);
            int unfinished = 0;
            for (const TsMessage &message : refreshed->messages())
                unfinished += message.finished ? 0 : 1;
            qInfo("%s: %lld messages, %d without a finished translation", qPrintable(language),
                  static_cast<long long>(refreshed->messages().size()), unfinished);
            m_refreshed.insert(language, *refreshed);
        }
    }

    // lupdate files every string under the context the code translates it in, or warns: "tr()
    // cannot be called without context" (a string it drops) or "Class 'X' lacks Q_OBJECT macro"
    // (a tr() it may file under the wrong context). Use QCoreApplication::translate("Ctx", "...")
    // or a class with Q_DECLARE_TR_FUNCTIONS(Ctx) instead.
    void sources_giveLupdateEveryContext()
    {
        QVERIFY2(m_lupdateWarnings.isEmpty(),
                 qPrintable(report(m_lupdateWarnings,
                                   "Use QCoreApplication::translate(\"Ctx\", \"...\") or "
                                   "Q_DECLARE_TR_FUNCTIONS(Ctx).")));
    }

    void catalogue_isComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : QStringList{QStringLiteral("en")} + split(WC_COMPLETE_LANGUAGES))
            QTest::newRow(qPrintable(language)) << language;
    }

    // Every message of the sources has a finished, non-empty translation (each plural form too).
    void catalogue_isComplete()
    {
        QFETCH(QString, language);
        QVERIFY2(m_refreshed.contains(language), "not a language of WC_LANGUAGES");
        QStringList problems;
        const TsCatalogue catalogue = m_refreshed.value(language); // messages() refers into it
        for (const TsMessage &message : catalogue.messages()) {
            if (!message.finished)
                problems << QStringLiteral("%1 %2").arg(message.type, message.describe());
            else if (message.translations.isEmpty() || message.translations.contains(QString()))
                problems << QStringLiteral("empty %1").arg(message.describe());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
        QVERIFY(!catalogue.messages().isEmpty());
    }

    void catalogue_keepsPlaceholdersAcceleratorsAndTags_data()
    {
        QTest::addColumn<QString>("language");
        QStringList languages = m_refreshed.keys();
        languages.sort();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // In every language, finished or not yet complete: what a translation must keep.
    void catalogue_keepsPlaceholdersAcceleratorsAndTags()
    {
        QFETCH(QString, language);
        QStringList problems;
        const TsCatalogue catalogue = m_refreshed.value(language); // messages() refers into it
        for (const TsMessage &message : catalogue.messages())
            problems << TsChecks::placeholders(message) << TsChecks::accelerators(message)
                     << TsChecks::htmlTags(message);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, TsCatalogue> m_refreshed;
    QStringList m_lupdateWarnings;
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translationcatalogues.moc"
