#include "storage/keychainsecretstore.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "storage/secretserviceprobe.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cmath>

namespace {

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

// QtKeychain 0.13 on Linux goes through libsecret when it is installed and reports a missing
// Secret Service (or a missing session bus) as OtherError carrying the D-Bus/GIO message, not as
// NoBackendAvailable. Recognise those messages so the user hears the real cause.
bool looksLikeNoBackend(const QString &errorString)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets", // "The name ... was not provided by any .service files"
        "ServiceUnknown",          // the D-Bus error name
        "Cannot autolaunch D-Bus", // no session bus at all
        "Could not connect",       // the session bus socket is gone
        "DBUS_SESSION_BUS_ADDRESS",
        "No keychain service available", // QtKeychain's own KWallet path
        "D-Bus is not running",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service.isEmpty() ? AppInfo::keychainService() : service),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &KeychainSecretStore::onTimeout);
}

KeychainSecretStore::~KeychainSecretStore()
{
    // A job still running finishes on its own (QtKeychain deletes it); its answer is dropped
    // because the connection to this object goes away with it.
    if (m_current || !m_queue.empty())
        qCDebug(lcKeychain) << "Keychain store destroyed with" << (m_queue.size() + (m_current ? 1 : 0))
                            << "request(s) pending";
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    Request request;
    request.operation = Operation::Read;
    request.key = key;
    request.context = context;
    request.hasContext = context != nullptr;
    request.readCallback = std::move(callback);
    enqueue(std::move(request));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                                DoneCallback callback)
{
    Request request;
    request.operation = Operation::Write;
    request.key = key;
    request.value = value;
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    Request request;
    request.operation = Operation::Remove;
    request.key = key;
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void KeychainSecretStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    scheduleNext();
}

void KeychainSecretStore::scheduleNext()
{
    // Always through the event loop: never from inside read/write/remove, never from inside a
    // job's finished handler.
    if (m_startScheduled || m_current || m_queue.empty())
        return;
    m_startScheduled = true;
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    m_startScheduled = false;
    if (m_current)
        return;
    while (!m_queue.empty() && m_queue.front().hasContext && !m_queue.front().context)
        m_queue.pop_front(); // nobody is left to hear the answer
    if (m_queue.empty())
        return;

    m_current = std::move(m_queue.front());
    m_queue.pop_front();

    QKeychain::Job *job = nullptr;
    switch (m_current->operation) {
    case Operation::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setBinaryData(m_current->value);
        m_current->value.clear();
        job = writeJob;
        break;
    }
    case Operation::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    // No parent: a job must outlive a timeout (QtKeychain still calls it back), and it deletes
    // itself once finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current->key);

    const quint64 generation = ++m_generation;
    connect(job, &QKeychain::Job::finished, this,
            [this, generation](QKeychain::Job *finished) { onJobFinished(generation, finished); });
    qCDebug(lcKeychain) << "Keychain" << operationName(int(m_current->operation)) << m_current->key;
    m_timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::onJobFinished(quint64 generation, QKeychain::Job *job)
{
    if (generation != m_generation || !m_current) {
        qCInfo(lcKeychain) << "Ignoring a late keychain answer for" << job->key();
        return;
    }
    m_timer->stop();
    ++m_generation;

    const QKeychain::Error error = job->error();
    std::optional<Result<QByteArray, KeychainError>> result;
    if (error == QKeychain::NoError) {
        QByteArray data;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            data = readJob->binaryData();
        result.emplace(std::move(data));
    } else if (error == QKeychain::EntryNotFound && m_current->operation == Operation::Remove) {
        result.emplace(QByteArray()); // removing a missing entry succeeds
    } else {
        result.emplace(mapError(error, job->errorString(), m_current->key));
    }
    const bool maybeLocked = !result->ok()
        && ((result->error().kind == KeychainError::Kind::NotFound && m_current->operation == Operation::Read)
            || result->error().kind == KeychainError::Kind::Other);
    if (maybeLocked) {
        // A locked keychain whose unlock prompt was dismissed looks like a missing entry (or an
        // unnamed error): ask the Secret Service which it is. The answer comes asynchronously,
        // so the callback is never run from inside the job's handler.
        SecretServiceProbe::isDefaultCollectionLocked(
            this, [this, answer = std::move(*result)](std::optional<bool> isLocked) {
                if (isLocked.value_or(false)) {
                    KeychainError locked;
                    locked.kind = KeychainError::Kind::AccessDenied;
                    locked.message = tr("The keychain is locked and was not unlocked (the unlock prompt was "
                                        "cancelled or could not be shown). Unlock it and try again.");
                    complete(locked);
                    return;
                }
                complete(answer);
            });
        return;
    }
    // Hop through the event loop before answering: the callback may start the next job.
    QMetaObject::invokeMethod(
        this, [this, answer = std::move(*result)] { complete(answer); }, Qt::QueuedConnection);
}

void KeychainSecretStore::onTimeout()
{
    if (!m_current)
        return;
    ++m_generation; // the late answer, if one comes, is ignored
    const int seconds = std::max(1, int(std::ceil(m_timeoutMs / 1000.0)));
    KeychainError error;
    error.kind = KeychainError::Kind::Timeout;
    error.message = tr("The keychain did not answer within %n second(s).", nullptr, seconds);
    qCWarning(lcKeychain) << "Keychain" << operationName(int(m_current->operation)) << m_current->key
                          << "timed out after" << m_timeoutMs << "ms";
    complete(error);
}

void KeychainSecretStore::complete(const Result<QByteArray, KeychainError> &result)
{
    if (!m_current)
        return;
    Request request = std::move(*m_current);
    m_current.reset();

    if (!result.ok() && result.error().kind != KeychainError::Kind::NotFound
        && result.error().kind != KeychainError::Kind::Timeout) { // a timeout was logged already
        qCWarning(lcKeychain) << "Keychain" << operationName(int(request.operation)) << request.key
                              << "failed:" << KeychainError::kindName(result.error().kind);
    }

    const QPointer<KeychainSecretStore> self(this);
    if (!request.hasContext || request.context) {
        if (request.operation == Operation::Read) {
            if (request.readCallback)
                request.readCallback(result);
        } else if (request.doneCallback) {
            request.doneCallback(result.ok() ? Result<Done, KeychainError>(Done{})
                                             : Result<Done, KeychainError>(result.error()));
        }
    }
    if (self) // the callback may have destroyed this store
        scheduleNext();
}

KeychainError KeychainSecretStore::mapError(int error, const QString &errorString, const QString &key) const
{
    KeychainError result;
    switch (error) {
    case QKeychain::EntryNotFound:
        result.kind = KeychainError::Kind::NotFound;
        result.message = tr("The keychain has no entry “%1”.").arg(key);
        return result;
    case QKeychain::NoBackendAvailable: break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.kind = KeychainError::Kind::AccessDenied;
        result.message = tr("The keychain is locked and was not unlocked, or access to it was refused.");
        return result;
    default:
        if (!looksLikeNoBackend(errorString)) {
            result.kind = KeychainError::Kind::Other;
            result.message = errorString.isEmpty()
                ? tr("The keychain reported an unknown error.")
                : tr("The keychain reported an error: %1").arg(errorString);
            return result;
        }
        break;
    }
    result.kind = KeychainError::Kind::NoBackend;
    result.message = tr("No keychain is available: no Secret Service (gnome-keyring or KWallet) is "
                        "running on this desktop.");
    if (!errorString.isEmpty())
        result.message += QLatin1Char(' ') + tr("(%1)").arg(errorString);
    return result;
}
