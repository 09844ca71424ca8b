// Fuzzes the Postman environment import.
#include "import/postmanimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto environment = PostmanImport::parse(input);
    if (environment.ok())
        (void)environment.value().notes();
    return 0;
}
