#pragma once

// Helpers of the tests that answer questions through MessageBoxSeam (header only).

#include "messageboxseam.h"

#include <QApplication>
#include <QByteArray>
#include <QMessageBox>
#include <QTest>

namespace SeamTest {

// A careful question: its default and what Escape answers are No or Cancel, so a stray Enter
// or Escape never does the destructive thing.
inline bool isCautious(const MessageBoxSeam::Question &question)
{
    const auto careful = [](QMessageBox::StandardButton button) {
        return button == QMessageBox::No || button == QMessageBox::Cancel;
    };
    return careful(question.defaultButton) && question.escapeButton == question.defaultButton
        && question.buttons.testFlag(question.defaultButton);
}

// What the last question offered, for a failure message.
inline QByteArray describeLast()
{
    const MessageBoxSeam::Question question = MessageBoxSeam::lastAsked();
    return QByteArray("question \"") + question.text.left(60).toUtf8() + "\" buttons 0x"
        + QByteArray::number(int(question.buttons), 16) + " default 0x"
        + QByteArray::number(int(question.defaultButton), 16) + " escape 0x"
        + QByteArray::number(int(question.escapeButton), 16);
}

// Drops an answer that was queued but never taken; true when there was one. Call it from
// cleanup() through QVERIFY2(!SeamTest::dropUnusedAnswer(), ...), so the test that queued an answer
// for a question that never came fails (and the answer does not leak into the next test).
inline bool dropUnusedAnswer()
{
    const bool unused = MessageBoxSeam::hasQueuedAnswer();
    MessageBoxSeam::discardQueuedAnswer();
    return unused;
}

inline constexpr const char *UnusedAnswerMessage
    = "an answer was queued with MessageBoxSeam::setNextAnswer() "
      "for a question that was never asked";

// The message box the seam is showing (no answer was queued), if any.
inline QMessageBox *shownBox()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace SeamTest
