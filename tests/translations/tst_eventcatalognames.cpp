// resources/events.json and app/core/eventcatalognames.cpp name the same products and events:
// a name missing from the list would reach the user untranslated (lupdate cannot read JSON).
#include "core/eventcatalognames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestEventCatalogNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(WC_SOURCE_DIR "/resources/events.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        const QJsonArray products = document.object().value(QStringLiteral("products")).toArray();
        QVERIFY(!products.isEmpty());
        for (const QJsonValue &product : products) {
            m_jsonNames.insert(product[QStringLiteral("name")].toString());
            for (const QJsonValue &event : product[QStringLiteral("events")].toArray())
                m_jsonNames.insert(event[QStringLiteral("name")].toString());
        }
        m_jsonNames.remove(QString());
        for (const char *name : EventCatalogNames::all())
            m_listed.insert(QString::fromUtf8(name));
    }

    void names_listEveryProductAndEventOfEventsJson()
    {
        const QSet<QString> missing = m_jsonNames - m_listed;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Add to app/core/eventcatalognames.cpp: ")
                            + QStringList(missing.cbegin(), missing.cend()).join(QStringLiteral(", "))));
    }

    void names_listNothingEventsJsonLacks()
    {
        const QSet<QString> stale = m_listed - m_jsonNames;
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("Remove from app/core/eventcatalognames.cpp: ")
                            + QStringList(stale.cbegin(), stale.cend()).join(QStringLiteral(", "))));
    }

    void names_areListedOnce() { QCOMPARE(m_listed.size(), EventCatalogNames::all().size()); }

private:
    QSet<QString> m_jsonNames;
    QSet<QString> m_listed;
};

QTEST_GUILESS_MAIN(TestEventCatalogNames)
#include "tst_eventcatalognames.moc"
