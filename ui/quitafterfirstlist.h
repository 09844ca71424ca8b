#pragma once

#include <QObject>

class ApiError;
class ConsoleSession;
class QWidget;

// The window's --quit-after-first-list (hidden; for the package's install test and the startup
// benchmark): once the profile or sandbox opened at start-up has listed its webhooks and the
// window has drawn them, prints how many to stdout and quits with 0; when opening or listing
// fails, prints why to stderr and quits with 1. A window that never lists never quits by itself.
class QuitAfterFirstList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitAfterFirstList)

public:
    // `window`, when given, is drawn before the count is printed.
    explicit QuitAfterFirstList(ConsoleSession *session, QWidget *window = nullptr,
                                QObject *parent = nullptr);

private:
    void onRefreshed();
    void onRefreshFailed(const ApiError &error);
    void onOpenFailed(const QString &title, const QString &detail);
    void quit(int exitCode);

    ConsoleSession *m_session;
    QWidget *m_window;
    bool m_done = false;
};
