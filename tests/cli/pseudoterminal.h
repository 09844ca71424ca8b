#pragma once

#include <QByteArray>
#include <QString>

// A pseudo-terminal for tests of what the command line does at a terminal: a child process gets
// the terminal side as its standard input (QProcess::setStandardInputFile(deviceName())); the
// test types on the other side and reads what the terminal would show (the echo).
class PseudoTerminal
{
public:
    PseudoTerminal();
    ~PseudoTerminal();
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isValid() const { return m_master >= 0; }
    QString deviceName() const { return m_deviceName; }
    void type(const QByteArray &text);
    // Everything the terminal showed so far (collected without blocking).
    QByteArray shown();

private:
    int m_master = -1;
    QString m_deviceName;
    QByteArray m_shown;
};
