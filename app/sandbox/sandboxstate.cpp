#include "sandbox/sandboxstate.h"

#include "core/eventcatalog.h"
#include "core/validation.h"
#include "sandbox/sandboxreply.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace {

const QLatin1String kFormat("webhook-console-sandbox");
constexpr int kVersion = 1;
constexpr qsizetype kMaxStateFileSize = 16 * 1024 * 1024;

// This file's messages, in the "SandboxState" context (lupdate reads the macro's argument).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxState)
};

QString required()
{
    return QStringLiteral("The property is required and cannot be null or empty.");
}

// http://127.0.0.1:8000/hooks and the like: a local receiver (when the sandbox allows them).
bool isLoopbackHttp(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return text == text.trimmed() && url.isValid() && url.scheme().toLower() == QLatin1String("http")
        && Validation::isLoopbackHost(url.host()) && url.userInfo().isEmpty() && !url.hasFragment()
        && text.size() <= 2048;
}

QString urlReason(const QString &text, bool allowLoopbackHttp)
{
    if (allowLoopbackHttp && isLoopbackHttp(text))
        return {};
    if (text != text.trimmed() || Validation::checkCallbackUrl(text)) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.isRelative() && url.scheme().toLower() != QLatin1String("https"))
            return QStringLiteral("The URL must use HTTPS.");
        return QStringLiteral("The URL must be a valid, absolute https URL with a host name.");
    }
    return {};
}

} // namespace

QList<Webhook> SandboxState::list(const QString &bucket) const
{
    QList<Webhook> webhooks;
    for (const Entry &entry : m_buckets.value(bucket))
        webhooks.append(entry.webhook);
    return webhooks;
}

QStringList SandboxState::buckets() const
{
    return m_buckets.keys();
}

Registration SandboxState::add(const QString &bucket, const QString &url, const QStringList &events)
{
    Entry entry;
    entry.webhook.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.webhook.url = url;
    entry.webhook.events = events;
    entry.webhook.events.removeDuplicates();
    // 48 random bytes: 64 characters of base64, like the secrets in the official examples.
    entry.secret = SandboxReply::randomText(48, false);
    m_buckets[bucket].append(entry);
    return {entry.webhook.id, entry.secret};
}

void SandboxState::addSamples(const QString &bucket)
{
    add(bucket, QStringLiteral("https://example.com/vipps/webhooks"),
        {QStringLiteral("epayments.payment.created.v1"), QStringLiteral("epayments.payment.authorized.v1"),
         QStringLiteral("epayments.payment.captured.v1"), QStringLiteral("epayments.payment.cancelled.v1"),
         QStringLiteral("epayments.payment.refunded.v1")});
    add(bucket, QStringLiteral("https://shop.example.org/hooks/recurring?source=vipps"),
        {QStringLiteral("recurring.agreement-activated.v1"), QStringLiteral("recurring.agreement-stopped.v1"),
         QStringLiteral("recurring.charge-captured.v1"), QStringLiteral("recurring.charge-failed.v1")});
    add(bucket, QStringLiteral("https://donations.example.net/vipps/callbacks"),
        {QStringLiteral("donations.agreement.started.v1"), QStringLiteral("donations.agreement.stopped.v1")});
    add(bucket, QStringLiteral("https://example.com:8443/vipps/aborted"),
        {QStringLiteral("epayments.payment.aborted.v1"), QStringLiteral("epayments.payment.expired.v1")});
}

bool SandboxState::remove(const QString &bucket, const QString &id)
{
    const auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return false;
    const qsizetype removed = it->removeIf(
        [&id](const Entry &entry) { return entry.webhook.id.compare(id, Qt::CaseInsensitive) == 0; });
    if (it->isEmpty())
        m_buckets.erase(it);
    return removed > 0;
}

QString SandboxState::secretOf(const QString &id) const
{
    for (const QList<Entry> &entries : m_buckets) {
        for (const Entry &entry : entries) {
            if (entry.webhook.id.compare(id, Qt::CaseInsensitive) == 0)
                return entry.secret;
        }
    }
    return {};
}

int SandboxState::countWithEvent(const QString &bucket, const QString &event) const
{
    int count = 0;
    for (const Entry &entry : m_buckets.value(bucket)) {
        if (entry.webhook.events.contains(event))
            ++count;
    }
    return count;
}

