// Fuzzes the register answer parser.
#include "core/apiparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto registration = ApiParsers::parseRegistration(input);
    if (registration.ok() && (registration.value().id.isEmpty() || registration.value().secret.isEmpty()))
        __builtin_trap();
    return 0;
}
