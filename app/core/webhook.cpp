#include "core/webhook.h"

#include <QUrl>

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject Webhook::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
}

QByteArray RegisterRequest::toJson() const
{
    const QJsonObject body{{QStringLiteral("url"), url},
                           {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString Webhook::endpointKey(const QString &url)
{
    QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url.trimmed();
    // QUrl lower-cases scheme and host; the default port names the same endpoint.
    if ((parsed.scheme() == QLatin1String("https") && parsed.port() == 443)
        || (parsed.scheme() == QLatin1String("http") && parsed.port() == 80))
        parsed.setPort(-1);
    if (parsed.path().isEmpty())
        parsed.setPath(QStringLiteral("/"));
    return parsed.toString(QUrl::FullyEncoded | QUrl::NormalizePathSegments);
}
