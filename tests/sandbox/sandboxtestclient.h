#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

// What one raw HTTP call to the sandbox got back.
struct TestResponse
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;                      // the body when it is a JSON object
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QByteArray contentType() const { return headers.value(QByteArrayLiteral("content-type")); }
    // The RFC 7807 extraDetails as "name: reason" lines.
    QStringList extraDetails() const;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A raw HTTP client for the sandbox tests: QNetworkAccessManager and nothing of the core's
// client, so the sandbox is tested on its own.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &baseUrl);

    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    // Waits for the answer (event-driven, at most 15 s); `transferTimeoutMs` > 0 lets the
    // client give up earlier.
    TestResponse send(const QByteArray &method, const QString &path, const HeaderList &headers,
                      const QByteArray &body = {}, int transferTimeoutMs = 0);

    static HeaderList tokenHeaders(const SandboxServer::Keys &keys, const QString &msn = {});
    TestResponse fetchToken(const SandboxServer::Keys &keys, const QString &msn = {});
    // A fresh access token for `keys`; empty when the call failed.
    QByteArray token(const SandboxServer::Keys &keys, const QString &msn = {});

    static HeaderList webhookHeaders(const SandboxServer::Keys &keys, const QByteArray &token,
                                     const QString &msn = {});
    TestResponse list(const SandboxServer::Keys &keys, const QByteArray &token, const QString &msn = {});
    TestResponse registerWebhook(const SandboxServer::Keys &keys, const QByteArray &token, const QString &url,
                                 const QStringList &events, const QString &msn = {});
    TestResponse remove(const SandboxServer::Keys &keys, const QByteArray &token, const QString &id,
                        const QString &msn = {});

private:
    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_manager;
};
