#include "import/postmanimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace {

// This file's messages, in the "PostmanImport" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)
};

const QString clientIdKey = QStringLiteral("client_id");
const QString clientSecretKey = QStringLiteral("client_secret");
const QString subscriptionKeyKey = QStringLiteral("Ocp-Apim-Subscription-Key");
const QString msnKey = QStringLiteral("merchantSerialNumber");
const QString systemNameKey = QStringLiteral("vipps_system_name");
const QString systemVersionKey = QStringLiteral("vipps_system_version");
const QString pluginNameKey = QStringLiteral("vipps_system_plugin_name");
const QString pluginVersionKey = QStringLiteral("vipps_system_plugin_version");

// Lower case without separators: "Ocp-Apim-Subscription-Key" -> "ocpapimsubscriptionkey".
QString normalized(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (const QChar c : key) {
        if (c == u'-' || c == u'_' || c == u' ' || c == u'.')
            continue;
        out.append(c.toLower());
    }
    return out;
}

enum class ValueKind {
    Text,
    Empty,
    NotText,
    Reference
};

ValueKind readValue(const QJsonValue &value, QString *text)
{
    switch (value.type()) {
    case QJsonValue::String:
        *text = value.toString().trimmed();
        if (text->isEmpty())
            return ValueKind::Empty;
        if (text->startsWith(QLatin1String("{{")) && text->endsWith(QLatin1String("}}")))
            return ValueKind::Reference;
        return ValueKind::Text;
    case QJsonValue::Double: {
        // An MSN is often typed as a number. Only whole numbers make sense here.
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 1e15)
            return ValueKind::NotText;
        *text = QString::number(static_cast<qint64>(number));
        return ValueKind::Text;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return ValueKind::Empty;
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object: break;
    }
    return ValueKind::NotText;
}

bool isEnabled(const QJsonObject &entry)
{
    // Environments use "enabled"; collection variables sometimes "disabled".
    if (entry.value(QLatin1String("enabled")).isBool() && !entry.value(QLatin1String("enabled")).toBool())
        return false;
    if (entry.value(QLatin1String("disabled")).isBool() && entry.value(QLatin1String("disabled")).toBool())
        return false;
    return true;
}

bool namesProductionHost(const QString &value)
{
    const QString lower = value.toLower();
    return lower == QLatin1String("api.vipps.no") || lower.contains(QLatin1String("//api.vipps.no"));
}

void assign(PostmanEnvironment &env, const QString &canonical, const QString &value)
{
    if (canonical == clientIdKey)
        env.credentials.clientId = value;
    else if (canonical == clientSecretKey)
        env.credentials.clientSecret = value;
    else if (canonical == subscriptionKeyKey)
        env.credentials.subscriptionKey = value;
    else if (canonical == msnKey) {
        env.msn = value;
        env.hasMsn = true;
    } else if (canonical == systemNameKey)
        env.system.name = value;
    else if (canonical == systemVersionKey)
        env.system.version = value;
    else if (canonical == pluginNameKey)
        env.system.pluginName = value;
    else if (canonical == pluginVersionKey)
        env.system.pluginVersion = value;
}

QString list(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

} // namespace

QString PostmanImport::canonicalKey(const QString &key)
{
    const QString n = normalized(key);
    if (n == QLatin1String("clientid"))
        return clientIdKey;
    if (n == QLatin1String("clientsecret"))
        return clientSecretKey;
    if (n == QLatin1String("ocpapimsubscriptionkey") || n == QLatin1String("subscriptionkey")
        || n == QLatin1String("apimsubscriptionkey"))
        return subscriptionKeyKey;
    if (n == QLatin1String("merchantserialnumber") || n == QLatin1String("msn"))
        return msnKey;
    if (n == QLatin1String("vippssystemname") || n == QLatin1String("systemname"))
        return systemNameKey;
    if (n == QLatin1String("vippssystemversion") || n == QLatin1String("systemversion"))
        return systemVersionKey;
    if (n == QLatin1String("vippssystempluginname") || n == QLatin1String("systempluginname"))
        return pluginNameKey;
    if (n == QLatin1String("vippssystempluginversion") || n == QLatin1String("systempluginversion"))
        return pluginVersionKey;
    return {};
}

