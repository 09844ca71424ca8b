#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct EventType
{
    QString type;      // the raw type, e.g. "epayments.payment.created.v1"
    QString productId; // "epayment", "recurring", "qr", "login", "donations"
    QString product;   // "ePayment", ... (display name of the product)
    QString name;      // "Created", ... (display name of the event)
    int limit = 25;    // registrations allowed per sales unit (or partner bucket)
};

// The event types the console knows, loaded from the compiled-in resources/events.json.
// Types the API returns that are not in the catalogue are shown as they are.
class EventCatalog
{
public:
    static const EventCatalog &instance();

    const QList<EventType> &events() const { return m_events; }
    QStringList productIds() const;
    QString productName(const QString &productId) const; // translated
    QList<EventType> eventsOf(const QString &productId) const;
    std::optional<EventType> find(const QString &type) const;
    bool isKnown(const QString &type) const { return find(type).has_value(); }
    // The translated display name, or the raw type when unknown.
    QString displayName(const QString &type) const;
    // "ePayment: Created", or the raw type when unknown.
    QString qualifiedName(const QString &type) const;
    // The limit per sales unit; the default limit for unknown types.
    int limit(const QString &type) const;
    int defaultLimit() const { return m_defaultLimit; }

    // What a user registering `type` in the test environment should know (reference section 7):
    // donations.* never fire there, ePayment events only for payments made through the ePayment
    // API. Nothing for the other types. Translated.
    static std::optional<QString> testEnvironmentNote(const QString &type);
    // The same note for a whole product ("donations", "epayment"), for a group of events.
    static std::optional<QString> testEnvironmentProductNote(const QString &productId);

    // Parses a catalogue document; exposed for tests.
    static std::optional<EventCatalog> fromJson(const QByteArray &json);

private:
    QList<EventType> m_events;
    // "product: event" per type, translated once (the language is chosen at start-up).
    mutable QHash<QString, QString> m_qualifiedNames;
    QList<QPair<QString, QString>> m_products; // id, name
    int m_defaultLimit = 25;
};
