#include "core/deliveryverification.h"

#include <QJsonDocument>

namespace DeliveryVerification {

QString failureId(DeliverySignature::Failure failure)
{
    using Failure = DeliverySignature::Failure;
    switch (failure) {
    case Failure::None: return QStringLiteral("none");
    case Failure::MissingHeader: return QStringLiteral("missingHeader");
    case Failure::MalformedAuthorization: return QStringLiteral("authorization");
    case Failure::BodyHashMismatch: return QStringLiteral("bodyHash");
    case Failure::UrlMismatch: return QStringLiteral("url");
    case Failure::SignatureMismatch: return QStringLiteral("signature");
    }
    return QStringLiteral("none");
}

bool endsWithLineBreak(const QByteArray &bytes)
{
    return bytes.endsWith('\n') || bytes.endsWith('\r');
}

bool looksReserialised(const QByteArray &body)
{
    QJsonParseError error{};
    const QByteArray json = body.trimmed(); // an editor's final line break is no re-serialisation
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    // Whitespace outside strings is insignificant in JSON; inside a string it is content.
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
    }
    return false;
}

Outcome verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl)
{
    Outcome outcome{DeliverySignature::verify(delivery, secret, registeredUrl)};
    if (outcome.verdict.failure != DeliverySignature::Failure::BodyHashMismatch
        || !endsWithLineBreak(delivery.body))
        return outcome;
    Delivery trimmed = delivery;
    while (endsWithLineBreak(trimmed.body))
        trimmed.body.chop(1);
    // The signed hash decides which bytes are the body: leaving the breaks out is sound only
    // when it matches exactly, and the signature is then checked as usual.
    if (DeliverySignature::contentHash(trimmed.body) != delivery.contentSha256.trimmed())
        return outcome;
    outcome.verdict = DeliverySignature::verify(trimmed, secret, registeredUrl);
    outcome.trailingLineBreakLeftOut = true;
    return outcome;
}

QByteArray headerValue(const QString &text, QLatin1String name)
{
    QString value = text.trimmed();
    if (value.startsWith(name, Qt::CaseInsensitive)
        && value.mid(name.size()).trimmed().startsWith(QLatin1Char(':')))
        value = value.mid(value.indexOf(QLatin1Char(':')) + 1).trimmed();
    return value.toUtf8();
}

} // namespace DeliveryVerification
