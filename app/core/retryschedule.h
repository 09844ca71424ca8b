#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// What Vipps MobilePay does when an endpoint fails (reference sections 5 and 7): a delivery
// answered with 4xx/5xx, or not within about 10 s, is tried again: about every 2 s for the first
// four attempts, then after 60 s, then 120 s, then hourly through attempt 29, then daily, for up
// to 7 days. Deliveries of one registration go in order: a failing event blocks the later events
// of the same payment. A registration whose endpoint has been unresponsive for 2 weeks is removed.
namespace RetrySchedule {

constexpr int RetryDays = 7;
constexpr int AutoRemovalDays = 14;
constexpr int LastHourlyAttempt = 29;

// The time of every attempt of one delivery whose first attempt fails at `first`, the first
// attempt included, up to the end of the retry period.
QList<QDateTime> attempts(const QDateTime &first);
// When the last attempt is made (about 7 days after the first).
QDateTime lastAttempt(const QDateTime &first);
// When the registration would be removed if the endpoint stays unresponsive from `first` on.
QDateTime autoRemoval(const QDateTime &first);

// A paragraph for people: the schedule, the blocking of later events of the same payment and the
// auto-removal, with the dates that would apply if the endpoint started failing at `now`
// (local time, the locale's format). Translated.
QString explanation(const QDateTime &now);

} // namespace RetrySchedule
