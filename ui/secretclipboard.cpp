#include "secretclipboard.h"

#include "core/logging.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace {

int s_clearDelayMs = 30 * 1000;

QByteArray fingerprint(const QString &text)
{
    // Only a hash of the secret is kept in memory until the clipboard is cleared.
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

namespace SecretClipboard {

QString hintMimeType()
{
    return QStringLiteral("x-kde-passwordManagerHint");
}

int clearDelayMs()
{
    return s_clearDelayMs;
}

void setClearDelayMs(int milliseconds)
{
    s_clearDelayMs = milliseconds;
}

void copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(hintMimeType(), QByteArrayLiteral("secret"));
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);

    const QByteArray copied = fingerprint(secret);
    QTimer::singleShot(s_clearDelayMs, qApp, [copied] {
        QClipboard *board = QGuiApplication::clipboard();
        if (fingerprint(board->text(QClipboard::Clipboard)) == copied) {
            board->clear(QClipboard::Clipboard);
            qCDebug(lcUi) << "cleared a copied secret from the clipboard";
        }
    });
}

void copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

} // namespace SecretClipboard
