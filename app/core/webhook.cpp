#include "core/webhook.h"

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
