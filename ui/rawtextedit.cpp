#include "rawtextedit.h"

#include <QMimeData>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

RawTextEdit::RawTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingBytes)
            Q_EMIT bytesChanged();
    });
}

RawTextEdit::~RawTextEdit() = default;

void RawTextEdit::setBytes(const QByteArray &bytes)
{
    m_settingBytes = true;
    replaceAll(QString::fromUtf8(bytes));
    m_settingBytes = false;
    m_exact = bytes;
    m_shown = toPlainText();
    m_hasExact = true;
    Q_EMIT bytesChanged();
}

QByteArray RawTextEdit::bytes() const
{
    const QString shown = toPlainText();
    if (m_hasExact && shown == m_shown)
        return m_exact;
    return shown.toUtf8();
}

bool RawTextEdit::isExact() const
{
    return m_hasExact && toPlainText() == m_shown;
}

void RawTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QTextCursor cursor = textCursor();
    const int end = document()->characterCount() - 1; // without the last paragraph's separator
    const bool replacesAll
        = document()->isEmpty() || (cursor.selectionStart() == 0 && cursor.selectionEnd() >= end);
    if (!source->hasText() || !replacesAll) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    setBytes(source->text().toUtf8());
}

void RawTextEdit::replaceAll(const QString &text)
{
    // Through a cursor, not setPlainText(): the replacement can be undone.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    // Shown from its start (the request line and the first headers), not scrolled to the end of
    // its last line.
    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}
