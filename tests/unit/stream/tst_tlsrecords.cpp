// TLS 1.3 records protected by confab itself after OpenSSL's handshake (tls::Tls13Records inside
// FdTransport), seen from a client that is plain OpenSSL: every cipher suite, data both ways
// (pipelined behind the client's Finished, larger than a record, read through small buffers), the
// client's KeyUpdate with and without a request for ours, close_notify both ways, and the alerts a
// forged, oversized or unexpected record gets. The client runs on memory BIOs so that the test can
// see and alter every byte on the wire.
#include "descriptorserver.h"
#include "stream/fdtransport.h"
#include "testca.h"
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace confab;
using stream::FdTransport;

namespace {

// An OpenSSL client over a loopback socket, its records passing through memory BIOs.
class Client
{
public:
    ~Client()
    {
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        if (fd >= 0)
            ::close(fd);
    }

    bool start(quint16 port, const char *suite, int maxVersion)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return false;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(ctx, maxVersion);
        if (suite && SSL_CTX_set_ciphersuites(ctx, suite) != 1)
            return false;
        ssl = SSL_new(ctx);
        in = BIO_new(BIO_s_mem());
        out = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl, in, out); // owned by ssl from here
        SSL_set_connect_state(ssl);
        // Counts the server's KeyUpdate messages (OpenSSL accepts a missing one silently).
        SSL_set_msg_callback(ssl,
                             [](int writing, int, int type, const void *buf, size_t len, SSL *, void *arg) {
                                 if (!writing && type == SSL3_RT_HANDSHAKE && len > 0 &&
                                     static_cast<const unsigned char *>(buf)[0] == SSL3_MT_KEY_UPDATE)
                                     ++static_cast<Client *>(arg)->keyUpdatesReceived;
                             });
        SSL_set_msg_callback_arg(ssl, this);
        return true;
    }

    // Moves bytes between the socket and the BIOs; `mangle` may alter what is about to be sent.
    void shuttle()
    {
        char buf[65536];
        for (;;) {
            const int n = BIO_read(out, buf, sizeof buf);
            if (n <= 0)
                break;
            QByteArray bytes(buf, n);
            if (mangle)
                mangle(bytes);
            sendRaw(bytes);
        }
        for (;;) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n > 0) {
                BIO_write(in, buf, int(n));
                continue;
            }
            if (n == 0)
                peerClosedTcp = true;
            break;
        }
    }

    void sendRaw(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
            if (n > 0)
                done += n;
            else
                QTest::qWait(1);
        }
    }

    // Lets the server's event loop run and the bytes move until `done` or 5 s.
    template <typename Done> bool until(Done done)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            shuttle();
            if (done())
                return true;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return false;
    }

    bool handshake()
    {
        return until([this] {
            ERR_clear_error();
            const int r = SSL_do_handshake(ssl);
            shuttle();
            return r == 1;
        });
    }

    void write(const QByteArray &bytes)
    {
        QCOMPARE(SSL_write(ssl, bytes.constData(), int(bytes.size())), int(bytes.size()));
        shuttle();
    }

    QByteArray read(qsizetype want)
    {
        QByteArray got;
        until([&] {
            char buf[16384];
            int n;
            while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
                got.append(buf, n);
            lastError = SSL_get_error(ssl, n);
            return got.size() >= want || (lastError != SSL_ERROR_WANT_READ && lastError != SSL_ERROR_NONE);
        });
        return got;
    }

    int fd = -1;
    SSL_CTX *ctx = nullptr;
    SSL *ssl = nullptr;
    BIO *in = nullptr;
    BIO *out = nullptr;
    std::function<void(QByteArray &)> mangle;
    bool peerClosedTcp = false;
    int keyUpdatesReceived = 0;
    int lastError = SSL_ERROR_NONE;
};

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xff);
    return bytes;
}

// Reads from the transport through `chunk`-sized buffers until `want` bytes came (or 5 s passed).
QByteArray readServer(FdTransport &t, Client &c, qsizetype want, qint64 chunk = 16384)
{
    QByteArray got;
    c.until([&] {
        QByteArray buf(chunk, Qt::Uninitialized);
        qint64 n;
        while ((n = t.read(buf.data(), chunk)) > 0)
            got.append(buf.constData(), qsizetype(n));
        return got.size() >= want || n < 0;
    });
    return got;
}

} // namespace

