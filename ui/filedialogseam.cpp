#include "filedialogseam.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QTimer>

std::optional<QString> FileDialogSeam::s_nextFileName;
int FileDialogSeam::s_requestCount = 0;

void FileDialogSeam::askSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                     const QString &filter, QObject *context, Callback callback)
{
    ++s_requestCount;
    QPointer<QObject> guard(context);

    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        QTimer::singleShot(0, context, [guard, answer, callback = std::move(callback)] {
            if (guard)
                callback(answer);
        });
        return;
    }

    auto *dialog = new QFileDialog(parent, caption, QDir::home().filePath(suggestedName), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QObject::connect(
        dialog, &QFileDialog::finished, context, [dialog, guard, callback = std::move(callback)](int result) {
            const QStringList files = dialog->selectedFiles();
            if (guard)
                callback(result == QDialog::Accepted && !files.isEmpty() ? files.constFirst() : QString());
        });
    dialog->open();
}

void FileDialogSeam::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

int FileDialogSeam::requestCount()
{
    return s_requestCount;
}
