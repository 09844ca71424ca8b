// WebhookTablePage on its own: the keyboard (Esc in the filter, the shortcuts the context menu
// shows), the selection after rows go away (the next row is selected, so Del can go on), and the
// columns (URL and Events take the spare width, the secret column stays narrow, "Yes" and "No"
// start at the same place).

#include "core/webhookmodel.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

Webhook webhook(int n)
{
    return Webhook{QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                   QStringLiteral("https://h%1.example.com/vipps").arg(n),
                   {QStringLiteral("epayments.payment.created.v1")}};
}

} // namespace

class TestWebhookTablePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<WebhookModel>();
        m_model->setWebhooks({webhook(1), webhook(2), webhook(3), webhook(4)});
        m_page = std::make_unique<WebhookTablePage>(m_model.get());
        m_page->setLoaded(true);
        m_page->resize(900, 400);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_model.reset();
    }

    void escapeInFilter_clearsItThenReturnsToTable()
    {
        QLineEdit *filter = m_page->filterLineEdit();
        m_page->focusFilter();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("h2"));
        QCOMPARE(m_page->filterModel()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(m_page->filterModel()->rowCount(), 4);
        QVERIFY(filter->hasFocus());
        // An empty filter: Esc goes back to the table.
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(m_page->tableView()->hasFocus());
    }

    void contextMenu_showsShortcuts()
    {
        QVERIFY(m_page->selectWebhook(webhook(2).id));
        std::unique_ptr<QMenu> menu(m_page->createContextMenu());
        QVERIFY(menu);
        auto *details = menu->findChild<QAction *>(QStringLiteral("detailsAction"));
        auto *remove = menu->findChild<QAction *>(QStringLiteral("deleteAction"));
        QVERIFY(details && remove);
        QCOMPARE(details->shortcut(), QKeySequence(Qt::Key_Return));
        QCOMPARE(remove->shortcut(), QKeySequence(Qt::Key_Delete));
        QVERIFY(details->isShortcutVisibleInContextMenu());
        QVERIFY(remove->isShortcutVisibleInContextMenu());
    }

    void rowRemoved_selectsTheNextRow()
    {
        QVERIFY(m_page->selectWebhook(webhook(2).id));
        m_model->removeWebhook(webhook(2).id);
        QCOMPARE(selectedIds(), QStringList{webhook(3).id});
        // The last row: the one before it.
        QVERIFY(m_page->selectWebhook(webhook(4).id));
        m_model->removeWebhook(webhook(4).id);
        QCOMPARE(selectedIds(), QStringList{webhook(3).id});
        // Nothing selected before: a removal selects nothing.
        m_page->tableView()->clearSelection();
        m_model->removeWebhook(webhook(1).id);
        QVERIFY(selectedIds().isEmpty());
    }

    void refreshWithoutTheSelectedRow_selectsTheRowInItsPlace()
    {
        QVERIFY(m_page->selectWebhook(webhook(2).id));
        m_model->setWebhooks({webhook(1), webhook(3), webhook(4)}); // deleted elsewhere
        QCOMPARE(selectedIds(), QStringList{webhook(3).id});
    }

    void columns_urlAndEventsTakeTheSpareWidth()
    {
        QHeaderView *header = m_page->tableView()->horizontalHeader();
        const auto widths = [header] {
            return QList<int>{
                header->sectionSize(WebhookModel::UrlColumn), header->sectionSize(WebhookModel::EventsColumn),
                header->sectionSize(WebhookModel::IdColumn), header->sectionSize(WebhookModel::SecretColumn)};
        };
        m_page->resize(1000, 400);
        QTRY_COMPARE(m_page->width(), 1000);
        const QList<int> narrow = widths();
        m_page->resize(1400, 400);
        QTRY_COMPARE(m_page->width(), 1400);
        const QList<int> wide = widths();
        // The 400 pixels more go to URL and Events; the id and the secret column keep theirs.
        QVERIFY(wide.at(0) > narrow.at(0) + 150);
        QVERIFY(wide.at(1) > narrow.at(1) + 150);
        QCOMPARE(wide.at(2), narrow.at(2));
        QCOMPARE(wide.at(3), narrow.at(3));
        // The secret column is narrow, yet its title is whole; nothing scrolls sideways.
        QVERIFY2(narrow.at(3) < 160, qPrintable(QString::number(narrow.at(3))));
        QVERIFY(header->sectionSizeHint(WebhookModel::SecretColumn) <= narrow.at(3));
        QVERIFY(!m_page->tableView()->horizontalScrollBar()->isVisible());
        QVERIFY(!m_model->headerData(WebhookModel::SecretColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void secretColumn_yesAndNoStartAtTheSamePlace()
    {
        m_model->setSecretStored(webhook(1).id, true);
        QTableView *view = m_page->tableView();
        const auto textLeft = [view](int sourceRow) {
            struct Delegate : QStyledItemDelegate
            {
                using QStyledItemDelegate::initStyleOption;
            } delegate;
            const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
            const QModelIndex index
                = view->model()->index(proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)).row(),
                                       WebhookModel::SecretColumn);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(index);
            option.decorationSize = view->iconSize().isValid()
                ? view->iconSize()
                : QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                        view->style()->pixelMetric(QStyle::PM_SmallIconSize));
            delegate.initStyleOption(&option, index);
            return view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view).left();
        };
        QCOMPARE(m_model->index(0, WebhookModel::SecretColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(m_model->index(1, WebhookModel::SecretColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(textLeft(0), textLeft(1));
    }

private:
    QStringList selectedIds() const
    {
        QStringList ids;
        for (const Webhook &selected : m_page->selectedWebhooks())
            ids << selected.id;
        return ids;
    }

    std::unique_ptr<WebhookModel> m_model;
    std::unique_ptr<WebhookTablePage> m_page;
};

QTEST_MAIN(TestWebhookTablePage)
#include "tst_webhooktablepage.moc"
