#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt 6.4's HTTP layer silently sends a
// request again, POSTs included, when the server closes the connection before answering; with a
// body it cannot rewind it reports QNetworkReply::ContentReSendError instead. A test delivery is
// therefore never sent twice behind the caller's back. Used by WebhooksClient and TestDeliverySender.
//
// Use with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the point: it cannot be sent again
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
