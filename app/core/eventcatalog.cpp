#include "core/eventcatalog.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Display names come from the data file; their translations live in the "EventCatalog" context.
QString translated(const QString &text)
{
    return QCoreApplication::translate("EventCatalog", text.toUtf8().constData());
}

} // namespace

const EventCatalog &EventCatalog::instance()
{
    static const EventCatalog catalog = [] {
        QFile file(QStringLiteral(":/events.json"));
        if (file.open(QIODevice::ReadOnly)) {
            if (auto parsed = fromJson(file.readAll()))
                return *parsed;
        }
        qCCritical(lcApi) << "The compiled-in event catalogue could not be read";
        return EventCatalog{};
    }();
    return catalog;
}

std::optional<EventCatalog> EventCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    EventCatalog catalog;
    const QJsonObject root = document.object();
    catalog.m_defaultLimit = root.value(QStringLiteral("defaultLimit")).toInt(25);
    for (const QJsonValue productValue : root.value(QStringLiteral("products")).toArray()) {
        const QJsonObject product = productValue.toObject();
        const QString productId = product.value(QStringLiteral("id")).toString();
        const QString productName = product.value(QStringLiteral("name")).toString();
        if (productId.isEmpty() || productName.isEmpty())
            return std::nullopt;
        catalog.m_products.append({productId, productName});
        for (const QJsonValue eventValue : product.value(QStringLiteral("events")).toArray()) {
            const QJsonObject event = eventValue.toObject();
            EventType type;
            type.type = event.value(QStringLiteral("type")).toString();
            type.name = event.value(QStringLiteral("name")).toString();
            type.productId = productId;
            type.product = productName;
            type.limit = event.value(QStringLiteral("limit")).toInt(catalog.m_defaultLimit);
            if (type.type.isEmpty() || type.name.isEmpty())
                return std::nullopt;
            catalog.m_events.append(type);
        }
    }
    return catalog;
}

QStringList EventCatalog::productIds() const
{
    QStringList ids;
    for (const auto &[id, name] : m_products)
        ids.append(id);
    return ids;
}

QString EventCatalog::productName(const QString &productId) const
{
    for (const auto &[id, name] : m_products) {
        if (id == productId)
            return translated(name);
    }
    return productId;
}

QList<EventType> EventCatalog::eventsOf(const QString &productId) const
{
    QList<EventType> result;
    for (const EventType &event : m_events) {
        if (event.productId == productId)
            result.append(event);
    }
    return result;
}

std::optional<EventType> EventCatalog::find(const QString &type) const
{
    for (const EventType &event : m_events) {
        if (event.type == type)
            return event;
    }
    return std::nullopt;
}

QString EventCatalog::displayName(const QString &type) const
{
    const auto event = find(type);
    return event ? translated(event->name) : type;
}

QString EventCatalog::qualifiedName(const QString &type) const
{
    const auto cached = m_qualifiedNames.constFind(type);
    if (cached != m_qualifiedNames.cend())
        return *cached;
    const auto event = find(type);
    const QString name = event ? QCoreApplication::translate("EventCatalog", "%1: %2", "product: event")
                                     .arg(translated(event->product), translated(event->name))
                               : type;
    if (event) // unknown types are returned as they are, without growing the cache
        m_qualifiedNames.insert(type, name);
    return name;
}

int EventCatalog::limit(const QString &type) const
{
    const auto event = find(type);
    return event ? event->limit : m_defaultLimit;
}

std::optional<QString> EventCatalog::testEnvironmentProductNote(const QString &productId)
{
    if (productId == QLatin1String("donations")) {
        return QCoreApplication::translate(
            "EventCatalog",
            "Never fires in the test environment: the Donations API exists only "
            "in production.");
    }
    if (productId == QLatin1String("epayment")) {
        return QCoreApplication::translate(
            "EventCatalog",
            "In the test environment these fire only for payments created through "
            "the ePayment API (not for other APIs' test payments).");
    }
    return std::nullopt;
}

std::optional<QString> EventCatalog::testEnvironmentNote(const QString &type)
{
    if (type.startsWith(QLatin1String("donations.")))
        return testEnvironmentProductNote(QStringLiteral("donations"));
    if (type.startsWith(QLatin1String("epayments.")))
        return testEnvironmentProductNote(QStringLiteral("epayment"));
    return std::nullopt;
}
