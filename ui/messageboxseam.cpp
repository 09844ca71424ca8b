#include "messageboxseam.h"

#include <QTimer>

std::optional<QMessageBox::StandardButton> MessageBoxSeam::s_nextAnswer;
int MessageBoxSeam::s_questionCount = 0;
int MessageBoxSeam::s_answerCount = 0;
MessageBoxSeam::Question MessageBoxSeam::s_lastAsked;

void MessageBoxSeam::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         QObject *context, Callback callback)
{
    const QMessageBox::StandardButton escapeButton
        = buttons.testFlag(defaultButton) ? defaultButton : QMessageBox::NoButton;
    ++s_questionCount;
    s_lastAsked = Question{icon, title, text, buttons, defaultButton, escapeButton};
    QPointer<QObject> guard(context);

    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, context, [guard, answer, callback = std::move(callback)] {
            if (guard) {
                ++s_answerCount;
                callback(answer);
            }
        });
        return;
    }

    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    if (escapeButton != QMessageBox::NoButton)
        box->setEscapeButton(escapeButton);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, guard, defaultButton, callback = std::move(callback)](int) {
                         const auto answer = box->standardButton(box->clickedButton());
                         if (guard) {
                             ++s_answerCount;
                             callback(answer == QMessageBox::NoButton ? defaultButton : answer);
                         }
                     });
    box->open();
}

void MessageBoxSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

bool MessageBoxSeam::hasQueuedAnswer()
{
    return s_nextAnswer.has_value();
}

void MessageBoxSeam::discardQueuedAnswer()
{
    s_nextAnswer.reset();
}

int MessageBoxSeam::questionCount()
{
    return s_questionCount;
}

int MessageBoxSeam::answerCount()
{
    return s_answerCount;
}

QString MessageBoxSeam::lastQuestion()
{
    return s_lastAsked.text;
}

MessageBoxSeam::Question MessageBoxSeam::lastAsked()
{
    return s_lastAsked;
}
