#pragma once

#include <QList>
#include <QObject>

#include <csignal>

class QSocketNotifier;

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal through a self-pipe: the handler only
// writes the signal number to a socket, and a QSocketNotifier reads it in the event loop, where it
// is safe to shut down cleanly. One watcher at a time; the previous handlers come back when it is
// destroyed.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignals();

    QList<int> m_signalNumbers;
    QList<struct sigaction> m_previous;
    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};
