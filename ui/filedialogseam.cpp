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
    ask(parent, caption, QDir::home().filePath(suggestedName), filter, true, context, std::move(callback));
}

void FileDialogSeam::askOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                     QObject *context, Callback callback)
{
    ask(parent, caption, QString(), filter, false, context, std::move(callback));
}

void FileDialogSeam::ask(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                         bool save, QObject *context, Callback callback)
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

    auto *dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
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
