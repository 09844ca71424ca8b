// Fuzzes the error-body parser (RFC 7807, the gateway's and Azure AD's shapes), the messages
// built from it, and the Retry-After parser.
#include "core/apiparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const int status = size > 0 ? 400 + data[0] % 200 : 400;
    const ApiError error = ApiError::fromHttpResponse(status, input);
    (void)error.summary();
    (void)error.details();
    (void)ApiParsers::parseRetryAfter(input.left(64), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    return 0;
}
