// Both programs carry the catalogues and install them: run with the desktop's language set to a
// complete language, their --help speaks it (the .qm files are compiled in, not lying next to
// the executable). A throwaway configuration folder keeps a saved Preferences choice out.
#include "translationsconfig.h"
#include "tscatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList completeLanguages()
{
    return QString::fromUtf8(WC_COMPLETE_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslatedPrograms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_speaksTheDesktopsLanguage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        for (const QString &language : completeLanguages()) {
            QTest::addRow("cli-%s", qPrintable(language))
                << QStringLiteral(WC_CLI_PATH) << language << QStringLiteral("Cli")
                << QStringLiteral("Show this help.");
#ifdef WC_GUI_PATH
            QTest::addRow("window-%s", qPrintable(language))
                << QStringLiteral(WC_GUI_PATH) << language << QStringLiteral("main")
                << QStringLiteral("Manage Vipps MobilePay webhooks from the desktop.");
#endif
        }
    }

    void help_speaksTheDesktopsLanguage()
    {
        QFETCH(QString, program);
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QString error;
        const auto ts = TsCatalogue::read(QDir(QStringLiteral(WC_TRANSLATIONS_DIR))
                                              .filePath(QStringLiteral("webhookconsole_%1.ts").arg(language)),
                                          &error);
        QVERIFY2(ts, qPrintable(error));
        const TsMessage *message = ts->find(context, source);
        QVERIFY2(message && message->finished, qPrintable(source));
        const QString expected = message->translations.constFirst();
        QVERIFY(expected != source);

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, {QStringLiteral("--help")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        const QString output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        // Help text is wrapped: compare with whitespace folded.
        QVERIFY2(output.simplified().contains(expected.simplified()), qPrintable(output));
        QVERIFY2(!output.contains(source), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTranslatedPrograms)
#include "tst_translatedprograms.moc"
