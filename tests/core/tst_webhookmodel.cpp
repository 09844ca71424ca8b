#include "core/webhookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

Webhook hook(const QString &id, const QString &url, const QStringList &events)
{
    return Webhook{id, url, events};
}

} // namespace

class TestWebhookModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_passesTheModelTester()
    {
        WebhookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWebhooks({hook(QStringLiteral("a"), QStringLiteral("https://a.example/"),
                                {QStringLiteral("epayments.payment.created.v1")}),
                           hook(QStringLiteral("b"), QStringLiteral("https://b.example/"),
                                {QStringLiteral("x.unknown.v1")})});
        model.setSecretIds({QStringLiteral("a")});
        model.setSecretStored(QStringLiteral("b"), true);
        model.removeWebhook(QStringLiteral("a"));
        model.removeWebhook(QStringLiteral("missing"));
        model.setWebhooks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void setWebhooks_changesByIdInsteadOfResetting()
    {
        WebhookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto at = [](const QString &id, const QString &url = QStringLiteral("https://x/")) {
            return hook(id, url, {QStringLiteral("epayments.payment.created.v1")});
        };
        model.setWebhooks({at(QStringLiteral("a")), at(QStringLiteral("b")), at(QStringLiteral("c")),
                           at(QStringLiteral("d"))});
        const QPersistentModelIndex kept
            = model.index(model.rowOf(QStringLiteral("c")), WebhookModel::UrlColumn);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // b goes, e comes before c and f at the end, d's URL changes, a and c stay as they are.
        model.setWebhooks({at(QStringLiteral("a")), at(QStringLiteral("e")), at(QStringLiteral("c")),
                           at(QStringLiteral("d"), QStringLiteral("https://changed/")),
                           at(QStringLiteral("f"))});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QStringList ids;
        for (const Webhook &webhook : model.webhooks())
            ids.append(webhook.id);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("f")}));
        QCOMPARE(model.index(3, WebhookModel::UrlColumn).data().toString(),
                 QStringLiteral("https://changed/"));
        // The persistent index of a kept row follows it.
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(WebhookModel::WebhookIdRole).toString(), QStringLiteral("c"));
        QCOMPARE(kept.row(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("f")), 4);
        QVERIFY(model.index(1, WebhookModel::UrlColumn)
                    .data(WebhookModel::FilterTextRole)
                    .toString()
                    .startsWith(QLatin1String("https://x/ e ")));

        // The same list again changes nothing at all.
        reset.clear();
        removed.clear();
        inserted.clear();
        changed.clear();
        model.setWebhooks(model.webhooks());
        QCOMPARE(reset.size() + removed.size() + inserted.size() + changed.size(), 0);

        // Kept rows in another order: one reset, the new order.
        model.setWebhooks({at(QStringLiteral("f")), at(QStringLiteral("a"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.webhook(0).id, QStringLiteral("f"));
    }

    void sameUrl_flaggedAndUpdatedWithoutReset()
    {
        WebhookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString shared = QStringLiteral("https://example.com/vipps/shared");
        const auto at = [](const QString &id, const QString &url) {
            return hook(id, url, {QStringLiteral("epayments.payment.created.v1")});
        };
        const auto count = [&model](const QString &id) {
            return model.index(model.rowOf(id), WebhookModel::UrlColumn)
                .data(WebhookModel::SameUrlCountRole)
                .toInt();
        };
        const auto tip = [&model](const QString &id) {
            return model.index(model.rowOf(id), WebhookModel::UrlColumn).data(Qt::ToolTipRole).toString();
        };
        model.setWebhooks(
            {at(QStringLiteral("a"), shared), at(QStringLiteral("c"), QStringLiteral("https://c/"))});
        QCOMPARE(count(QStringLiteral("a")), 1);
        QCOMPARE(tip(QStringLiteral("a")), shared);

        // Another registration of the same endpoint (spelled differently) arrives: the row that was
        // there already is told, not reset, and says what follows.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWebhooks({at(QStringLiteral("a"), shared),
                           at(QStringLiteral("b"), QStringLiteral("https://EXAMPLE.com:443/vipps/shared")),
                           at(QStringLiteral("c"), QStringLiteral("https://c/"))});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        QCOMPARE(topLeft.row(), model.rowOf(QStringLiteral("a")));
        QCOMPARE(topLeft.column(), int(WebhookModel::UrlColumn));
        QCOMPARE(count(QStringLiteral("a")), 2);
        QCOMPARE(count(QStringLiteral("b")), 2);
        QCOMPARE(count(QStringLiteral("c")), 1);
        QVERIFY2(tip(QStringLiteral("a")).contains(QLatin1String("2 registrations")),
                 qPrintable(tip(QStringLiteral("a"))));
        QVERIFY(tip(QStringLiteral("a")).contains(QLatin1String("each event arrives once per registration")));
        QCOMPARE(tip(QStringLiteral("c")), QStringLiteral("https://c/"));

        // One of them goes: the other is told again.
        changed.clear();
        model.removeWebhook(QStringLiteral("a"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(QStringLiteral("b")));
        QCOMPARE(count(QStringLiteral("b")), 1);
        QVERIFY(!tip(QStringLiteral("b")).contains(QLatin1String("registrations")));
        QCOMPARE(reset.size(), 0);
    }

    void model_showsDisplayNamesAndRawTypes()
    {
        WebhookModel model;
        model.setWebhooks(
            {hook(QStringLiteral("a"), QStringLiteral("https://a.example/"),
                  {QStringLiteral("epayments.payment.created.v1"), QStringLiteral("x.unknown.v1")})});
        const QModelIndex events = model.index(0, WebhookModel::EventsColumn);
        QCOMPARE(events.data().toString(), QStringLiteral("ePayment: Created, x.unknown.v1"));
        QCOMPARE(events.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("epayments.payment.created.v1\nx.unknown.v1"));
        QCOMPARE(model.index(0, WebhookModel::SecretColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, WebhookModel::UrlColumn).data(WebhookModel::WebhookIdRole).toString(),
                 QStringLiteral("a"));
    }

    void model_secretFlagUpdatesOneRow()
    {
        WebhookModel model;
        model.setWebhooks({hook(QStringLiteral("a"), QStringLiteral("https://a/"), {}),
                           hook(QStringLiteral("b"), QStringLiteral("https://b/"), {})});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSecretStored(QStringLiteral("b"), true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(model.index(1, 0).data(WebhookModel::SecretStoredRole).toBool());
        model.setSecretStored(QStringLiteral("b"), true);
        QCOMPARE(changed.size(), 1); // no change, no signal
    }

    void model_filtersThroughAProxy()
    {
        WebhookModel model;
        model.setWebhooks({hook(QStringLiteral("11111111-0000-0000-0000-000000000000"),
                                QStringLiteral("https://shop.example/a"),
                                {QStringLiteral("epayments.payment.captured.v1")}),
                           hook(QStringLiteral("22222222-0000-0000-0000-000000000000"),
                                QStringLiteral("https://other.example/b"),
                                {QStringLiteral("recurring.charge-failed.v1")})});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(WebhookModel::FilterTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterFixedString(QStringLiteral("captured"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("22222222"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("charge FAILED"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("example"));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void model_countsByEvent()
    {
        WebhookModel model;
        model.setWebhooks({hook(QStringLiteral("a"), QStringLiteral("https://a/"),
                                {QStringLiteral("e1"), QStringLiteral("e2")}),
                           hook(QStringLiteral("b"), QStringLiteral("https://b/"), {QStringLiteral("e1")})});
        const auto counts = model.countByEvent();
        QCOMPARE(counts.value(QStringLiteral("e1")), 2);
        QCOMPARE(counts.value(QStringLiteral("e2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("zzz")), -1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookModel)
#include "tst_webhookmodel.moc"
