#pragma once

#include "delivery/preflightcheck.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class TestDeliverySender;

// Checks a callback URL the way Vipps MobilePay will use it, before it is registered:
//   scheme   an absolute https URL                                        (fail otherwise)
//   port     443, 80 or 8080                                              (warn otherwise)
//   address  the name resolves, to public addresses only                  (fail on private,
//            loopback or link-local addresses, or when it does not resolve)
//   tls      a TLS 1.2+ handshake, the certificate trusted for the host   (fail with the
//            QSslError texts; warn when it expires within 14 days)
//   redirect the signed test POST is not answered 3xx                     (fail with Location)
//   delivery the signed test POST is answered 2xx within the timeout      (fail otherwise; a
//            401/403 to a throwaway secret is a warning: the receiver verifies signatures, and
//            no secret exists before registration)
// A check that cannot run because an earlier one failed is Skipped, with the reason. The report
// always has the six checks, in this order. The verdicts themselves are PreflightRules (usable
// without the network, e.g. for live hints while a URL is typed).
//
// The test POST is a TestDeliverySender delivery (sample payload of eventType(), signed with
// the secret given, or a random throwaway secret, marked X-Webhook-Console-Test: true). It is
// sent at most once per check().
//
// Asynchronous: check() ends in exactly one callback, never before it returns, tied to
// `context` (destroyed first: everything is aborted and no callback runs). `progress`, when
// given, is called with each check as it completes (for a dialog that fills in as it goes).
class UrlPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlPreflight)

public:
    using Callback = std::function<void(const PreflightReport &)>;
    using ProgressCallback = std::function<void(const PreflightCheck &)>;

    static constexpr int DefaultTimeoutMs = 10000;

    explicit UrlPreflight(QObject *parent = nullptr);
    ~UrlPreflight() override;

    // The limit for each network step: the name lookup, the TLS handshake, the test POST.
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }
    // The event type of the test POST's payload (default epayments.payment.created.v1).
    void setEventType(const QString &eventType) { m_eventType = eventType; }
    QString eventType() const { return m_eventType; }
    // Tests only: a loopback address is a warning instead of a failure, so the other checks can
    // run against local servers. Private addresses still fail. Off by default.
    void setAllowLoopbackForTesting(bool allow) { m_allowLoopback = allow; }
    // Without the test POST (e.g. to a production endpoint that must not get one): the redirect
    // and delivery checks are Skipped, saying so. On by default.
    void setSendTestPost(bool send) { m_sendTestPost = send; }

    void check(const QUrl &url, const QString &secretOrEmpty, QObject *context, Callback callback,
               ProgressCallback progress = {});
    // Stops every preflight in flight; their callbacks never run. May be called from a callback.
    void cancelAll();

private:
    struct Run;
    void add(const std::shared_ptr<Run> &run, const PreflightCheck &check);
    void skipRest(const std::shared_ptr<Run> &run, const QString &reason);
    void lookUp(const std::shared_ptr<Run> &run);
    void probeTls(const std::shared_ptr<Run> &run);
    void post(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);

    TestDeliverySender *m_sender = nullptr;
    QList<std::weak_ptr<Run>> m_runs;
    QString m_eventType = QStringLiteral("epayments.payment.created.v1");
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_allowLoopback = false;
    bool m_sendTestPost = true;
};
