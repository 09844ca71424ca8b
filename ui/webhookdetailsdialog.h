#pragma once

#include "core/webhook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WebhookDetailsDialog;
}

// Everything known about one registration: URL, id, every event (display name and raw type) and
// whether its secret is stored on this machine. Read-only; the API has no update call.
class WebhookDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDetailsDialog)

public:
    WebhookDetailsDialog(const Webhook &webhook, bool secretStored, QWidget *parent = nullptr);
    ~WebhookDetailsDialog() override;

private:
    std::unique_ptr<Ui::WebhookDetailsDialog> m_ui;
};
