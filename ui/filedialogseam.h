#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

// The one seam for choosing a file to open or to save to. The file dialog is shown with open() (the window
// never blocks in a nested event loop) and answers through a callback tied to a context object.
// Tests queue the next answer with setNextFileName(), so no test ever waits on a file dialog.
class FileDialogSeam final
{
public:
    // The chosen file; empty when the user cancelled.
    using Callback = std::function<void(const QString &fileName)>;

    // Asks where to save; the dialog itself asks before overwriting a file. `callback` runs
    // once, later, unless `context` was destroyed first.
    static void askSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QString &filter, QObject *context, Callback callback);

    // Asks for an existing file to read. `callback` runs once, later, unless `context` was
    // destroyed first; with an empty name when the user cancelled.
    static void askOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                QObject *context, Callback callback);

    // The answer the next request gets without a dialog (tests); empty means "cancelled".
    static void setNextFileName(const QString &fileName);
    // How many times a file was asked for so far (tests).
    static int requestCount();

private:
    static void ask(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                    bool save, QObject *context, Callback callback);

    static std::optional<QString> s_nextFileName;
    static int s_requestCount;
};