class TestTlsRecords : public QObject
{
    Q_OBJECT

private:
    DescriptorServer m_listener;
    QSslConfiguration m_tls;

    // A server transport in TLS and a client that finished its handshake with it.
    std::unique_ptr<FdTransport> connect(Client &c, const char *suite = nullptr,
                                         int maxVersion = TLS1_3_VERSION)
    {
        const qsizetype before = m_listener.descriptors.size();
        if (!c.start(m_listener.serverPort(), suite, maxVersion))
            return nullptr;
        if (!c.until([&] { return m_listener.descriptors.size() > before; }))
            return nullptr;
        auto server = std::make_unique<FdTransport>(m_listener.descriptors.last());
        server->startServerTls(m_tls);
        if (!c.handshake() || !c.until([&] { return server->isEncrypted(); }))
            return nullptr;
        return server;
    }

    static int receivedAlert()
    {
        const unsigned long e = ERR_peek_last_error();
        return ERR_GET_LIB(e) == ERR_LIB_SSL ? ERR_GET_REASON(e) - SSL_AD_REASON_OFFSET : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        const testca::IssuedCert cert =
            testca::TestCa::selfSigned(testca::serverSpec(QStringLiteral("tls.test")));
        QVERIFY(!cert.isNull());
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(cert.certificate());
        m_tls.setPrivateKey(cert.key());
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void everySuiteBothWays_data()
    {
        QTest::addColumn<QByteArray>("suite");
        QTest::newRow("AES-128-GCM") << QByteArray("TLS_AES_128_GCM_SHA256");
        QTest::newRow("AES-256-GCM") << QByteArray("TLS_AES_256_GCM_SHA384");
        QTest::newRow("ChaCha20-Poly1305") << QByteArray("TLS_CHACHA20_POLY1305_SHA256");
    }
    void everySuiteBothWays()
    {
        QFETCH(QByteArray, suite);
        Client c;
        auto server = connect(c, suite.constData());
        QVERIFY(server);
        QVERIFY(server->recordsTakenOver());
        QCOMPARE(server->tlsProtocol(), QStringLiteral("TLSv1.3"));
        QCOMPARE(server->tlsCipher(), QString::fromLatin1(suite));
        QVERIFY(server->peerCertificateChain().isEmpty());

        // The client's first data leaves right behind its Finished, before the server has seen it.
        c.write("<stream:stream to='tls.test'>");
        QCOMPARE(readServer(*server, c, 29), QByteArray("<stream:stream to='tls.test'>"));

        const QByteArray down = pattern(200 * 1024 + 7, 1); // many records, cut across reads
        server->write(down);
        QCOMPARE(c.read(down.size()), down);

        const QByteArray up = pattern(100 * 1024 + 3, 2);
        c.write(up);
        // A reader's buffer smaller than a record: the rest of each record waits in the transport.
        QCOMPARE(readServer(*server, c, up.size(), 1000), up);
        QVERIFY(!server->hasBufferedInput());
        QCOMPARE(server->queuedBytes(), 0);
    }

    void paddedRecordsFromClient()
    {
        // RFC 8446 §5.4: zeros after the content type are padding, not data.
        Client c;
        auto server = connect(c);
        QVERIFY(server && server->recordsTakenOver());
        QCOMPARE(SSL_set_block_padding(c.ssl, 512), 1);
        c.write("<iq/>");
        c.write(QByteArray("<a>") + QByteArray(3000, 'z') + "</a>");
        QCOMPARE(readServer(*server, c, 3012), QByteArray("<iq/><a>") + QByteArray(3000, 'z') + "</a>");
    }

    void tls12StaysWithOpenSsl()
    {
        Client c;
        auto server = connect(c, nullptr, TLS1_2_VERSION);
        QVERIFY(server);
        QVERIFY(!server->recordsTakenOver());
        QCOMPARE(server->tlsProtocol(), QStringLiteral("TLSv1.2"));
        c.write("ping");
        QCOMPARE(readServer(*server, c, 4), QByteArray("ping"));
        server->write("pong");
        QCOMPARE(c.read(4), QByteArray("pong"));
    }

    void clientKeyUpdate_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("update requested") << int(SSL_KEY_UPDATE_REQUESTED);
        QTest::newRow("update not requested") << int(SSL_KEY_UPDATE_NOT_REQUESTED);
    }
    void clientKeyUpdate()
    {
        QFETCH(int, type);
        Client c;
        auto server = connect(c, "TLS_AES_256_GCM_SHA384");
        QVERIFY(server && server->recordsTakenOver());
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(SSL_key_update(c.ssl, type), 1);
            const QByteArray up = "up " + QByteArray::number(round);
            c.write(up); // the KeyUpdate leaves first, then data under the new key
            QCOMPARE(readServer(*server, c, up.size()), up);
            // If ours was asked for it must come before this; OpenSSL checks the order and keys.
            const QByteArray down = "down " + QByteArray::number(round);
            server->write(down);
            QCOMPARE(c.read(down.size()), down);
        }
        QCOMPARE(c.keyUpdatesReceived, type == SSL_KEY_UPDATE_REQUESTED ? 3 : 0);
    }

    void clientCloseNotifyAfterData()
    {
        Client c;
        auto server = connect(c);
        QVERIFY(server && server->recordsTakenOver());
        QSignalSpy gone(server.get(), &stream::Transport::disconnected);
        QCOMPARE(SSL_write(c.ssl, "</stream:stream>", 16), 16);
        SSL_shutdown(c.ssl); // close_notify in the same flight
        c.shuttle();
        // What came before the close is delivered, then the end.
        QCOMPARE(readServer(*server, c, 16), QByteArray("</stream:stream>"));
        QVERIFY(c.until([&] {
            char b[16];
            return server->read(b, sizeof b) < 0;
        }));
        QTRY_COMPARE(gone.size(), 1);
    }

    void serverCloseSendsCloseNotify()
    {
        Client c;
        auto server = connect(c);
        QVERIFY(server && server->recordsTakenOver());
        server->write("</stream:stream>");
        server->disconnectFromHost();
        QCOMPARE(c.read(16), QByteArray("</stream:stream>"));
        c.read(1);
        QCOMPARE(c.lastError, SSL_ERROR_ZERO_RETURN); // a clean close_notify, not a bare EOF
    }

    void forgedRecordIsRefused_data()
    {
        QTest::addColumn<QByteArray>("what");
        QTest::addColumn<int>("alert");
        QTest::newRow("one bit of a record flipped") << QByteArray("flip") << int(SSL_AD_BAD_RECORD_MAC);
        QTest::newRow("record longer than 2^14+256")
            << QByteArray("oversized") << int(SSL_AD_RECORD_OVERFLOW);
        QTest::newRow("change_cipher_spec after the handshake")
            << QByteArray("ccs") << int(SSL_AD_UNEXPECTED_MESSAGE);
    }
    void forgedRecordIsRefused()
    {
        QFETCH(QByteArray, what);
        QFETCH(int, alert);
        Client c;
        auto server = connect(c);
        QVERIFY(server && server->recordsTakenOver());
        QSignalSpy gone(server.get(), &stream::Transport::disconnected);
        if (what == "flip") {
            c.mangle = [](QByteArray &record) {
                record[record.size() - 20] = char(record.at(record.size() - 20) ^ 1);
            };
            c.write("<message>secret</message>");
        } else if (what == "oversized") {
            c.sendRaw(QByteArray::fromHex("1703034101") + QByteArray(0x4101, 'x'));
        } else {
            c.sendRaw(QByteArray::fromHex("140303000101"));
        }
        QCOMPARE(readServer(*server, c, 1), QByteArray()); // nothing forged is delivered
        QTRY_COMPARE(gone.size(), 1);
        c.mangle = nullptr;
        c.read(1);
        QCOMPARE(c.lastError, SSL_ERROR_SSL);
        QCOMPARE(receivedAlert(), alert);
    }
};

QTEST_GUILESS_MAIN(TestTlsRecords)
#include "tst_tlsrecords.moc"
