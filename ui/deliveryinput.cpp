#include "deliveryinput.h"
#include "ui_deliveryinput.h"

#include "core/deliveryverification.h"
#include "filedialogseam.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>

namespace {

constexpr qint64 MaxFileBytes = 8 * 1024 * 1024; // a delivery is much smaller

using DeliveryVerification::endsWithLineBreak;
using DeliveryVerification::headerValue;

} // namespace

DeliveryInput::DeliveryInput(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DeliveryInput>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawTextEdit->setFont(fixed);
    m_ui->bodyTextEdit->setFont(fixed);

    connect(m_ui->openRawFilePushButton, &QPushButton::clicked, this, [this] { openFile(true); });
    connect(m_ui->openBodyFilePushButton, &QPushButton::clicked, this, [this] { openFile(false); });
    for (RawTextEdit *edit : {m_ui->rawTextEdit, m_ui->bodyTextEdit}) {
        connect(edit, &RawTextEdit::bytesChanged, this, &DeliveryInput::changed);
        connect(edit, &RawTextEdit::bytesChanged, this, &DeliveryInput::updateByteCounts);
    }
    for (QLineEdit *edit :
         {m_ui->urlLineEdit, m_ui->dateLineEdit, m_ui->contentHashLineEdit, m_ui->authorizationLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &DeliveryInput::changed);
    connect(m_ui->inputTabWidget, &QTabWidget::currentChanged, this, &DeliveryInput::changed);
    retranslate();
}

DeliveryInput::~DeliveryInput() = default;

DeliveryInput::Form DeliveryInput::form() const
{
    return m_ui->inputTabWidget->currentWidget() == m_ui->rawTab ? Form::RawRequest : Form::HeadersAndBody;
}

void DeliveryInput::setRegisteredUrl(const QUrl &url)
{
    m_registeredUrl = url;
    retranslate();
}

void DeliveryInput::focusInput()
{
    (form() == Form::RawRequest ? m_ui->rawTextEdit : m_ui->bodyTextEdit)->setFocus(Qt::OtherFocusReason);
}

std::optional<Delivery> DeliveryInput::delivery(QString *problem) const
{
    if (form() == Form::RawRequest) {
        const QByteArray raw = m_ui->rawTextEdit->bytes();
        if (raw.trimmed().isEmpty()) {
            *problem
                = tr("Paste the request first (or open it from a file), or give its headers and body on the "
                     "other tab.");
            return std::nullopt;
        }
        QString error;
        const QString scheme = m_registeredUrl.isValid() ? m_registeredUrl.scheme() : QStringLiteral("https");
        auto parsed = DeliverySignature::parseRawHttp(raw, &error, scheme);
        if (!parsed)
            *problem = tr("This is not a whole HTTP request: %1").arg(error);
        return parsed;
    }

    Delivery delivery;
    const QString urlText = m_ui->urlLineEdit->text().trimmed();
    if (urlText.isEmpty()) {
        if (m_registeredUrl.isEmpty()) {
            *problem = tr("Enter the URL the delivery was sent to, or choose its webhook.");
            return std::nullopt;
        }
        delivery.url = m_registeredUrl;
    } else {
        const QUrl url(urlText, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            *problem
                = tr("“%1” is not an absolute URL with a host name, such as https://example.com/webhooks.")
                      .arg(urlText);
            return std::nullopt;
        }
        delivery.url = url;
    }
    delivery.date = headerValue(m_ui->dateLineEdit->text(), QLatin1String("x-ms-date"));
    delivery.contentSha256
        = headerValue(m_ui->contentHashLineEdit->text(), QLatin1String("x-ms-content-sha256"));
    delivery.authorization = headerValue(m_ui->authorizationLineEdit->text(), QLatin1String("authorization"));
    delivery.body = m_ui->bodyTextEdit->bytes();
    return delivery;
}

void DeliveryInput::openFile(bool rawRequest)
{
    const QString caption = rawRequest ? tr("Open a Request") : tr("Open a Body");
    FileDialogSeam::askOpenFileName(this, caption, QString(), this, [this, rawRequest](const QString &path) {
        if (path.isEmpty())
            return; // cancelled
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT fileProblem(tr("Cannot read the file"), file.errorString());
            return;
        }
        const QByteArray content = file.read(MaxFileBytes + 1);
        if (content.size() > MaxFileBytes) {
            Q_EMIT fileProblem(tr("The file is too large"),
                               tr("%1 is larger than %2 MiB; a delivery is much smaller.")
                                   .arg(path)
                                   .arg(MaxFileBytes / (1024 * 1024)));
            return;
        }
        (rawRequest ? m_ui->rawTextEdit : m_ui->bodyTextEdit)->setBytes(content);
    });
}

void DeliveryInput::updateByteCounts()
{
    const auto describe = [](const RawTextEdit *edit) -> QString {
        const QByteArray bytes = edit->bytes();
        if (bytes.isEmpty())
            return {};
        return edit->isExact()
            ? tr("%n bytes, exactly as pasted or opened.", nullptr, int(bytes.size()))
            : tr("%n bytes as shown: typed or edited text has LF line breaks.", nullptr, int(bytes.size()));
    };
    QString raw = describe(m_ui->rawTextEdit);
    if (!raw.isEmpty()) {
        const auto delivery = DeliverySignature::parseRawHttp(m_ui->rawTextEdit->bytes(), nullptr);
        if (delivery) {
            raw += QLatin1Char(' ')
                + (endsWithLineBreak(delivery->body)
                       ? tr("Body: %n bytes, ending with a line break.", nullptr, int(delivery->body.size()))
                       : tr("Body: %n bytes.", nullptr, int(delivery->body.size())));
        }
    }
    m_ui->rawBytesLabel->setText(raw);
    QString body = describe(m_ui->bodyTextEdit);
    if (endsWithLineBreak(m_ui->bodyTextEdit->bytes()))
        body += QLatin1Char(' ') + tr("It ends with a line break.");
    m_ui->bodyBytesLabel->setText(body);
}

void DeliveryInput::retranslate()
{
    m_ui->urlLineEdit->setPlaceholderText(
        m_registeredUrl.isEmpty()
            ? tr("https://example.com/webhooks/vipps (the URL the delivery was sent to)")
            : tr("Empty: the registered URL, %1").arg(m_registeredUrl.toString()));
    updateByteCounts();
}

void DeliveryInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
