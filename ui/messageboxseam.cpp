#include "messageboxseam.h"

#include <QTimer>

std::optional<QMessageBox::StandardButton> MessageBoxSeam::s_nextAnswer;
int MessageBoxSeam::s_questionCount = 0;
QString MessageBoxSeam::s_lastQuestion;

void MessageBoxSeam::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         QObject *context, Callback callback)
{
    ++s_questionCount;
    s_lastQuestion = text;
    QPointer<QObject> guard(context);

    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, context, [guard, answer, callback = std::move(callback)] {
            if (guard)
                callback(answer);
        });
        return;
    }

    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setEscapeButton(defaultButton);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, guard, defaultButton, callback = std::move(callback)](int) {
                         const auto answer = box->standardButton(box->clickedButton());
                         if (guard)
                             callback(answer == QMessageBox::NoButton ? defaultButton : answer);
                     });
    box->open();
}

void MessageBoxSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

int MessageBoxSeam::questionCount()
{
    return s_questionCount;
}

QString MessageBoxSeam::lastQuestion()
{
    return s_lastQuestion;
}
