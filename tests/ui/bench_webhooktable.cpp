// A benchmark, not a test: 10,000 webhooks into the table model and its proxy, sorted, then one
// filter keystroke; then the whole window shown holding those 10,000 rows and its resident
// memory. It prints the figures and never fails on them (targets: load + sort < 50 ms, one
// keystroke < 10 ms, < 100 MB resident).

#include "core/eventcatalog.h"
#include "core/webhookmodel.h"
#include "webhookfiltermodel.h"
#include "webhooktablepage.h"

#include "uitestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>

namespace {

constexpr int RowCount = 10000;

QList<Webhook> makeWebhooks()
{
    const QList<EventType> &events = EventCatalog::instance().events();
    const QStringList hosts{QStringLiteral("shop.example.com"), QStringLiteral("payments.example.org"),
                            QStringLiteral("hooks.example.net"), QStringLiteral("api.kaffe.example.no")};
    QList<Webhook> webhooks;
    webhooks.reserve(RowCount);
    for (int i = 0; i < RowCount; ++i) {
        Webhook webhook;
        webhook.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        webhook.url
            = QStringLiteral("https://%1/vipps/%2/callback?n=%3")
                  .arg(hosts.at(i % hosts.size()), QString::number((i * 7919) % 10007), QString::number(i));
        for (int e = 0; e < 1 + i % 4; ++e)
            webhook.events << events.at((i + e * 5) % events.size()).type;
        webhooks << webhook;
    }
    return webhooks;
}

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QList<Webhook> webhooks = makeWebhooks();
    std::printf("bench_webhooktable: %d webhooks\n", RowCount);

    // 1. The model and the proxy alone.
    {
        WebhookModel model;
        WebhookFilterModel proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        model.setWebhooks(webhooks);
        const qint64 load = timer.nsecsElapsed();
        proxy.sort(WebhookModel::UrlColumn, Qt::AscendingOrder);
        const qint64 loadAndSort = timer.nsecsElapsed();
        std::printf("  model load:                  %8.2f ms\n", ms(load));
        std::printf("  load + sort by URL:          %8.2f ms   (target < 50 ms)\n", ms(loadAndSort));

        timer.restart();
        proxy.sort(WebhookModel::EventsColumn, Qt::DescendingOrder);
        std::printf("  re-sort by events:           %8.2f ms\n", ms(timer.nsecsElapsed()));

        timer.restart();
        proxy.setFilterText(QStringLiteral("k"));
        const qint64 first = timer.nsecsElapsed();
        const int afterFirst = proxy.rowCount();
        timer.restart();
        proxy.setFilterText(QStringLiteral("ka"));
        const qint64 second = timer.nsecsElapsed();
        std::printf("  filter keystroke \"k\":        %8.2f ms   (%d rows shown; target < 10 ms)\n",
                    ms(first), afterFirst);
        std::printf("  filter keystroke \"ka\":       %8.2f ms   (%d rows shown)\n", ms(second),
                    proxy.rowCount());
        timer.restart();
        proxy.setFilterText({});
        std::printf("  filter cleared:              %8.2f ms\n", ms(timer.nsecsElapsed()));
    }

    // 2. The whole window on the sandbox, holding 10,000 rows.
    const qint64 before = residentKilobytes();
    UiTest::Fixture env;
    MainWindow window(env.session());
    window.resize(1200, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.openStartup({}, true);
    (void)QTest::qWaitFor([&env] { return env.session()->hasLoaded(); }, 20000);

    QElapsedTimer timer;
    timer.start();
    env.session()->model()->setWebhooks(webhooks);
    QCoreApplication::processEvents();
    window.repaint();
    std::printf("  window: load + sort + paint: %8.2f ms\n", ms(timer.nsecsElapsed()));

    QLineEdit *filter = window.tablePage()->filterLineEdit();
    timer.restart();
    QTest::keyClick(filter, Qt::Key_K);
    window.repaint();
    std::printf("  window: keystroke + paint:   %8.2f ms   (%d rows shown)\n", ms(timer.nsecsElapsed()),
                window.tablePage()->tableView()->model()->rowCount());
    filter->clear();
    QCoreApplication::processEvents();

    const qint64 after = residentKilobytes();
    std::printf("  resident memory (VmRSS):     %8.1f MB   (window with %d rows; %.1f MB before the window; "
                "target < 100 MB)\n",
                double(after) / 1024.0, env.session()->model()->rowCount(), double(before) / 1024.0);
    return 0;
}
