// Fuzzes the reading of a pasted delivery (raw HTTP) and its verification.
#include "core/deliverysignature.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto delivery = DeliverySignature::parseRawHttp(input, &error);
    if (delivery) {
        (void)DeliverySignature::verify(*delivery, QStringLiteral("secret"));
        (void)DeliverySignature::verify(*delivery, QStringLiteral("secret"),
                                        QUrl(QStringLiteral("https://example.com/hooks?x=1")));
    }
    return 0;
}
