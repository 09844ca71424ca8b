#include "cli/exitcode.h"

#include "core/apierror.h"
#include "storage/secretstore.h"

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Input: return ExitCode::Refused;
    case ApiError::Kind::Http:
        return error.httpStatus >= 400 && error.httpStatus < 500 ? ExitCode::Refused : ExitCode::Failure;
    case ApiError::Kind::Authentication: return ExitCode::Authentication;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Cancelled: break;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(const KeychainError &error)
{
    return error.kind == KeychainError::Kind::NotFound ? ExitCode::Refused : ExitCode::Failure;
}
