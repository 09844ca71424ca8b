#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

// The one seam for modal questions. A question is shown with open() (the window never blocks in
// a nested event loop) and answers through a callback tied to a context object. Tests queue the
// next answer with setNextAnswer(), so no test ever waits on a message box.
class MessageBoxSeam final
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    // Asks `text` with the given buttons; `defaultButton` is also what Escape answers when it is
    // one of the buttons. `callback` runs once, later, unless `context` was destroyed first.
    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    QObject *context, Callback callback);

    // The answer the next question gets without being shown (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions were asked so far (tests).
    static int questionCount();
    // The text of the last question asked (tests).
    static QString lastQuestion();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_questionCount;
    static QString s_lastQuestion;
};
