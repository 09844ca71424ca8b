#include "core/retryschedule.h"

#include <QLocale>
#include <QTest>

class TestRetrySchedule final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

private Q_SLOTS:
    void attempts_followTheDocumentedSchedule()
    {
        const QList<QDateTime> times = RetrySchedule::attempts(m_start);
        QCOMPARE(times.first(), m_start);
        // About every 2 s for the first four attempts.
        QCOMPARE(times.at(1), m_start.addSecs(2));
        QCOMPARE(times.at(3), m_start.addSecs(6));
        // Then 60 s, then 120 s.
        QCOMPARE(times.at(4), times.at(3).addSecs(60));
        QCOMPARE(times.at(5), times.at(4).addSecs(120));
        // Hourly through attempt 29.
        for (int attempt = 7; attempt <= 29; ++attempt)
            QCOMPARE(times.at(attempt - 1), times.at(attempt - 2).addSecs(3600));
        // Then daily, within 7 days.
        QCOMPARE(times.at(29), times.at(28).addDays(1));
        QVERIFY(times.last() <= m_start.addDays(7));
        QVERIFY(times.last().addDays(1) > m_start.addDays(7));
        QCOMPARE(RetrySchedule::lastAttempt(m_start), times.last());
        QCOMPARE(times.size(), 35);
    }

    void autoRemoval_isTwoWeeksLater()
    {
        QCOMPARE(RetrySchedule::autoRemoval(m_start), QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC));
    }

    void explanation_namesTheDatesThatWouldApply()
    {
        QLocale::setDefault(QLocale::c());
        const QString text = RetrySchedule::explanation(m_start);
        const QLocale locale;
        const auto when = [&](const QDateTime &time) {
            return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
        };
        QVERIFY2(text.contains(when(RetrySchedule::autoRemoval(m_start))), qPrintable(text));
        QVERIFY2(text.contains(when(RetrySchedule::lastAttempt(m_start))), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("same payment")));
        QVERIFY(text.contains(QLatin1String("removed")));
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"
