// Fuzzes the webhook list parser and the table model fed with what it accepts.
#include "core/apiparsers.h"
#include "core/webhookmodel.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = ApiParsers::parseWebhookList(input);
    if (list.ok()) {
        WebhookModel model;
        model.setWebhooks(list.value());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < WebhookModel::ColumnCount; ++column)
                (void)model.index(row, column).data();
        }
    }
    return 0;
}
