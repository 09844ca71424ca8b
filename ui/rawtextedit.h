#pragma once

#include <QByteArray>
#include <QPlainTextEdit>
#include <QString>

// A plain-text field for text whose exact bytes matter (a delivery's body is hashed byte for
// byte). QPlainTextEdit turns every line break (CRLF, CR or LF) into a paragraph and gives LF
// back, and a no-break space into a space. So when the whole text is pasted or dropped at once
// (or given with setBytes(), e.g. from a file), this field keeps those exact bytes, and bytes()
// returns them for as long as the text shown is unchanged. Once the text is typed or edited,
// bytes() is the text as shown: UTF-8 with LF line breaks. Nothing is ever added: no line break
// at the end, no conversion of the pasted text.
class RawTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawTextEdit)

public:
    explicit RawTextEdit(QWidget *parent = nullptr);
    ~RawTextEdit() override;

    // Shows `bytes` (as UTF-8) and keeps them exactly (undo restores the previous text).
    void setBytes(const QByteArray &bytes);
    // The exact bytes pasted or set, while the text is unchanged; else the text as shown.
    QByteArray bytes() const;
    // bytes() is exactly what was pasted or set (not the field's LF-only rendering).
    bool isExact() const;

Q_SIGNALS:
    // The text or its exactness changed (after a paste or setBytes() is complete).
    void bytesChanged();

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    void replaceAll(const QString &text);

    QByteArray m_exact;
    QString m_shown; // how m_exact looks in the field
    bool m_hasExact = false;
    bool m_settingBytes = false;
};