Result<PostmanEnvironment, PostmanImportError> PostmanImport::parse(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return PostmanImportError{Tr::tr("The file is empty.")};
    if (json.size() > maxFileSize)
        return PostmanImportError{Tr::tr("The file is too large to be a Postman environment.")};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return PostmanImportError{Tr::tr("The file is not valid JSON (%1 at character %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)};
    }
    if (!document.isObject())
        return PostmanImportError{Tr::tr("The file is not a Postman environment: it holds no JSON object.")};

    const QJsonObject root = document.object();
    PostmanEnvironment env;
    QJsonValue values = root.value(QLatin1String("values"));
    QJsonValue name = root.value(QLatin1String("name"));
    if (values.isUndefined() && root.value(QLatin1String("info")).isObject()) {
        // A collection export: accept its collection variables, refuse it when it has none.
        values = root.value(QLatin1String("variable"));
        name = root.value(QLatin1String("info")).toObject().value(QLatin1String("name"));
        if (values.isUndefined()) {
            return PostmanImportError{
                Tr::tr("This is a Postman collection, not an environment. In Postman, export the "
                       "environment that holds your keys (Environments, ..., Export).")};
        }
    }
    if (values.isUndefined())
        return PostmanImportError{
            Tr::tr("The file is not a Postman environment: it has no \"values\" list.")};
    if (!values.isArray())
        return PostmanImportError{Tr::tr("The file is not a Postman environment: \"values\" is not a list.")};
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return PostmanImportError{Tr::tr("The file is not a Postman environment: \"name\" is not text.")};

    env.name = name.toString().simplified();
    env.looksLikeProduction = env.name.contains(QLatin1String("prod"), Qt::CaseInsensitive);

    QSet<QString> taken;
    for (const QJsonValue item : values.toArray()) {
        const QJsonObject entry = item.toObject();
        const QJsonValue keyValue = entry.value(QLatin1String("key"));
        if (!item.isObject() || !keyValue.isString() || keyValue.toString().trimmed().isEmpty()) {
            ++env.skippedEntries;
            continue;
        }
        const QString key = keyValue.toString().trimmed();
        const QString canonical = canonicalKey(key);
        QString text;
        const ValueKind kind = readValue(entry.value(QLatin1String("value")), &text);
        const bool enabled = isEnabled(entry);

        if (canonical.isEmpty()) {
            if (enabled && kind == ValueKind::Text && namesProductionHost(text))
                env.looksLikeProduction = true;
            if (!env.unknownKeys.contains(key))
                env.unknownKeys.append(key);
            continue;
        }
        if (taken.contains(canonical))
            continue; // the first enabled value wins
        if (!enabled) {
            if (!env.disabledKeys.contains(canonical))
                env.disabledKeys.append(canonical);
            continue;
        }
        switch (kind) {
        case ValueKind::Text:
            assign(env, canonical, text);
            taken.insert(canonical);
            env.disabledKeys.removeAll(canonical);
            env.invalidKeys.removeAll(canonical);
            break;
        case ValueKind::Empty: break;
        case ValueKind::NotText:
        case ValueKind::Reference:
            if (!env.invalidKeys.contains(canonical))
                env.invalidKeys.append(canonical);
            break;
        }
    }

    for (const QString &required : {clientIdKey, clientSecretKey, subscriptionKeyKey}) {
        if (!taken.contains(required) && !env.disabledKeys.contains(required)
            && !env.invalidKeys.contains(required))
            env.missingKeys.append(required);
    }
    return env;
}

Result<PostmanEnvironment, PostmanImportError> PostmanImport::readFile(const QString &fileName)
{
    QFile file(fileName);
    const QString shown = QDir::toNativeSeparators(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return PostmanImportError{Tr::tr("Could not open %1: %2").arg(shown, file.errorString())};
    if (file.size() > maxFileSize)
        return PostmanImportError{Tr::tr("%1 is too large to be a Postman environment.").arg(shown)};
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return PostmanImportError{Tr::tr("Could not read %1: %2").arg(shown, file.errorString())};
    return parse(data);
}

QStringList PostmanEnvironment::notes() const
{
    QStringList out;
    if (looksLikeProduction) {
        out << Tr::tr("These look like production keys. The new profile is set to Test: choose "
                      "Production yourself if that is where the keys belong.");
    }
    if (!missingKeys.isEmpty())
        out << Tr::tr("Not in the export: %1. Enter them before saving.").arg(list(missingKeys));
    if (!disabledKeys.isEmpty())
        out << Tr::tr("Disabled in Postman, not imported: %1.").arg(list(disabledKeys));
    if (!invalidKeys.isEmpty()) {
        out << Tr::tr("Not imported because the value is not plain text (or refers to another "
                      "Postman variable): %1.")
                   .arg(list(invalidKeys));
    }
    if (!hasMsn)
        out << Tr::tr("No merchantSerialNumber: the profile uses partner keys (all sales units).");
    if (!unknownKeys.isEmpty())
        out << Tr::tr("Not used by the console: %1.").arg(list(unknownKeys));
    if (skippedEntries > 0)
        out << Tr::tr("Entries without a variable name were skipped: %1.").arg(skippedEntries);
    return out;
}
