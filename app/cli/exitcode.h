#pragma once

#include <QString>

class ApiError;
struct KeychainError;

// The exit codes of webhook-console-cli, part of its contract (issue 2):
enum class ExitCode : int {
    Success = 0,        // success
    Refused = 1,        // the API refused the request (a 4xx other than authentication),
                        // or the input was invalid
    Usage = 2,          // usage error: unknown command or option, missing argument, bad global
                        // option, missing credentials, production delete without --yes
    Authentication = 3, // authentication failed
    Failure = 4,        // network, TLS, timeout, server (5xx), unreadable answer; also the
                        // keychain failing (none, locked, not answering)
    Vanished = 7,       // check: a registration vanished without this console deleting it
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// Input and Http 4xx: Refused; Authentication: Authentication; Network, Tls, Timeout, Parse,
// Http 5xx and Cancelled: Failure.
ExitCode exitCodeFor(const ApiError &error);
// NotFound: Refused; every other keychain failure: Failure.
ExitCode exitCodeFor(const KeychainError &error);

// A failure of the command line itself (not of the API): a message for stderr and its exit code.
struct CliError
{
    ExitCode code = ExitCode::Usage;
    QString message;
};
