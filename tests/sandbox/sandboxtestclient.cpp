#include "sandboxtestclient.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>

QStringList TestResponse::extraDetails() const
{
    QStringList lines;
    for (const QJsonValue &value : json.value(QStringLiteral("extraDetails")).toArray()) {
        const QJsonObject detail = value.toObject();
        lines.append(detail.value(QStringLiteral("name")).toString() + QStringLiteral(": ")
                     + detail.value(QStringLiteral("reason")).toString());
    }
    return lines;
}

SandboxTestClient::SandboxTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl), m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

TestResponse SandboxTestClient::send(const QByteArray &method, const QString &path, const HeaderList &headers,
                                     const QByteArray &body, int transferTimeoutMs)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QBuffer *buffer = nullptr;
    if (!body.isEmpty() || method == "POST") {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);

    TestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    if (reply->isOpen())
        response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    response.json = QJsonDocument::fromJson(response.body).object();
    reply->deleteLater();
    return response;
}

HeaderList SandboxTestClient::tokenHeaders(const SandboxServer::Keys &keys, const QString &msn)
{
    HeaderList headers{{"client_id", keys.clientId.toUtf8()},
                       {"client_secret", keys.clientSecret.toUtf8()},
                       {"Ocp-Apim-Subscription-Key", keys.subscriptionKey.toUtf8()}};
    if (!msn.isEmpty())
        headers.emplaceBack("Merchant-Serial-Number", msn.toUtf8());
    return headers;
}

TestResponse SandboxTestClient::fetchToken(const SandboxServer::Keys &keys, const QString &msn)
{
    return send("POST", QStringLiteral("/accesstoken/get"), tokenHeaders(keys, msn));
}

QByteArray SandboxTestClient::token(const SandboxServer::Keys &keys, const QString &msn)
{
    return fetchToken(keys, msn).json.value(QStringLiteral("access_token")).toString().toLatin1();
}

HeaderList SandboxTestClient::webhookHeaders(const SandboxServer::Keys &keys, const QByteArray &token,
                                             const QString &msn)
{
    HeaderList headers{{"Authorization", "Bearer " + token},
                       {"Ocp-Apim-Subscription-Key", keys.subscriptionKey.toUtf8()}};
    if (!msn.isEmpty())
        headers.emplaceBack("Merchant-Serial-Number", msn.toUtf8());
    return headers;
}

TestResponse SandboxTestClient::list(const SandboxServer::Keys &keys, const QByteArray &token,
                                     const QString &msn)
{
    return send("GET", QStringLiteral("/webhooks/v1/webhooks"), webhookHeaders(keys, token, msn));
}

TestResponse SandboxTestClient::registerWebhook(const SandboxServer::Keys &keys, const QByteArray &token,
                                                const QString &url, const QStringList &events,
                                                const QString &msn)
{
    HeaderList headers = webhookHeaders(keys, token, msn);
    headers.emplaceBack("Content-Type", "application/json");
    const QJsonObject body{{QStringLiteral("url"), url},
                           {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
    return send("POST", QStringLiteral("/webhooks/v1/webhooks"), headers,
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestResponse SandboxTestClient::remove(const SandboxServer::Keys &keys, const QByteArray &token,
                                       const QString &id, const QString &msn)
{
    return send("DELETE", QStringLiteral("/webhooks/v1/webhooks/") + id, webhookHeaders(keys, token, msn));
}
