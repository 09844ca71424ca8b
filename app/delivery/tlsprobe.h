#pragma once

#include <QObject>
#include <QSsl>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>

// What a TLS handshake with a receiver showed.
struct TlsProbeResult
{
    bool ok = false; // a TLS 1.2+ session with a trusted certificate for the host
    bool timedOut = false;
    QString protocol;            // "TLS 1.3", when the handshake completed
    QSslCertificate certificate; // the peer's certificate, when one was presented
    QStringList errors;          // the QSslError texts, or the socket error
};

// One TLS handshake, as Vipps MobilePay's callers would do it, with the TLS settings of every
// connection of this process (NetworkAccessManager::tlsConfiguration(): TLS 1.2 or newer, the
// peer verified against `host` with the system CAs plus the extra ones); certificate errors are
// reported, never ignored. Nothing is sent after the handshake.
namespace TlsProbe {

using Callback = std::function<void(const TlsProbeResult &)>;

// The socket is a child of `context`: destroying the context stops the probe and the callback
// never runs. The callback runs exactly once otherwise, never before run() returns.
void run(const QString &host, quint16 port, int timeoutMs, QObject *context, Callback callback);

// "TLS 1.2", "TLS 1.3", ...
QString protocolName(QSsl::SslProtocol protocol);

} // namespace TlsProbe
