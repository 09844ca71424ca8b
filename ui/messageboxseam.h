#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

// The one seam for modal questions. A question is shown with open() (the window never blocks in
// a nested event loop) and answers through a callback tied to a context object. Tests queue the
// next answer with setNextAnswer(), so no test ever waits on a message box, and read back what
// was asked (the buttons offered, the default, what Escape answers) with lastAsked().
class MessageBoxSeam final
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    // What a question offered, as recorded for tests.
    struct Question
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        // What Escape (or closing the box) answers.
        QMessageBox::StandardButton escapeButton = QMessageBox::NoButton;
    };

    // Asks `text` with the given buttons; `defaultButton` is also what Escape answers when it is
    // one of the buttons. `callback` runs once, later, unless `context` was destroyed first.
    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    QObject *context, Callback callback);

    // The answer the next question gets without being shown (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // True while an answer queued with setNextAnswer() has not been taken by a question (tests).
    static bool hasQueuedAnswer();
    // Drops an answer no question took (tests, between test functions).
    static void discardQueuedAnswer();
    // How many questions were asked so far (tests).
    static int questionCount();
    // How many answers reached their callback so far, queued or clicked (tests).
    static int answerCount();
    // The text of the last question asked (tests).
    static QString lastQuestion();
    // Everything the last question offered (tests).
    static Question lastAsked();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_questionCount;
    static int s_answerCount;
    static Question s_lastAsked;
};
