#include "core/eventcatalognames.h"

#include <QtGlobal>

const QList<const char *> &EventCatalogNames::all()
{
    static const QList<const char *> names = {
        // epayment
        QT_TRANSLATE_NOOP("EventCatalog", "ePayment"),
        QT_TRANSLATE_NOOP("EventCatalog", "Created"),
        QT_TRANSLATE_NOOP("EventCatalog", "Aborted"),
        QT_TRANSLATE_NOOP("EventCatalog", "Expired"),
        QT_TRANSLATE_NOOP("EventCatalog", "Cancelled"),
        QT_TRANSLATE_NOOP("EventCatalog", "Captured"),
        QT_TRANSLATE_NOOP("EventCatalog", "Refunded"),
        QT_TRANSLATE_NOOP("EventCatalog", "Authorized"),
        QT_TRANSLATE_NOOP("EventCatalog", "Terminated"),
        // recurring
        QT_TRANSLATE_NOOP("EventCatalog", "Recurring"),
        QT_TRANSLATE_NOOP("EventCatalog", "Agreement accepted"),
        QT_TRANSLATE_NOOP("EventCatalog", "Agreement rejected"),
        QT_TRANSLATE_NOOP("EventCatalog", "Agreement stopped"),
        QT_TRANSLATE_NOOP("EventCatalog", "Agreement expired"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge reserved"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge captured"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge cancelled"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge failed"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge creation failed"),
        QT_TRANSLATE_NOOP("EventCatalog", "Charge refunded"),
        // qr
        QT_TRANSLATE_NOOP("EventCatalog", "QR"),
        QT_TRANSLATE_NOOP("EventCatalog", "User checked in"),
        // login
        QT_TRANSLATE_NOOP("EventCatalog", "Login"),
        QT_TRANSLATE_NOOP("EventCatalog", "Merchant-initiated login ping"),
        // donations
        QT_TRANSLATE_NOOP("EventCatalog", "Donations"),
        QT_TRANSLATE_NOOP("EventCatalog", "Agreement started"),
        QT_TRANSLATE_NOOP("EventCatalog", "Withdrawal day changed"),
        QT_TRANSLATE_NOOP("EventCatalog", "Amount changed"),
    };
    return names;
}
