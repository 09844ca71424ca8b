#include "core/deliveryverification.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryVerification)
};

} // namespace

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

std::optional<Environment> otherEnvironment(Environment environment)
{
    switch (environment) {
    case Environment::Test: return Environment::Production;
    case Environment::Production: return Environment::Test;
    case Environment::Custom:
    case Environment::Sandbox: break;
    }
    return std::nullopt;
}

Outcome verify(const Delivery &delivery, const QString &secret, const QUrl &registeredUrl,
               const std::optional<OtherEnvironmentSecret> &other)
{
    Outcome outcome = verify(delivery, secret, registeredUrl);
    if (outcome.verdict.failure != DeliverySignature::Failure::SignatureMismatch || !other
        || other->secret.isEmpty() || other->secret == secret)
        return outcome;
    if (!verify(delivery, other->secret, registeredUrl).verdict.isValid())
        return outcome;
    outcome.signedWithOtherEnvironmentsSecret = true;
    outcome.verdict.reason
        = Tr::tr("The signature was made with the secret this webhook has stored for the %1 environment, "
                 "not with this one's: the delivery was signed for the other environment (or the secret "
                 "was stored under the wrong environment).")
              .arg(Environments::displayName(other->environment));
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
