#include "delivery/urlpreflight.h"

#include "core/contextcallback.h"
#include "delivery/deliverylogging.h"
#include "delivery/preflightrules.h"
#include "delivery/testdeliverysender.h"
#include "delivery/tlsprobe.h"

#include <QHostInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace {

using Kind = PreflightCheck::Kind;
using Outcome = PreflightCheck::Outcome;

QString throwawaySecret()
{
    QByteArray bytes(48, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

struct UrlPreflight::Run
{
    QPointer<QObject> guard; // owns this run's timer and socket; the context of its test POST
    ContextCallback<const PreflightReport &> callback;
    ContextCallback<const PreflightCheck &> progress;
    PreflightReport report;
    QString secret;
    bool lookupDone = false;
    bool cancelled = false;

    // False once the caller went away or cancelAll() ran: nothing more is done or reported.
    bool isLive() const { return !cancelled && callback.context(); }
};

UrlPreflight::UrlPreflight(QObject *parent) : QObject(parent), m_sender(new TestDeliverySender(this))
{
    m_sender->setTimeoutMs(m_timeoutMs);
}

UrlPreflight::~UrlPreflight()
{
    cancelAll();
}

void UrlPreflight::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
    m_sender->setTimeoutMs(m_timeoutMs);
}

void UrlPreflight::cancelAll()
{
    for (const std::weak_ptr<Run> &weak : std::exchange(m_runs, {})) {
        if (const auto run = weak.lock()) {
            run->cancelled = true;
            if (run->guard)
                run->guard->deleteLater(); // stops its timer and TLS socket, aborts its POST
        }
    }
}

void UrlPreflight::check(const QUrl &url, const QString &secretOrEmpty, QObject *context, Callback callback,
                         ProgressCallback progress)
{
    auto run = std::make_shared<Run>();
    run->callback = ContextCallback<const PreflightReport &>(context ? context : this, std::move(callback));
    run->progress = ContextCallback<const PreflightCheck &>(run->callback.context(), std::move(progress));
    run->guard = new QObject(this);
    if (run->callback.context() != this)
        connect(run->callback.context(), &QObject::destroyed, run->guard, &QObject::deleteLater);
    run->report.url = url;
    run->report.throwawaySecret = secretOrEmpty.isEmpty();
    run->secret = secretOrEmpty.isEmpty() ? throwawaySecret() : secretOrEmpty;
    m_runs.removeIf([](const std::weak_ptr<Run> &weak) { return weak.expired(); });
    m_runs.append(run);
    qCInfo(lcDelivery).noquote() << "Preflight of"
                                 << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                        | QUrl::RemoveFragment);

    add(run, PreflightRules::scheme(url));
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        skipRest(run, tr("Not checked: the URL is not valid."));
        QTimer::singleShot(0, run->guard, [this, run] { finish(run); });
        return;
    }
    add(run, PreflightRules::port(url));
    lookUp(run);
}

void UrlPreflight::add(const std::shared_ptr<Run> &run, const PreflightCheck &check)
{
    if (!run->isLive())
        return;
    run->report.checks.append(check);
    run->progress(check);
}

void UrlPreflight::skipRest(const std::shared_ptr<Run> &run, const QString &reason)
{
    const Kind order[] = {Kind::Scheme, Kind::Port, Kind::Address, Kind::Tls, Kind::Redirect, Kind::Delivery};
    for (const Kind kind : order) {
        if (!run->report.check(kind))
            add(run, PreflightRules::skipped(kind, reason));
    }
}

void UrlPreflight::lookUp(const std::shared_ptr<Run> &run)
{
    const QString host = run->report.url.host();
    auto *deadline = new QTimer(run->guard);
    deadline->setSingleShot(true);
    const int id
        = QHostInfo::lookupHost(host, run->guard, [this, run, host, deadline](const QHostInfo &info) {
              if (run->lookupDone || !run->isLive())
                  return;
              run->lookupDone = true;
              deadline->stop();
              const QString error = info.error() == QHostInfo::NoError ? QString() : info.errorString();
              const PreflightCheck check
                  = PreflightRules::addresses(host, info.addresses(), m_allowLoopback, error);
              add(run, check);
              if (check.outcome == Outcome::Fail)
                  skipRest(run, tr("Not checked: Vipps MobilePay could not reach this address."));
              else if (run->report.check(Kind::Scheme)->outcome == Outcome::Fail)
                  skipRest(run, tr("Not checked: Vipps MobilePay delivers to https URLs only."));
              if (run->report.check(Kind::Delivery))
                  finish(run);
              else
                  probeTls(run);
          });
    connect(deadline, &QTimer::timeout, run->guard, [this, run, host, id] {
        if (run->lookupDone || !run->isLive())
            return;
        run->lookupDone = true;
        QHostInfo::abortHostLookup(id);
        add(run,
            PreflightRules::addresses(
                host, {}, m_allowLoopback,
                tr("no answer within %1.").arg(TestDeliverySender::durationText(m_timeoutMs))));
        skipRest(run, tr("Not checked: Vipps MobilePay could not reach this address."));
        finish(run);
    });
    deadline->start(m_timeoutMs);
}

void UrlPreflight::probeTls(const std::shared_ptr<Run> &run)
{
    const QUrl &url = run->report.url;
    TlsProbe::run(url.host(), quint16(url.port(443)), m_timeoutMs, run->guard,
                  [this, run](const TlsProbeResult &result) {
                      if (!run->isLive())
                          return;
                      const PreflightCheck check = PreflightRules::tls(result);
                      add(run, check);
                      if (check.outcome != Outcome::Fail) {
                          if (m_sendTestPost)
                              post(run);
                          else {
                              skipRest(run, tr("Not sent: no test POST was asked for."));
                              finish(run);
                          }
                          return;
                      }
                      skipRest(run, tr("Not checked: the TLS check failed."));
                      finish(run);
                  });
}

void UrlPreflight::post(const std::shared_ptr<Run> &run)
{
    m_sender->send(run->report.url, m_eventType, run->secret, {}, run->guard,
                   [this, run](const Result<TestDeliveryResult> &answer) {
                       if (!run->isLive())
                           return;
                       if (answer.ok())
                           run->report.delivery = answer.value();
                       add(run, PreflightRules::redirect(answer));
                       add(run, PreflightRules::delivery(answer, run->report.throwawaySecret));
                       finish(run);
                   });
}

void UrlPreflight::finish(const std::shared_ptr<Run> &run)
{
    if (run->guard)
        run->guard->deleteLater();
    if (!run->isLive())
        return;
    qCInfo(lcDelivery).noquote() << "Preflight done:" << PreflightCheck::outcomeId(run->report.overall());
    run->callback(run->report);
}
