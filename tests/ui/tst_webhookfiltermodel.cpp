// The table's proxy: filtering by every word typed (URL, event names and types, id; any case),
// sorting by URL and id with a stable tie-break, and QAbstractItemModelTester throughout.

#include "core/webhookmodel.h"
#include "webhookfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestWebhookFilterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filter_matchesEveryWordInAnyCase();
    void filter_matchesEventDisplayNamesAndTypes();
    void sort_byUrlThenId();
    void modelTester_acceptsEveryChange();

private:
    static QList<Webhook> sample();
};

QList<Webhook> TestWebhookFilterModel::sample()
{
    return {
        {QStringLiteral("c0000000-0000-4000-8000-000000000003"),
         QStringLiteral("https://b.example.com/hook"),
         {QStringLiteral("epayments.payment.captured.v1")}},
        {QStringLiteral("a0000000-0000-4000-8000-000000000001"),
         QStringLiteral("https://A.example.com/vipps"),
         {QStringLiteral("recurring.charge-failed.v1"), QStringLiteral("epayments.payment.created.v1")}},
        {QStringLiteral("b0000000-0000-4000-8000-000000000002"),
         QStringLiteral("https://b.example.com/hook"),
         {QStringLiteral("donations.agreement.started.v1")}},
    };
}

void TestWebhookFilterModel::filter_matchesEveryWordInAnyCase()
{
    WebhookModel model;
    WebhookFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setWebhooks(sample());

    proxy.setFilterText(QStringLiteral("EXAMPLE"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("b.example hook"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("  b.example   donations "));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("A0000000"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("nothing"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestWebhookFilterModel::filter_matchesEventDisplayNamesAndTypes()
{
    WebhookModel model;
    WebhookFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setWebhooks(sample());
    proxy.setFilterText(QStringLiteral("charge failed"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("charge-failed"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("epayments.payment"));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestWebhookFilterModel::sort_byUrlThenId()
{
    WebhookModel model;
    WebhookFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setWebhooks(sample());
    proxy.sort(WebhookModel::UrlColumn, Qt::AscendingOrder);
    const auto idAt = [&proxy](int row) {
        return proxy.index(row, 0).data(WebhookModel::WebhookIdRole).toString().left(1);
    };
    // Case does not matter; the two equal URLs come in id order.
    QCOMPARE(idAt(0), QStringLiteral("a"));
    QCOMPARE(idAt(1), QStringLiteral("b"));
    QCOMPARE(idAt(2), QStringLiteral("c"));
    proxy.sort(WebhookModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(idAt(0), QStringLiteral("c"));
    QCOMPARE(idAt(2), QStringLiteral("a"));
}

void TestWebhookFilterModel::modelTester_acceptsEveryChange()
{
    WebhookModel model;
    WebhookFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(WebhookModel::UrlColumn, Qt::AscendingOrder);
    model.setWebhooks(sample());
    proxy.setFilterText(QStringLiteral("b.example"));
    model.setSecretStored(sample().at(0).id, true);
    model.removeWebhook(sample().at(2).id);
    proxy.setFilterText({});
    proxy.sort(WebhookModel::EventsColumn, Qt::DescendingOrder);
    model.setSecretIds({sample().at(1).id});
    model.setWebhooks({});
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestWebhookFilterModel)
#include "tst_webhookfiltermodel.moc"
