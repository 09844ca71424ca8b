// RawTextEdit: a request pasted with Ctrl+V is shown from its start (the request line), not
// scrolled to the right end of its last line, and its bytes are kept exactly.

#include "rawtextedit.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QTest>

class TestRawTextEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paste_showsTheStart()
    {
        RawTextEdit edit;
        edit.resize(320, 160);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QApplication::setActiveWindow(&edit);
        edit.setFocus();
        QByteArray raw
            = "POST /hooks/vipps HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\n"
              "Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
              "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=\r\n\r\n{";
        for (int i = 0; i < 40; ++i)
            raw += "\"key" + QByteArray::number(i) + "\":\"a fairly long value to make the line wide\",";
        raw += "\"end\":true}";
        QGuiApplication::clipboard()->setText(QString::fromUtf8(raw));
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.bytes(), raw);
        QVERIFY(edit.horizontalScrollBar()->maximum() > 0); // the long line is wider than the edit
        QCOMPARE(edit.horizontalScrollBar()->value(), 0);
        QCOMPARE(edit.verticalScrollBar()->value(), 0);
        QCOMPARE(edit.textCursor().position(), 0);
    }
};

QTEST_MAIN(TestRawTextEdit)
#include "tst_rawtextedit.moc"
