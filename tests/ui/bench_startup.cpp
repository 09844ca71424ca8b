// A benchmark, not a test: how long from launching `webhook-console --sandbox` until its first
// list, 1,000 sandbox registrations, is drawn (offscreen). The sandbox state file is made
// beforehand in a throwaway XDG_DATA_HOME; the program says when the list is drawn
// (WC_STARTUP_PROBE) and quits. It prints the median and the slowest of several launches and
// fails only when the list does not arrive or is not the 1,000 rows (target: < 300 ms).

#include "core/appinfo.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int Registrations = 1000;
constexpr int Launches = 5;
} // namespace

class BenchStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startToFirstList()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = home.filePath(QStringLiteral("data"));
        const QString stateDir = data + QLatin1Char('/') + AppInfo::organizationName() + QLatin1Char('/')
            + AppInfo::applicationName();
        QVERIFY(QDir().mkpath(stateDir));
        {
            // The sandbox state the window loads: 1,000 registrations of the sandbox's sales unit.
            SandboxServer sandbox;
            for (int i = 0; i < Registrations; ++i)
                sandbox.addRegistration(QStringLiteral("123456"),
                                        QStringLiteral("https://shop%1.example.com/vipps/callback").arg(i),
                                        {QStringLiteral("epayments.payment.captured.v1"),
                                         QStringLiteral("epayments.payment.created.v1")});
            QString error;
            QVERIFY2(sandbox.saveState(stateDir + QStringLiteral("/sandbox-state.json"), &error),
                     qPrintable(error));
        }

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("WC_STARTUP_PROBE"), QStringLiteral("1"));

        QList<qint64> times;
        for (int launch = 0; launch < Launches; ++launch) {
            QProcess process;
            process.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(WC_GUI_PATH), {QStringLiteral("--sandbox")});
            QByteArray out;
            while (!out.contains('\n') && process.waitForReadyRead(30000))
                out += process.readAllStandardOutput();
            const qint64 elapsed = timer.elapsed();
            QVERIFY2(process.waitForFinished(30000), "the window did not quit after its first list");
            QVERIFY2(out.startsWith("first-list rows="), out.constData());
            QCOMPARE(out.trimmed(), QByteArray("first-list rows=") + QByteArray::number(Registrations));
            times << elapsed;
        }
        std::sort(times.begin(), times.end());
        std::printf("startup: launch to first list of %d sandbox registrations drawn: median %lld ms, "
                    "slowest %lld ms of %d launches (target < 300 ms)\n",
                    Registrations, static_cast<long long>(times.at(times.size() / 2)),
                    static_cast<long long>(times.constLast()), Launches);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