QList<FieldError> SandboxState::checkRegister(const QString &bucket, const QByteArray &body,
                                              RegisterRequest *request) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return {
            {QStringLiteral("$"),
             QStringLiteral("The request body must be a JSON object with the properties url and events.")}};
    }
    const QJsonObject object = document.object();
    QList<FieldError> errors;
    for (const QString &key : object.keys()) {
        if (key != QLatin1String("url") && key != QLatin1String("events")) {
            errors.append(
                {key,
                 QStringLiteral("The property '%1' is not allowed. Only url and events may be sent.")
                     .arg(key)});
        }
    }

    const QJsonValue url = object.value(QStringLiteral("url"));
    if (url.isUndefined() || url.isNull() || (url.isString() && url.toString().isEmpty()))
        errors.append({QStringLiteral("url"), required()});
    else if (!url.isString())
        errors.append({QStringLiteral("url"), QStringLiteral("The property must be a string.")});
    else if (const QString reason = urlReason(url.toString(), m_allowLoopbackCallbacks); !reason.isEmpty())
        errors.append({QStringLiteral("url"), reason});

    QStringList events;
    const QJsonValue eventsValue = object.value(QStringLiteral("events"));
    if (eventsValue.isUndefined() || eventsValue.isNull()
        || (eventsValue.isArray() && eventsValue.toArray().isEmpty())) {
        errors.append({QStringLiteral("events"), required()});
    } else if (!eventsValue.isArray()) {
        errors.append(
            {QStringLiteral("events"), QStringLiteral("The property must be an array of event types.")});
    } else {
        QStringList unsupported;
        bool allStrings = true;
        for (const QJsonValue event : eventsValue.toArray()) {
            if (!event.isString() || event.toString().isEmpty()) {
                allStrings = false;
                continue;
            }
            events.append(event.toString());
            if (!EventCatalog::instance().isKnown(event.toString()))
                unsupported.append(event.toString());
        }
        events.removeDuplicates();
        unsupported.removeDuplicates();
        if (!allStrings)
            errors.append(
                {QStringLiteral("events"), QStringLiteral("Every event type must be a non-empty string.")});
        if (!unsupported.isEmpty()) {
            errors.append(
                {QStringLiteral("events"),
                 QStringLiteral("Unsupported values: %1").arg(unsupported.join(QStringLiteral(", ")))});
        }
    }
    if (!errors.isEmpty())
        return errors;

    // The limit per event type and bucket, checked only for an otherwise valid body.
    for (const QString &event : std::as_const(events)) {
        const int limit = EventCatalog::instance().limit(event);
        if (countWithEvent(bucket, event) >= limit) {
            errors.append({QStringLiteral("events"),
                           QStringLiteral("The maximum number of webhooks (%1) for the event type '%2' has "
                                          "been reached.")
                               .arg(QString::number(limit), event)});
        }
    }
    if (errors.isEmpty() && request) {
        request->url = url.toString();
        request->events = events;
    }
    return errors;
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject buckets;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        QJsonArray entries;
        for (const Entry &entry : it.value()) {
            QJsonObject object = entry.webhook.toJson();
            object.insert(QStringLiteral("secret"), entry.secret);
            entries.append(object);
        }
        buckets.insert(it.key(), entries);
    }
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("buckets"), buckets}};
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &root, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SandboxState> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(Tr::tr("The file is not a sandbox state file."));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(Tr::tr("The sandbox state file has a version this program cannot read."));

    SandboxState state;
    QSet<QString> ids;
    const QJsonObject buckets = root.value(QStringLiteral("buckets")).toObject();
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        const QString bucket = it.key();
        if (bucket != QLatin1String("partner") && (bucket.isEmpty() || Validation::checkMsn(bucket)))
            return fail(
                Tr::tr("The sandbox state file names an invalid sales unit \"%1\".").arg(bucket.left(40)));
        for (const QJsonValue value : it.value().toArray()) {
            const QJsonObject object = value.toObject();
            Entry entry;
            entry.webhook.id = object.value(QStringLiteral("id")).toString().toLower();
            entry.webhook.url = object.value(QStringLiteral("url")).toString();
            entry.secret = object.value(QStringLiteral("secret")).toString();
            for (const QJsonValue event : object.value(QStringLiteral("events")).toArray())
                entry.webhook.events.append(event.toString());
            if (!Validation::isUuid(entry.webhook.id) || ids.contains(entry.webhook.id)
                || entry.webhook.url.isEmpty() || entry.secret.isEmpty() || entry.webhook.events.isEmpty()
                || entry.webhook.events.contains(QString())) {
                return fail(Tr::tr("The sandbox state file has an invalid registration."));
            }
            ids.insert(entry.webhook.id);
            state.m_buckets[bucket].append(entry);
        }
    }
    return state;
}

bool SandboxState::save(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    // The file holds webhook secrets: readable by the user only, from the first byte on.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = Tr::tr("Could not save the sandbox state to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool SandboxState::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read the sandbox state from %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > kMaxStateFileSize) {
        if (error)
            *error = Tr::tr("The sandbox state file %1 is too large.").arg(fileName);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = Tr::tr("The sandbox state file %1 is not valid JSON.").arg(fileName);
        return false;
    }
    std::optional<SandboxState> loaded = fromJson(document.object(), error);
    if (!loaded)
        return false;
    m_buckets = std::move(loaded->m_buckets);
    return true;
}
