#include "core/eventcatalog.h"

#include <QSet>
#include <QTest>

class TestEventCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalog_hasTheReferenceEventTypes()
    {
        const EventCatalog &catalog = EventCatalog::instance();
        QCOMPARE(catalog.events().size(), 24);
        QCOMPARE(catalog.productIds(),
                 QStringList({QStringLiteral("epayment"), QStringLiteral("recurring"), QStringLiteral("qr"),
                              QStringLiteral("login"), QStringLiteral("donations")}));
        QCOMPARE(catalog.eventsOf(QStringLiteral("epayment")).size(), 8);
        QCOMPARE(catalog.eventsOf(QStringLiteral("recurring")).size(), 10);
        QCOMPARE(catalog.eventsOf(QStringLiteral("donations")).size(), 4);
        QSet<QString> types;
        for (const EventType &event : catalog.events())
            types.insert(event.type);
        QCOMPARE(types.size(), 24);                                              // no duplicates
        QVERIFY(types.contains(QStringLiteral("recurring.charge-canceled.v1"))); // one "l"
        QVERIFY(!types.contains(QStringLiteral("epayment.payment.created.v1"))); // the missing "s"
    }

    void limits()
    {
        const EventCatalog &catalog = EventCatalog::instance();
        QCOMPARE(catalog.limit(QStringLiteral("user.checked-in.v1")), 1);
        QCOMPARE(catalog.limit(QStringLiteral("epayments.payment.created.v1")), 25);
        QCOMPARE(catalog.limit(QStringLiteral("unknown.v1")), 25);
    }

    void unknownTypesShownAsTheyAre()
    {
        const EventCatalog &catalog = EventCatalog::instance();
        QCOMPARE(catalog.displayName(QStringLiteral("future.thing.v7")), QStringLiteral("future.thing.v7"));
        QCOMPARE(catalog.displayName(QStringLiteral("recurring.charge-canceled.v1")),
                 QStringLiteral("Charge cancelled"));
        QCOMPARE(catalog.qualifiedName(QStringLiteral("epayments.payment.captured.v1")),
                 QStringLiteral("ePayment: Captured"));
    }

    void fromJson_refusesBrokenData()
    {
        QVERIFY(!EventCatalog::fromJson("not json").has_value());
        QVERIFY(!EventCatalog::fromJson(R"({"products":[{"id":"x","name":"X","events":[{"type":""}]}]})")
                     .has_value());
        QVERIFY(EventCatalog::fromJson(R"({"products":[]})").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
