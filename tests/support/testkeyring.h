#pragma once

// The throwaway gnome-keyring of scripts/with-test-keyring, driven over D-Bus (header only; link
// Qt6::DBus): lock its default collection as a screen lock would, so the console meets a real
// locked keychain instead of a fake that answers in the test's own words, and unlock it again
// with the throwaway password so later tests of the same executable find it as before.

#include <QByteArray>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QString>
#include <QVariant>

namespace TestKeyring {

inline constexpr const char *Password = "wc-test-keyring"; // as scripts/with-test-keyring unlocks it

namespace Detail {

inline QDBusMessage call(const QString &path, const QString &interface, const QString &method,
                         const QVariantList &arguments)
{
    QDBusMessage message
        = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
}

inline QString defaultCollection()
{
    const QDBusMessage reply
        = call(QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
               QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusObjectPath>().path();
}

} // namespace Detail

// Locks the default collection through the Secret Service API; true when the service agreed.
inline bool lock()
{
    const QString collection = Detail::defaultCollection();
    if (collection.isEmpty() || collection == QLatin1String("/"))
        return false;
    const QDBusMessage reply = Detail::call(
        QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("Lock"), {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)})});
    return reply.type() == QDBusMessage::ReplyMessage;
}

// True when the default collection says it is locked.
inline bool isLocked()
{
    const QString collection = Detail::defaultCollection();
    const QDBusMessage reply
        = Detail::call(collection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                       {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}

// Unlocks the default collection with the throwaway password, without a prompt (gnome-keyring's
// own interface for this; the Secret Service's Unlock would need a prompter and a display).
inline bool unlock()
{
    const QDBusMessage opened
        = Detail::call(QStringLiteral("/org/freedesktop/secrets"),
                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
                       {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QVariant(QString())))});
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() < 2)
        return false;
    const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();

    QDBusArgument secret;
    secret.beginStructure();
    secret << session << QByteArray() << QByteArray(Password) << QStringLiteral("text/plain");
    secret.endStructure();
    const QDBusMessage reply = Detail::call(
        QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"),
        {QVariant::fromValue(QDBusObjectPath(Detail::defaultCollection())), QVariant::fromValue(secret)});
    Detail::call(session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close"),
                 {});
    return reply.type() == QDBusMessage::ReplyMessage && !isLocked();
}

// Locks the keychain for the lifetime of the object and unlocks it again afterwards.
class LockedScope final
{
public:
    LockedScope() : m_locked(lock() && TestKeyring::isLocked()) { }
    ~LockedScope()
    {
        if (m_locked)
            unlock();
    }
    LockedScope(const LockedScope &) = delete;
    LockedScope &operator=(const LockedScope &) = delete;

    bool isLocked() const { return m_locked; }
    bool unlockNow()
    {
        m_locked = false;
        return unlock();
    }

private:
    bool m_locked = false;
};

} // namespace TestKeyring
