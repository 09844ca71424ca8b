#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <optional>

class ApiError;

// Standard output, standard error and standard input of the command line. Results go to stdout
// (JSON with --json); messages, warnings and errors go to stderr. Every line is flushed at once,
// so a reader of a pipe (a test, `sandbox` in a script) sees it immediately.
class Console final
{
    Q_DISABLE_COPY_MOVE(Console)

public:
    explicit Console(FILE *out = stdout, FILE *err = stderr);

    void out(const QString &line);
    void err(const QString &line);
    void json(const QJsonObject &object);
    void json(const QJsonArray &array);

    void error(const QString &message);   // "Error: message"
    void warning(const QString &message); // "Warning: message"
    // What failed, then the API's title, detail, each field error, the trace id and a hint.
    void apiError(const ApiError &error);

    static bool stdinIsTerminal();
    // One line from standard input (without its line ending); nullopt at the end of input. At a
    // terminal, `prompt` is shown on stderr first and, when `hidden`, what is typed is not echoed.
    std::optional<QString> readLine(const QString &prompt, bool hidden);

private:
    QTextStream m_out;
    QTextStream m_err;
};
