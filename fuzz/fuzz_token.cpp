// Fuzzes the access-token answer parser.
#include "core/apiparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto token
        = ApiParsers::parseAccessToken(input, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    if (token.ok() && token.value().value.isEmpty())
        __builtin_trap(); // a token without a value must never be accepted
    return 0;
}
