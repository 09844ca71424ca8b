#include "core/retryschedule.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RetrySchedule)
};

} // namespace

namespace RetrySchedule {

QList<QDateTime> attempts(const QDateTime &first)
{
    const QDateTime end = first.addDays(RetryDays);
    QList<QDateTime> times{first};
    const auto next = [&times](qint64 seconds) { times.append(times.last().addSecs(seconds)); };
    for (int attempt = 2; attempt <= 4; ++attempt)
        next(2); // about every 2 s for the first four attempts
    next(60);    // attempt 5
    next(120);   // attempt 6
    while (times.size() < LastHourlyAttempt)
        next(3600); // hourly through attempt 29
    while (times.last().addDays(1) <= end)
        times.append(times.last().addDays(1)); // then daily
    return times;
}

QDateTime lastAttempt(const QDateTime &first)
{
    return attempts(first).constLast();
}

QDateTime autoRemoval(const QDateTime &first)
{
    return first.addDays(AutoRemovalDays);
}

QString explanation(const QDateTime &now)
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    const QList<QDateTime> times = attempts(now);
    return Tr::tr("If this endpoint fails (an answer other than 2xx, or none within about 10 seconds), "
                  "Vipps MobilePay tries each delivery again: about every 2 seconds for the first four "
                  "attempts, then after 1 and 2 minutes, then hourly through attempt %1, then daily, for "
                  "%2 days. Deliveries go in order: a failing event blocks the later events of the same "
                  "payment until it is delivered or given up.")
               .arg(LastHourlyAttempt)
               .arg(RetryDays)
        + QLatin1Char('\n')
        + Tr::tr("If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the "
                 "last attempt at %4 (%n attempts in all).",
                 nullptr, int(times.size()))
              .arg(when(now), when(times.at(6)), when(times.at(LastHourlyAttempt - 1)), when(times.last()))
        + QLatin1Char('\n')
        + Tr::tr("Unresponsive for %1 days, the registration is removed, without notice: on %2. Refresh the "
                 "list to notice.")
              .arg(AutoRemovalDays)
              .arg(when(autoRemoval(now)));
}

} // namespace RetrySchedule
