// A benchmark, not a test: how long from launching `webhook-console --sandbox` (the real program,
// offscreen, in a throwaway HOME) until its first list, 1,000 sandbox registrations, is drawn.
// The sandbox state file is made beforehand; --quit-after-first-list draws the window, prints how
// many webhooks it listed and quits. Measured after warm-up launches, repeated, and printed as the
// median with the spread (fastest and slowest launch). It never fails on the figures (target:
// < 300 ms); it fails when the list does not arrive or is not the 1,000 rows. Run it from a
// Release build: scripts/bench.

#include "core/appinfo.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int Registrations = 1000;
constexpr int WarmUpRuns = 2;
constexpr int MeasuredRuns = 9;

// The sandbox state the window loads at --sandbox: 1,000 registrations of the sandbox's sales unit.
bool writeSandboxState(const QString &dataHome)
{
    const QString stateDir = dataHome + QLatin1Char('/') + AppInfo::organizationName() + QLatin1Char('/')
        + AppInfo::applicationName();
    if (!QDir().mkpath(stateDir))
        return false;
    SandboxServer sandbox;
    for (int i = 0; i < Registrations; ++i)
        sandbox.addRegistration(QStringLiteral("123456"),
                                QStringLiteral("https://shop%1.example.com/vipps/callback").arg(i),
                                {QStringLiteral("epayments.payment.captured.v1"),
                                 QStringLiteral("epayments.payment.created.v1")});
    QString error;
    if (!sandbox.saveState(stateDir + QStringLiteral("/sandbox-state.json"), &error)) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

// One launch: the milliseconds until the window said it listed (and drew) the rows, or -1.
double launch(const QProcessEnvironment &environment)
{
    QProcess window;
    window.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    window.start(QStringLiteral(WC_GUI_PATH),
                 {QStringLiteral("--sandbox"), QStringLiteral("--quit-after-first-list")});
    QByteArray out;
    while (!out.contains('\n') && window.waitForReadyRead(30000))
        out += window.readAllStandardOutput();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!window.waitForFinished(30000) || window.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: the window did not list and quit: %s %s\n", out.constData(),
                     window.readAllStandardError().constData());
        return -1;
    }
    // "Listed 1000 webhooks." (LANGUAGE=en)
    const QRegularExpressionMatch listed
        = QRegularExpression(QStringLiteral("Listed (\\d+) webhook")).match(QString::fromUtf8(out));
    if (!listed.hasMatch() || listed.captured(1).toInt() != Registrations) {
        std::fprintf(stderr, "bench_startup: expected %d rows, the window said: %s\n", Registrations,
                     out.constData());
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    if (!home.isValid() || !writeSandboxState(home.filePath(QStringLiteral("data"))))
        return 1;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));

#ifdef QT_DEBUG
    const char *build = "a debug build: use scripts/bench for Release figures";
#else
    const char *build = "an optimised build";
#endif
    std::printf("bench_startup: webhook-console --sandbox with %d registrations, %s\n", Registrations, build);
    std::vector<double> runs;
    for (int i = 0; i < WarmUpRuns + MeasuredRuns; ++i) {
        const double ms = launch(environment);
        if (ms < 0)
            return 1;
        if (i >= WarmUpRuns)
            runs.push_back(ms);
    }
    std::sort(runs.begin(), runs.end());
    const std::size_t n = runs.size();
    const double median = n % 2 ? runs[n / 2] : (runs[n / 2 - 1] + runs[n / 2]) / 2.0;
    std::printf(
        "  %-30s median %8.2f ms  (min %.2f, max %.2f, %zu launches after %d warm-up)  (target < 300 ms)\n",
        "start to first list drawn:", median, runs.front(), runs.back(), n, WarmUpRuns);
    return 0;
}
