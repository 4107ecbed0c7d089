// The ConnectionManager's timeout sweep over real loopback sockets: an authenticated incoming
// server stream (jabber:server) idles out by s2s.idle_timeout_seconds, not by the client setting,
// and unauthenticated streams by c2s.auth_timeout_seconds whatever their kind. The timeouts are set
// below their schema minimum through ConfigCache overrides so the sweep (every 2 s) acts quickly.
#include "core/configcache.h"
#include "log/logger.h"
#include "server/connectionmanager.h"
#include "server/listener.h"
#include "storage/database.h"
#include "tls/certificatestore.h"
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace confab;

namespace {

// Stands in for s2s::IncomingServerSession: the stream counts as authenticated once opened.
class FakeServerStream : public stream::StreamHandler
{
public:
    // The newest stream's connection and the stanzas it received, for the reader tests.
    static inline stream::StreamConnection *latest = nullptr;
    static inline std::vector<std::unique_ptr<xml::Element>> stanzas;

    explicit FakeServerStream(stream::StreamConnection *conn) : m_conn(conn) { latest = conn; }
    ~FakeServerStream() override
    {
        if (latest == m_conn)
            latest = nullptr;
    }
    void streamOpened(const xml::StreamHeader &) override
    {
        m_conn->write("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                      "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
        m_conn->setHeaderSent();
        m_conn->setPhase(stream::StreamConnection::Phase::Authenticated);
    }
    void stanzaReceived(std::unique_ptr<xml::Element> stanza) override
    {
        stanzas.push_back(std::move(stanza));
    }
    void connectionClosed() override {}

private:
    stream::StreamConnection *m_conn;
};

const QByteArray ServerHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' to='example.com' "
                                "version='1.0'>";

} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    storage::Database m_db;
    std::unique_ptr<core::ConfigCache> m_config;
    log::Logger m_logger;
    tls::CertificateStore m_certs;
    std::unique_ptr<server::ConnectionManager> m_manager;
    std::unique_ptr<server::Listener> m_listener;

    void setTimeouts(int authSeconds, int clientIdleSeconds, int serverIdleSeconds)
    {
        m_config->setOverride(QStringLiteral("c2s.auth_timeout_seconds"), authSeconds);
        m_config->setOverride(QStringLiteral("c2s.idle_timeout_seconds"), clientIdleSeconds);
        m_config->setOverride(QStringLiteral("s2s.idle_timeout_seconds"), serverIdleSeconds);
    }
    // A connected socket whose server stream is open (and so authenticated, by the fake handler).
    std::unique_ptr<QTcpSocket> openServerStream()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write(ServerHeader);
        // The server runs on this thread: wait with its event loop running, never in waitFor*.
        QByteArray got;
        QDeadlineTimer deadline(5000);
        while (!got.contains("<stream:stream") && !deadline.hasExpired()) {
            QTest::qWait(20);
            got += socket->readAll();
        }
        return got.contains("<stream:stream") ? std::move(socket) : nullptr;
    }
    // Waits (processing events, so the sweep runs) until the socket is closed or `ms` passed;
    // returns what the server sent meanwhile, and whether it closed.
    static bool closedWithin(QTcpSocket &socket, int ms, QByteArray *received)
    {
        QDeadlineTimer deadline(ms);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            QTest::qWait(50);
            *received += socket.readAll();
        }
        *received += socket.readAll();
        return socket.state() != QAbstractSocket::ConnectedState;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.db"))).ok());
        m_config = std::make_unique<core::ConfigCache>(m_db);
        m_config->reload();
        m_config->setOverride(QStringLiteral("server.max_connections_per_address_per_minute"), 0);
        c2s::C2sContext ctx;
        ctx.config = m_config.get();
        ctx.logger = &m_logger;
        ctx.certificates = &m_certs;
        m_manager = std::make_unique<server::ConnectionManager>(ctx);
        m_manager->setServerStreamFactory(
            [](stream::StreamConnection *conn) { return std::make_unique<FakeServerStream>(conn); });
        m_listener = std::make_unique<server::Listener>(false);
        connect(m_listener.get(), &server::Listener::accepted, m_manager.get(),
                &server::ConnectionManager::accept);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
    }

    // The client idle timeout is short, the server one long: a quiet peer server stays connected
    // (before the fix the sweep applied c2s.idle_timeout_seconds to every authenticated stream).
    void serverStreamIgnoresTheClientIdleTimeout()
    {
        setTimeouts(60, 1, 3600);
        auto socket = openServerStream();
        QVERIFY(socket);
        QCOMPARE(m_manager->count(), 1);
        QByteArray received;
        QVERIFY2(!closedWithin(*socket, 5000, &received), received.constData()); // > 2 sweeps, > 1 s idle
        QVERIFY(!received.contains("connection-timeout"));
        QCOMPARE(m_manager->count(), 1);
        socket->abort();
        QTRY_COMPARE(m_manager->count(), 0);
    }

    // And the other way round: s2s.idle_timeout_seconds closes a quiet server stream with
    // <connection-timeout/>.
    void serverStreamIdlesOutByTheServerTimeout()
    {
        setTimeouts(60, 3600, 1);
        auto socket = openServerStream();
        QVERIFY(socket);
        QByteArray received;
        QVERIFY2(closedWithin(*socket, 8000, &received), "a quiet server stream was not closed");
        QVERIFY2(received.contains("connection-timeout"), received.constData());
        QTRY_COMPARE(m_manager->count(), 0);
    }

    // Traffic keeps a server stream alive past its idle timeout.
    void trafficKeepsAServerStreamOpen()
    {
        setTimeouts(60, 3600, 2);
        auto socket = openServerStream();
        QVERIFY(socket);
        QByteArray received;
        for (int i = 0; i < 6; ++i) { // 6 s in all, three times the idle timeout
            socket->write(" ");       // whitespace keep-alive
            QVERIFY2(!closedWithin(*socket, 1000, &received), received.constData());
        }
        socket->abort();
        QTRY_COMPARE(m_manager->count(), 0);
    }

    // Authentication has one deadline for both kinds: a stream that never opens is closed by it.
    void unopenedStreamMeetsTheAuthTimeout()
    {
        setTimeouts(1, 3600, 3600);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray received;
        QVERIFY(closedWithin(socket, 8000, &received));
        QVERIFY2(received.contains("connection-timeout"), received.constData());
    }
};

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
