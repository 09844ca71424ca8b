#include "operations/connectiontest.h"

#include "core/apierror.h"

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) { }

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start(const ClientConfig &config, QObject *context, Callback callback)
{
    cancel();
    auto *client = new WebhooksClient(config, this);
    m_client = client;
    connect(client, &WebhooksClient::waiting, this, &ConnectionTest::waiting);
    client->fetchToken(
        this,
        [this, client, guard = QPointer<QObject>(context), callback](const Result<AccessToken> &result) {
            if (client == m_client)
                m_client = nullptr;
            client->deleteLater();
            if (guard)
                callback(result);
        });
}

void ConnectionTest::cancel()
{
    if (!m_client)
        return;
    m_client->cancelAll();
    m_client->deleteLater();
    m_client = nullptr;
}

QString ConnectionTest::hintFor(const ApiError &error)
{
    const QString hint = error.hint();
    const bool refused = error.kind == ApiError::Kind::Authentication || error.httpStatus == 401;
    if (hint.isEmpty() && refused) {
        return tr("Test keys work only against the test environment, and production keys only "
                  "against production: these keys may belong to the other environment.");
    }
    return hint;
}
