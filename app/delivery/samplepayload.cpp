#include "delivery/samplepayload.h"

#include "core/eventcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace {

// A JSON object that keeps its keys in the order they were added (QJsonObject sorts them).
class OrderedObject
{
public:
    OrderedObject &add(const char *key, const QJsonValue &value)
    {
        m_parts.append(scalar(QString::fromLatin1(key)) + ':' + scalar(value));
        return *this;
    }
    OrderedObject &add(const char *key, const OrderedObject &object)
    {
        m_parts.append(scalar(QString::fromLatin1(key)) + ':' + object.toJson());
        return *this;
    }
    QByteArray toJson() const { return '{' + m_parts.join(',') + '}'; }

private:
    static QByteArray scalar(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // without the brackets
    }

    QList<QByteArray> m_parts;
};

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

QString randomAlnum(int length)
{
    static const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

QString testId()
{
    return SamplePayload::idPrefix() + randomHex(10);
}

OrderedObject nok(qint64 value)
{
    return OrderedObject().add("currency", QStringLiteral("NOK")).add("value", value);
}

// "epayments.payment.authorized.v1" -> "AUTHORIZED"
QString ePaymentName(const QString &eventType)
{
    return eventType.section(QLatin1Char('.'), 2, 2).toUpper();
}

QByteArray ePayment(const QString &eventType, const QString &msn, const QString &timestamp)
{
    return OrderedObject()
        .add("msn", msn)
        .add("reference", testId())
        .add("pspReference", QString::number(1000000000u + QRandomGenerator::global()->bounded(999999999u)))
        .add("name", ePaymentName(eventType))
        .add("amount", nok(35000))
        .add("timestamp", timestamp)
        .add("idempotencyKey", randomHex(10))
        .add("success", true)
        .add("simulated", true)
        .toJson();
}

QByteArray recurring(const QString &eventType, const QString &msn, const QString &timestamp)
{
    OrderedObject object;
    object.add("agreementId", QString(QStringLiteral("agr_") + randomAlnum(7)));
    const bool charge = eventType.startsWith(QLatin1String("recurring.charge-"));
    if (!charge) {
        object.add("agreementExternalId", testId());
        const bool byUser
            = eventType.contains(QLatin1String("activated")) || eventType.contains(QLatin1String("rejected"));
        object.add("actor",
                   byUser                                             ? QStringLiteral("USER")
                       : eventType.contains(QLatin1String("expired")) ? QStringLiteral("SYSTEM")
                                                                      : QStringLiteral("MERCHANT"));
    } else {
        const qint64 amount = 49900;
        const bool captured
            = eventType.contains(QLatin1String("captured")) || eventType.contains(QLatin1String("refunded"));
        object.add("chargeId", QString(QStringLiteral("chr-") + randomAlnum(7)))
            .add("chargeExternalId", testId())
            .add("chargeType", QStringLiteral("RECURRING"))
            .add("amount", amount)
            .add("amountCaptured", captured ? amount : 0)
            .add("amountCanceled", eventType.contains(QLatin1String("canceled")) ? amount : 0)
            .add("amountRefunded", eventType.contains(QLatin1String("refunded")) ? amount : 0)
            .add("currency", QStringLiteral("NOK"));
        if (eventType.contains(QLatin1String("failed")))
            object.add("failureReason", QStringLiteral("insufficient_funds"));
    }
    return object.add("eventType", eventType)
        .add("occurred", timestamp)
        .add("msn", msn)
        .add("simulated", true)
        .toJson();
}

QByteArray checkedIn(const QString &msn, const QString &timestamp)
{
    return OrderedObject()
        .add("msn", msn)
        .add("phoneNumber", QStringLiteral("4791****78")) // masked, as a log would show it
        .add("merchantQrId", testId())
        .add("timestamp", timestamp)
        .add("simulated", true)
        .toJson();
}

QByteArray loginPing(const QString &eventType, const QString &msn, const QString &timestamp)
{
    return OrderedObject()
        .add("eventType", eventType)
        .add("msn", msn)
        .add("requestId", testId())
        .add("timestamp", timestamp)
        .add("simulated", true)
        .toJson();
}

QByteArray donation(const QString &eventType, const QString &msn, const QString &timestamp)
{
    OrderedObject object;
    object.add("agreementId", QString(QStringLiteral("don_") + randomAlnum(7)))
        .add("agreementExternalId", testId())
        .add("eventType", eventType)
        .add("occurred", timestamp)
        .add("msn", msn)
        .add("amount", nok(20000))
        .add("interval", QStringLiteral("MONTH"));
    if (eventType.contains(QLatin1String("amount-changed")))
        object.add("previousAmount", nok(15000));
    if (eventType.contains(QLatin1String("withdrawal-day")))
        object.add("withdrawalDay", 20).add("previousWithdrawalDay", 5);
    return object.add("simulated", true).toJson();
}

} // namespace

namespace SamplePayload {

QString idPrefix()
{
    return QStringLiteral("webhook-console-test-");
}

QString exampleMsn()
{
    return QStringLiteral("123456");
}

QByteArray forEvent(const QString &eventType, const QString &msn, const QDateTime &now)
{
    const QString salesUnit = msn.isEmpty() ? exampleMsn() : msn;
    const QString timestamp = now.toUTC().toString(Qt::ISODateWithMs);
    const auto event = EventCatalog::instance().find(eventType);
    const QString product = event ? event->productId : QString();
    if (product == QLatin1String("epayment"))
        return ePayment(eventType, salesUnit, timestamp);
    if (product == QLatin1String("recurring"))
        return recurring(eventType, salesUnit, timestamp);
    if (product == QLatin1String("qr"))
        return checkedIn(salesUnit, timestamp);
    if (product == QLatin1String("login"))
        return loginPing(eventType, salesUnit, timestamp);
    if (product == QLatin1String("donations"))
        return donation(eventType, salesUnit, timestamp);
    return OrderedObject()
        .add("eventType", eventType)
        .add("simulated", true)
        .add("timestamp", timestamp)
        .toJson();
}

bool isSimulated(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() && document.object().value(QStringLiteral("simulated")).toBool();
}

} // namespace SamplePayload
