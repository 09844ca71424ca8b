#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

// The network policy of this process, in one place: every client (API calls, connection tests,
// test deliveries, the sandbox's simulated deliveries, the URL preflight, TLS probes) sends
// through the one instance(). createRequest() applies to every request:
//   - https: TLS 1.2 or newer, the peer always verified (errors are recorded, never ignored),
//     the system's certificate authorities plus the extra ones (WEBHOOK_CONSOLE_CA_FILE);
//   - the User-Agent of this application;
//   - redirects never followed (a 3xx is an answer the caller reports), no cache;
//   - answers capped (8 MiB unless the request sets MaxAnswerBytesAttribute): a longer answer is
//     aborted and answerTooLarge() says so;
//   - a transfer timeout (30 s of silence unless the request sets its own). A caller's deadline
//     for a whole operation is the caller's (see WebhooksClient).
// Raw TLS handshakes (TlsProbe) use tlsConfiguration(), the same settings.
class NetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkAccessManager)

public:
    static constexpr qint64 DefaultMaxAnswerBytes = 8 * 1024 * 1024;
    static constexpr int DefaultTransferTimeoutMs = 30000;
    // A request attribute: the answer size cap of that request, in bytes (qint64).
    static constexpr QNetworkRequest::Attribute MaxAnswerBytesAttribute
        = QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    // The one manager of this process, made on first use (a child of the application object).
    // Use it from the main thread only.
    static NetworkAccessManager *instance();
    // Ends the network of this process before the application object goes: replies whose
    // deletion was deferred are deleted, then the manager, which stops its connection thread
    // after that thread has closed its connections. A command line that never runs the main
    // event loop calls it before it returns (otherwise a kept-alive TLS connection can outlive
    // the thread that owns it). instance() makes a new manager if it is called again.
    static void shutDown();

    // The environment variable naming a PEM file of extra certificate authorities to trust.
    static QString caFileVariable() { return QStringLiteral("WEBHOOK_CONSOLE_CA_FILE"); }
    // Reads the certificate authorities of `path`; the problem (translated) when it cannot.
    static std::optional<QString> readCaFile(const QString &path, QList<QSslCertificate> *certificates);
    // Trusts the authorities of WEBHOOK_CONSOLE_CA_FILE, when it is set. Both programs call it
    // at start; the problem (translated, naming the variable and the file) when it cannot.
    std::optional<QString> trustCaFileFromEnvironment();

    // Certificate authorities trusted besides the system's. Changing them drops the cached
    // connections, so a connection made under the old trust is never reused.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    const QList<QSslCertificate> &extraCaCertificates() const { return m_extraCas; }

    // The TLS settings of every connection: TLS 1.2 or newer, peer verified, extra CAs added.
    QSslConfiguration tlsConfiguration() const;
    // "WebhookConsole/1.2.3"
    static QByteArray userAgent();

    // What the policy recorded about a finished reply.
    static bool answerTooLarge(const QNetworkReply *reply);
    static QStringList sslErrorTexts(const QNetworkReply *reply);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    explicit NetworkAccessManager(QObject *parent);

    QList<QSslCertificate> m_extraCas;
};
