// The production confirmation of "delete" at a terminal, with the right answer: the MSN of the
// profile, or "partner" for partner keys. A correct answer lets the command go ahead, a wrong one
// stops it before any call. The real production API is never reached: the child process gets an
// HTTPS proxy on a loopback socket that records where it was asked to connect and refuses, and
// keys made up for this run. That the child uses the proxy at all is checked first (against the
// test environment), and the production cases refuse to run unless it does.
#include "clirunner.h"
#include "pseudoterminal.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace {

constexpr auto Msn = "123456";

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An HTTPS proxy that tunnels nothing: it records each request line ("CONNECT host:443 HTTP/1.1")
// and answers 403.
class RefusingProxy final
{
public:
    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    m_requests.append(socket->readLine().trimmed());
                    socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QByteArrayList &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    QTcpServer m_server;
    QByteArrayList m_requests;
};

} // namespace

class CliProductionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void proxy_isUsedByTheChild();
    void delete_productionAtTerminal_rightMsn_goesAhead();
    void delete_productionAtTerminal_partner_goesAhead();
    void delete_productionAtTerminal_msnForPartner_stops();

private:
    // Runs `delete <id>` in production at a terminal and types `answer` at its prompt.
    CliRun deleteAtTerminal(const QByteArray &expectedPrompt, const QByteArray &answer);

    RefusingProxy m_proxy;
    std::unique_ptr<CliRunner> m_cli;
    bool m_proxyUsed = false;
};

void CliProductionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(CliRunner::cliPath()), qPrintable(CliRunner::cliPath()));
    QVERIFY(m_proxy.start());
    m_cli = std::make_unique<CliRunner>(CliRunner::Keychain::None);
    for (const char *name :
         {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"})
        m_cli->environment().insert(QString::fromLatin1(name), m_proxy.url());
    for (const char *name : {"no_proxy", "NO_PROXY"})
        m_cli->environment().remove(QString::fromLatin1(name));
}

void CliProductionTest::init()
{
    // Keys of this run only: even a request that got past the proxy could not authenticate.
    const SandboxServer::Keys keys{newUuid(), newUuid(), QUuid::createUuid().toString(QUuid::Id128)};
    m_cli->setKeys(keys, QString::fromLatin1(Msn));
    m_proxy.clear();
}

void CliProductionTest::proxy_isUsedByTheChild()
{
    const CliRun run = m_cli->run({QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("list")});
    QVERIFY2(run.exitCode != 0, run.describe().constData());
    QVERIFY2(m_proxy.requests().contains("CONNECT apitest.vipps.no:443 HTTP/1.1"),
             qPrintable(QStringLiteral("the child did not use https_proxy (%1): the production cases will "
                                       "not run, they could reach the real API")
                            .arg(QString::fromLatin1(m_proxy.requests().join(", ")))));
    m_proxyUsed = true;
}

CliRun CliProductionTest::deleteAtTerminal(const QByteArray &expectedPrompt, const QByteArray &answer)
{
    PseudoTerminal terminal;
    if (!terminal.isValid())
        return {};
    const auto process = m_cli->start(
        {QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("delete"), newUuid()},
        terminal.deviceName());
    if (!CliRunner::waitForError(*process, expectedPrompt)) {
        process->kill();
        return m_cli->finish(*process);
    }
    // Nothing was asked of the network before the answer.
    if (!m_proxy.requests().isEmpty()) {
        process->kill();
        return m_cli->finish(*process);
    }
    terminal.type(answer);
    return m_cli->finish(*process);
}

void CliProductionTest::delete_productionAtTerminal_rightMsn_goesAhead()
{
    if (!m_proxyUsed)
        QSKIP("the child does not use the test's proxy: not calling production");
    const CliRun run = deleteAtTerminal("Type 123456 to confirm", "123456\n");
    QVERIFY2(run.err.contains(QLatin1String("PRODUCTION for 123456")), run.describe().constData());
    QVERIFY2(!run.err.contains(QLatin1String("Not confirmed")), run.describe().constData());
    // Confirmed: it went on to call the production API (and met the refusing proxy).
    QVERIFY2(m_proxy.requests().contains("CONNECT api.vipps.no:443 HTTP/1.1"),
             qPrintable(QString::fromLatin1(m_proxy.requests().join(", ")) + QLatin1Char('\n')
                        + QString::fromUtf8(run.describe())));
    QVERIFY2(run.exitCode != 0, run.describe().constData());
}

void CliProductionTest::delete_productionAtTerminal_partner_goesAhead()
{
    if (!m_proxyUsed)
        QSKIP("the child does not use the test's proxy: not calling production");
    const SandboxServer::Keys keys{newUuid(), newUuid(), QUuid::createUuid().toString(QUuid::Id128)};
    m_cli->setKeys(keys); // no MSN: partner keys
    const CliRun run = deleteAtTerminal("Type partner to confirm", "partner\n");
    QVERIFY2(run.err.contains(QLatin1String("PRODUCTION for partner")), run.describe().constData());
    QVERIFY2(!run.err.contains(QLatin1String("Not confirmed")), run.describe().constData());
    QVERIFY2(m_proxy.requests().contains("CONNECT api.vipps.no:443 HTTP/1.1"),
             qPrintable(QString::fromLatin1(m_proxy.requests().join(", ")) + QLatin1Char('\n')
                        + QString::fromUtf8(run.describe())));
}

void CliProductionTest::delete_productionAtTerminal_msnForPartner_stops()
{
    if (!m_proxyUsed)
        QSKIP("the child does not use the test's proxy: not calling production");
    const SandboxServer::Keys keys{newUuid(), newUuid(), QUuid::createUuid().toString(QUuid::Id128)};
    m_cli->setKeys(keys);
    // An MSN is not the answer for partner keys: nothing is called.
    const CliRun run = deleteAtTerminal("Type partner to confirm", "123456\n");
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1String("Not confirmed. Nothing was deleted.")),
             run.describe().constData());
    QVERIFY2(m_proxy.requests().isEmpty(), m_proxy.requests().join(", ").constData());
}

QTEST_GUILESS_MAIN(CliProductionTest)
#include "tst_cli_production.moc"
