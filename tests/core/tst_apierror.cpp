// ApiError's words for a connection that got no answer: the console's own, translated (a
// translator that marks every ApiError text proves they go through tr()), never Qt's English
// errorString(). Driven by a real refused connection on the loopback.

#include "core/apierror.h"
#include "core/webhooksclient.h"

#include <QTcpServer>
#include <QTest>
#include <QTranslator>

#include <optional>

namespace {

// Marks every text of the ApiError context, as a Norwegian catalogue would replace it.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "ApiError") != 0)
            return {};
        return QStringLiteral("[nb] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionRefused_inTheConsolesOwnTranslatedWords()
    {
        // A port that was free a moment ago: nothing listens there now.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));

        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.msn = QStringLiteral("123456");
        config.credentials
            = Credentials{QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("key")};
        config.timeoutMs = 10000;
        WebhooksClient client(config);
        std::optional<ApiError> error;
        QObject context;
        client.listWebhooks(&context, [&error](const Result<QList<Webhook>> &result) {
            error = result ? ApiError() : result.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(error->kind, ApiError::Kind::Network);
        QVERIFY2(error->detail.startsWith(QLatin1String("[nb] ")), qPrintable(error->detail));
        QVERIFY2(error->detail.contains(QLatin1String("127.0.0.1 refused the connection")),
                 qPrintable(error->detail));
        QVERIFY2(!error->detail.contains(QLatin1String("Connection refused")), qPrintable(error->detail));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
