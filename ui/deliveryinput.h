#pragma once

#include "core/deliverysignature.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DeliveryInput;
}

// A delivery as received, the input half of "Verify delivery": either the whole raw HTTP
// request pasted (or opened from a file), or its URL, x-ms-date, x-ms-content-sha256 and
// Authorization headers and its body. Pasted or opened text is kept byte for byte (RawTextEdit)
// and each part says how many bytes it holds and whether it ends with a line break.
class DeliveryInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryInput)

public:
    enum class Form {
        RawRequest,
        HeadersAndBody
    };

    explicit DeliveryInput(QWidget *parent = nullptr);
    ~DeliveryInput() override;

    Form form() const;
    // The URL the webhook was registered with (empty: none chosen). An empty URL field stands
    // for it, and a raw request is read with its scheme.
    void setRegisteredUrl(const QUrl &url);
    // The delivery as given, or nothing, with `problem` saying what is missing or wrong.
    std::optional<Delivery> delivery(QString *problem) const;
    void focusInput();

Q_SIGNALS:
    void changed(); // any part changed: a result shown for the old input is out of date
    // A file could not be opened (plain text).
    void fileProblem(const QString &headline, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openFile(bool rawRequest);
    void updateByteCounts();
    void retranslate();

    std::unique_ptr<Ui::DeliveryInput> m_ui;
    QUrl m_registeredUrl;
};
