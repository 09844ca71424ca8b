// The message-box seam: a shown question answers through its callback, Escape answers the
// default, every question is recorded with the buttons it offered, and a queued answer is taken by
// exactly one question, delivered later through the event loop, and dropped with its context.
#include "messageboxseam.h"

#include "seamtestsupport.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QTest>

#include <memory>
#include <optional>

class TestMessageBoxSeam final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        if (QMessageBox *box = SeamTest::shownBox())
            delete box;
        QVERIFY2(!SeamTest::dropUnusedAnswer(), SeamTest::UnusedAnswerMessage);
    }

    void shownQuestion_recordsButtonsAndEscapeAnswersTheDefault()
    {
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        std::optional<QMessageBox::StandardButton> answer;
        const int answered = MessageBoxSeam::answerCount();
        MessageBoxSeam::ask(&parent, QMessageBox::Warning, QStringLiteral("Delete"),
                            QStringLiteral("Delete it?"), QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                            &parent, [&answer](QMessageBox::StandardButton button) { answer = button; });

        const MessageBoxSeam::Question asked = MessageBoxSeam::lastAsked();
        QCOMPARE(asked.text, QStringLiteral("Delete it?"));
        QVERIFY(asked.buttons == (QMessageBox::Yes | QMessageBox::No));
        QCOMPARE(asked.defaultButton, QMessageBox::No);
        QCOMPARE(asked.escapeButton, QMessageBox::No);
        QVERIFY2(SeamTest::isCautious(asked), SeamTest::describeLast().constData());

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = SeamTest::shownBox()));
        QCOMPARE(box->standardButton(box->defaultButton()), QMessageBox::No);
        QVERIFY(!answer);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QMessageBox::No);
        QCOMPARE(MessageBoxSeam::answerCount(), answered + 1);
    }

    void shownQuestion_clickedButtonIsTheAnswer()
    {
        QWidget parent;
        parent.show();
        std::optional<QMessageBox::StandardButton> answer;
        MessageBoxSeam::ask(&parent, QMessageBox::Question, QStringLiteral("Discard"),
                            QStringLiteral("Discard?"), QMessageBox::Discard | QMessageBox::Cancel,
                            QMessageBox::Cancel, &parent,
                            [&answer](QMessageBox::StandardButton button) { answer = button; });
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = SeamTest::shownBox()));
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QMessageBox::Discard);
    }

    void defaultNotOffered_isRecordedAsNoEscape()
    {
        QObject context;
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        MessageBoxSeam::ask(nullptr, QMessageBox::Warning, QStringLiteral("Careless"), QStringLiteral("Go?"),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::Ok, &context,
                            [](QMessageBox::StandardButton) {});
        QCOMPARE(MessageBoxSeam::lastAsked().escapeButton, QMessageBox::NoButton);
        QVERIFY(!SeamTest::isCautious(MessageBoxSeam::lastAsked()));
        QTRY_VERIFY(!MessageBoxSeam::hasQueuedAnswer());
    }

    void queuedAnswer_isTakenOnceAndDeliveredLater()
    {
        QObject context;
        QList<QMessageBox::StandardButton> answers;
        const int answered = MessageBoxSeam::answerCount();
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QVERIFY(MessageBoxSeam::hasQueuedAnswer());
        MessageBoxSeam::ask(nullptr, QMessageBox::Question, QStringLiteral("Q"), QStringLiteral("First?"),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, &context,
                            [&answers](QMessageBox::StandardButton button) { answers.append(button); });
        QVERIFY(!MessageBoxSeam::hasQueuedAnswer());
        // Never inside ask(): the caller finishes before its answer arrives.
        QVERIFY(answers.isEmpty());
        QCOMPARE(MessageBoxSeam::answerCount(), answered);
        QTRY_COMPARE(MessageBoxSeam::answerCount(), answered + 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.constFirst(), QMessageBox::Yes);
        QVERIFY(!SeamTest::shownBox());
    }

    void queuedAnswer_isDroppedWithItsContext()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        MessageBoxSeam::ask(nullptr, QMessageBox::Question, QStringLiteral("Q"), QStringLiteral("Gone?"),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, context.get(),
                            [&called](QMessageBox::StandardButton) { called = true; });
        context.reset();

        // A second question answered later: once it has its answer, the first one's turn is past.
        QObject second;
        bool secondCalled = false;
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        MessageBoxSeam::ask(nullptr, QMessageBox::Question, QStringLiteral("Q"), QStringLiteral("Second?"),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, &second,
                            [&secondCalled](QMessageBox::StandardButton) { secondCalled = true; });
        QTRY_VERIFY(secondCalled);
        QVERIFY(!called);
    }

    void unusedAnswer_isReported()
    {
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QVERIFY(SeamTest::dropUnusedAnswer());
        QVERIFY(!MessageBoxSeam::hasQueuedAnswer());
        QVERIFY(!SeamTest::dropUnusedAnswer());
    }
};

QTEST_MAIN(TestMessageBoxSeam)
#include "tst_messageboxseam.moc"
