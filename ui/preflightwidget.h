#pragma once

#include "delivery/preflightcheck.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class UrlPreflight;

// Shows a callback URL preflight as it runs: one row per check (HTTPS, port, public address,
// TLS, redirect, delivery) with a pass/warn/fail/skipped icon, the outcome in words and the
// reason, and an overall line. Rows fill in as the checks complete; the widget never blocks.
//
// The network work is UrlPreflight's (a core service, given to start()); this widget is only the
// context of the run: cancel(), start() of another URL, or destroying the widget aborts it and
// no callback arrives afterwards.
class PreflightWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightWidget)

public:
    explicit PreflightWidget(QWidget *parent = nullptr);
    ~PreflightWidget() override;

    // Checks `url` with `preflight` (a run in progress is cancelled first) and shows the widget.
    // `secretOrEmpty`: the secret to sign the test POST with (empty: a throwaway one).
    void start(UrlPreflight *preflight, const QUrl &url, const QString &secretOrEmpty = {});
    // Stops a run in progress; what was found so far stays, marked as stopped.
    void cancel();
    // Stops a run in progress, forgets the results and hides the widget.
    void clear();

    bool isRunning() const { return !m_run.isNull(); }
    QUrl url() const { return m_url; }
    // The checks completed so far (every one once the run ended), in order.
    QList<PreflightCheck> checks() const { return m_checks; }
    std::optional<PreflightCheck> check(PreflightCheck::Kind kind) const;
    // The whole report, once the run ended.
    const std::optional<PreflightReport> &report() const { return m_report; }

    // The icon of an outcome (drawn, so it looks the same on every platform and theme).
    static QIcon outcomeIcon(PreflightCheck::Outcome outcome, const QPalette &palette);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const PreflightReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *outcome = nullptr;
        QLabel *reason = nullptr;
    };

    void showCheck(const PreflightCheck &check);
    void showPending(Row &row, const QString &text);
    void updateSummary();
    void retranslate();

    QLabel *m_summary;
    QGridLayout *m_grid;
    QHash<int, Row> m_rows;  // by PreflightCheck::Kind
    QPointer<QObject> m_run; // the context of the run in progress
    QUrl m_url;
    QList<PreflightCheck> m_checks;
    std::optional<PreflightReport> m_report;
    bool m_stopped = false;
};
