#include "cli/console.h"

#include "cli/cli.h"
#include "core/apierror.h"

#include <QJsonDocument>

#include <csignal>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

// The terminal settings to restore when a signal ends the process while echo is off.
struct termios g_savedTerminal;

extern "C" void restoreTerminalAndRaise(int signalNumber)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

// Turns echo off for its lifetime (and back on if SIGINT or SIGTERM arrives meanwhile).
class EchoOff final
{
    Q_DISABLE_COPY_MOVE(EchoOff)

public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
        struct termios silent = g_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    }

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_active = false;
};

} // namespace

Console::Console(FILE *out, FILE *err) : m_out(out), m_err(err) { }

void Console::out(const QString &line)
{
    m_out << line << Qt::endl;
}

void Console::err(const QString &line)
{
    m_err << line << Qt::endl;
}

void Console::json(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void Console::json(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void Console::error(const QString &message)
{
    err(Cli::tr("Error: %1").arg(message));
}

void Console::warning(const QString &message)
{
    err(Cli::tr("Warning: %1").arg(message));
}

void Console::apiError(const ApiError &error)
{
    // details(): what failed, then the status, title, detail, each field error, the trace id and
    // a hint, one a line.
    QStringList lines = error.details().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        lines.append(error.summary());
    this->error(lines.takeFirst());
    for (const QString &line : std::as_const(lines))
        err(QStringLiteral("  ") + line);
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> Console::readLine(const QString &prompt, bool hidden)
{
    const bool terminal = stdinIsTerminal();
    // Echo goes off before the prompt appears, so nothing typed after the prompt is ever shown.
    std::optional<EchoOff> echoOff;
    if (terminal && hidden)
        echoOff.emplace();
    if (terminal) {
        m_err << prompt;
        m_err.flush();
    }
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}
