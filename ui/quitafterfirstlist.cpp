#include "quitafterfirstlist.h"

#include "core/apierror.h"
#include "core/webhookmodel.h"
#include "operations/consolesession.h"

#include <QCoreApplication>
#include <QWidget>

#include <cstdio>

QuitAfterFirstList::QuitAfterFirstList(ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent), m_session(session), m_window(window)
{
    connect(session, &ConsoleSession::refreshed, this, &QuitAfterFirstList::onRefreshed);
    connect(session, &ConsoleSession::refreshFailed, this, &QuitAfterFirstList::onRefreshFailed);
    connect(session, &ConsoleSession::openFailed, this, &QuitAfterFirstList::onOpenFailed);
}

void QuitAfterFirstList::onRefreshed()
{
    if (m_done)
        return;
    if (m_window)
        m_window->repaint(); // the list is drawn, not only loaded
    const int count = m_session->model()->rowCount();
    std::fputs(qPrintable(tr("Listed %n webhook(s).", nullptr, count) + QLatin1Char('\n')), stdout);
    quit(0);
}

void QuitAfterFirstList::onRefreshFailed(const ApiError &error)
{
    std::fputs(qPrintable(tr("Listing failed: %1").arg(error.summary()) + QLatin1Char('\n')), stderr);
    quit(1);
}

void QuitAfterFirstList::onOpenFailed(const QString &title, const QString &detail)
{
    std::fputs(qPrintable(title + QStringLiteral(": ") + detail + QLatin1Char('\n')), stderr);
    quit(1);
}

void QuitAfterFirstList::quit(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    std::fflush(stdout);
    // Through the event loop: a failure to open is signalled before QApplication::exec() runs, and
    // exit() does nothing while no event loop runs.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}
