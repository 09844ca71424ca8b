#include "core/networkaccessmanager.h"

#include "core/appinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

namespace {

// This file's messages, in the "NetworkAccessManager" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetworkAccessManager)
};

const char TooLargeProperty[] = "wc_answerTooLarge";
const char SslErrorsProperty[] = "wc_sslErrors";

} // namespace

NetworkAccessManager::NetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setAutoDeleteReplies(false);
    setTransferTimeout(DefaultTransferTimeoutMs);
}

namespace {
QPointer<NetworkAccessManager> &theManager()
{
    static QPointer<NetworkAccessManager> manager;
    return manager;
}
} // namespace

NetworkAccessManager *NetworkAccessManager::instance()
{
    QPointer<NetworkAccessManager> &manager = theManager();
    if (!manager)
        manager = new NetworkAccessManager(QCoreApplication::instance());
    return manager;
}

void NetworkAccessManager::shutDown()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QPointer<NetworkAccessManager> &manager = theManager();
    if (!manager)
        return;
    manager->clearConnectionCache();
    delete manager.data();
}

std::optional<QString> NetworkAccessManager::readCaFile(const QString &path,
                                                        QList<QSslCertificate> *certificates)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("%1: cannot read %2: %3").arg(caFileVariable(), path, file.errorString());
    const auto read = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (read.isEmpty())
        return Tr::tr("%1: %2 holds no PEM certificate.").arg(caFileVariable(), path);
    *certificates = read;
    return std::nullopt;
}

std::optional<QString> NetworkAccessManager::trustCaFileFromEnvironment()
{
    const QString path = qEnvironmentVariable(qPrintable(caFileVariable()));
    if (path.isEmpty())
        return std::nullopt;
    QList<QSslCertificate> certificates;
    if (auto problem = readCaFile(path, &certificates))
        return problem;
    setExtraCaCertificates(certificates);
    return std::nullopt;
}

void NetworkAccessManager::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_extraCas)
        return;
    m_extraCas = certificates;
    clearConnectionCache();
}

QSslConfiguration NetworkAccessManager::tlsConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    return ssl;
}

QByteArray NetworkAccessManager::userAgent()
{
    return AppInfo::displayName().remove(QLatin1Char(' ')).toUtf8() + '/' + AppInfo::version().toUtf8();
}

bool NetworkAccessManager::answerTooLarge(const QNetworkReply *reply)
{
    return reply->property(TooLargeProperty).toBool();
}

QStringList NetworkAccessManager::sslErrorTexts(const QNetworkReply *reply)
{
    return reply->property(SslErrorsProperty).toStringList();
}

QNetworkReply *NetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &original,
                                                   QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("User-Agent", userAgent());
    if (request.transferTimeout() <= 0)
        request.setTransferTimeout(DefaultTransferTimeoutMs);
    if (request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(tlsConfiguration());
    const qint64 cap = request.attribute(MaxAnswerBytesAttribute, DefaultMaxAnswerBytes).toLongLong();

    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    // TLS errors are recorded for the caller's message and never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts = sslErrorTexts(reply);
        for (const QSslError &error : errors)
            texts << error.errorString();
        reply->setProperty(SslErrorsProperty, texts);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64 total) {
        if ((received > cap || total > cap) && !answerTooLarge(reply)) {
            reply->setProperty(TooLargeProperty, true);
            reply->abort();
        }
    });
    return reply;
}
