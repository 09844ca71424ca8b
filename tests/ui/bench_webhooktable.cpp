// A benchmark, not a test: 10,000 webhooks into the table model and its proxy, sorted, then one
// filter keystroke; then the whole window holding those 10,000 rows, and the memory the rows
// cost. Each figure is measured after warm-up runs, repeated, and printed as the median with the
// spread (fastest and slowest run). It never fails on the figures (targets: load + sort < 50 ms,
// one keystroke < 10 ms, < 100 MB resident). Run it from a Release build: scripts/bench.

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

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int RowCount = 10000;
constexpr int WarmUpRuns = 3;
constexpr int MeasuredRuns = 15;

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

// Runs `prepare` (not timed) and `measured` (timed) WarmUpRuns times unrecorded, then MeasuredRuns
// times, and prints the median and the spread in milliseconds.
void measure(const char *label, const std::function<void()> &prepare, const std::function<void()> &measured,
             const char *note = "")
{
    std::vector<double> runs;
    for (int i = 0; i < WarmUpRuns + MeasuredRuns; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        measured();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i >= WarmUpRuns)
            runs.push_back(ms);
    }
    std::sort(runs.begin(), runs.end());
    const std::size_t n = runs.size();
    const double median = n % 2 ? runs[n / 2] : (runs[n / 2 - 1] + runs[n / 2]) / 2.0;
    std::printf("  %-30s median %8.2f ms  (min %.2f, max %.2f, %zu runs after %d warm-up)%s%s\n", label,
                median, runs.front(), runs.back(), n, WarmUpRuns, *note ? "  " : "", note);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QList<Webhook> webhooks = makeWebhooks();
#ifdef QT_DEBUG
    const char *build = "a debug build: use scripts/bench for Release figures";
#else
    const char *build = "an optimised build";
#endif
    std::printf("bench_webhooktable: %d webhooks, %s\n", RowCount, build);

    // 1. The model and the proxy alone.
    {
        WebhookModel model;
        WebhookFilterModel proxy;
        proxy.setSourceModel(&model);
        const auto empty = [&] {
            proxy.sort(-1);
            model.setWebhooks({});
        };
        measure("model load:", empty, [&] { model.setWebhooks(webhooks); });
        measure(
            "load + sort by URL:", empty,
            [&] {
                model.setWebhooks(webhooks);
                proxy.sort(WebhookModel::UrlColumn, Qt::AscendingOrder);
            },
            "(target < 50 ms)");
        measure(
            "re-sort by events:", [&] { proxy.sort(WebhookModel::UrlColumn, Qt::AscendingOrder); },
            [&] { proxy.sort(WebhookModel::EventsColumn, Qt::DescendingOrder); });
        measure(
            "filter keystroke \"k\":", [&] { proxy.setFilterText({}); },
            [&] { proxy.setFilterText(QStringLiteral("k")); }, "(target < 10 ms)");
        measure(
            "filter keystroke \"ka\":", [&] { proxy.setFilterText(QStringLiteral("k")); },
            [&] { proxy.setFilterText(QStringLiteral("ka")); });
        std::printf(
            "  (\"k\" shows %d rows, \"ka\" %d)\n",
            [&] {
                proxy.setFilterText(QStringLiteral("k"));
                return proxy.rowCount();
            }(),
            [&] {
                proxy.setFilterText(QStringLiteral("ka"));
                return proxy.rowCount();
            }());
        proxy.setFilterText({});
    }

    // 2. The whole window on the sandbox, holding 10,000 rows.
    UiTest::Fixture env;
    MainWindow window(env.session());
    window.resize(1200, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.openStartup({}, true);
    (void)QTest::qWaitFor([&env] { return env.session()->hasLoaded(); }, 20000);
    WebhookModel *model = env.session()->model();

    // The memory the rows cost: the window with no rows, then with 10,000 (the first load, before
    // any repetition grows the heap).
    model->setWebhooks({});
    QCoreApplication::processEvents();
    window.repaint();
    const qint64 withoutRows = residentKilobytes();
    model->setWebhooks(webhooks);
    QCoreApplication::processEvents();
    window.repaint();
    const qint64 withRows = residentKilobytes();

    measure(
        "window: load + sort + paint:",
        [&] {
            model->setWebhooks({});
            QCoreApplication::processEvents();
        },
        [&] {
            model->setWebhooks(webhooks);
            QCoreApplication::processEvents();
            window.repaint();
        });
    QLineEdit *filter = window.tablePage()->filterLineEdit();
    measure(
        "window: keystroke + paint:",
        [&] {
            filter->clear();
            QCoreApplication::processEvents();
            window.repaint();
        },
        [&] {
            QTest::keyClick(filter, Qt::Key_K);
            window.repaint();
        });
    filter->clear();
    QCoreApplication::processEvents();

    std::printf("  memory of %d rows in the window: %+.1f MB resident (%.1f MB without them, %.1f MB with "
                "them; target < 100 MB in all)\n",
                model->rowCount(), double(withRows - withoutRows) / 1024.0, double(withoutRows) / 1024.0,
                double(withRows) / 1024.0);
    return 0;
}
