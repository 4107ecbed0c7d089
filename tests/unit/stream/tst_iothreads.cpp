// I/O worker threads: a connection's bytes, STARTTLS, back-pressure and close, seen through the
// main thread's WorkerTransport while the descriptor and OpenSSL live on a worker thread. The peer
// is Qt's own QTcpSocket/QSslSocket over loopback.
#include "descriptorserver.h"
#include "stream/iothreadpool.h"
#include "testca.h"
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace confab;
using stream::IoThreadPool;
using stream::Transport;

namespace {

struct Pair
{
    std::unique_ptr<QSslSocket> client;
    std::unique_ptr<Transport> server;
};

QByteArray readAll(Transport &t)
{
    QByteArray out;
    char buf[4096];
    qint64 n;
    while ((n = t.read(buf, sizeof buf)) > 0)
        out.append(buf, qsizetype(n));
    return out;
}

// Reads from the transport until `want` bytes came (or 5 s passed).
QByteArray readExactly(Transport &t, qsizetype want)
{
    QByteArray got;
    QSignalSpy ready(&t, &Transport::readyRead);
    QElapsedTimer clock;
    clock.start();
    while (got.size() < want && clock.elapsed() < 5000) {
        got += readAll(t);
        if (got.size() < want)
            ready.wait(200);
    }
    return got;
}

} // namespace

class TestIoThreads : public QObject
{
    Q_OBJECT

private:
    DescriptorServer m_listener;
    std::unique_ptr<IoThreadPool> m_pool;
    QSslConfiguration m_tls;

    Pair connectPair()
    {
        Pair p;
        p.client = std::make_unique<QSslSocket>();
        const qsizetype before = m_listener.descriptors.size();
        p.client->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
        if (!p.client->waitForConnected(5000))
            return p;
        QElapsedTimer clock;
        clock.start();
        while (m_listener.descriptors.size() == before && clock.elapsed() < 5000)
            QTest::qWait(5);
        if (m_listener.descriptors.size() == before)
            return p;
        p.server = m_pool->adopt(m_listener.descriptors.last());
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        m_pool = std::make_unique<IoThreadPool>(2);
        const testca::IssuedCert cert =
            testca::TestCa::selfSigned(testca::serverSpec(QStringLiteral("io.test")));
        QVERIFY(!cert.isNull());
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(cert.certificate());
        m_tls.setPrivateKey(cert.key());
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void cleanupTestCase() { m_pool.reset(); }

    void automaticThreadCount_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("threads");
        QTest::newRow("auto, one CPU: none") << -1 << 1 << 0;
        QTest::newRow("auto, two CPUs: one") << -1 << 2 << 1;
        QTest::newRow("auto, four CPUs: three") << -1 << 4 << 3;
        QTest::newRow("auto, 64 CPUs: capped") << -1 << 64 << stream::IoThreadPool::AutoMax;
        QTest::newRow("explicit 0 on many CPUs") << 0 << 16 << 0;
        QTest::newRow("explicit 2 on one CPU") << 2 << 1 << 2;
    }
    void automaticThreadCount()
    {
        QFETCH(int, setting);
        QFETCH(int, cpus);
        QFETCH(int, threads);
        QCOMPARE(stream::IoThreadPool::threadsFor(setting, cpus), threads);
        QVERIFY(stream::IoThreadPool::usableCpus() >= 1);
    }

    void plainBytesBothWays()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        QCOMPARE(p.server->peerAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(p.server->peerPort(), p.client->localPort());
        p.server->setReadEnabled(true); // plain start
        p.client->write("<stream:stream>");
        QCOMPARE(readExactly(*p.server, 15), QByteArray("<stream:stream>"));
        p.server->write("<features/>");
        p.server->write("<more/>");
        QTRY_COMPARE_WITH_TIMEOUT(p.client->bytesAvailable(), 18, 5000);
        QCOMPARE(p.client->readAll(), QByteArray("<features/><more/>"));
    }

    void nothingIsReadBeforeTheStart()
    {
        // A direct-TLS connection's ClientHello must reach OpenSSL, not the XML parser: the worker
        // reads only once the owner says plain or TLS.
        Pair p = connectPair();
        QVERIFY(p.server);
        QSignalSpy ready(p.server.get(), &Transport::readyRead);
        p.client->write("early");
        QVERIFY(!ready.wait(300));
        QVERIFY(!p.server->hasBufferedInput());
        p.server->setReadEnabled(true);
        QCOMPARE(readExactly(*p.server, 5), QByteArray("early"));
    }

    void starttlsDropsCleartextAndEncrypts()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        p.server->setReadEnabled(true);
        p.client->write("<starttls/>");
        QCOMPARE(readExactly(*p.server, 11), QByteArray("<starttls/>"));
        // Sent in the clear after <starttls/>, before <proceed/>: must never surface as stream data.
        p.client->write("<injected/>");
        QTRY_VERIFY_WITH_TIMEOUT(p.server->hasBufferedInput(), 5000);
        QSignalSpy encrypted(p.server.get(), &Transport::encrypted);
        p.server->write("<proceed/>");
        p.server->startServerTls(m_tls);
        QTRY_COMPARE_WITH_TIMEOUT(p.client->bytesAvailable(), 10, 5000);
        QCOMPARE(p.client->readAll(), QByteArray("<proceed/>"));
        p.client->setPeerVerifyMode(QSslSocket::VerifyNone);
        QSignalSpy clientEncrypted(p.client.get(), &QSslSocket::encrypted);
        p.client->startClientEncryption();
        QVERIFY(clientEncrypted.wait(5000)); // not waitForEncrypted(): the main loop must run
        QVERIFY(encrypted.count() == 1 || encrypted.wait(5000));
        QVERIFY(p.server->isEncrypted());
        QVERIFY(p.server->tlsProtocol().startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!p.server->tlsCipher().isEmpty());
        QCOMPARE(p.server->localCertificate(), m_tls.localCertificate());
        p.client->write("<secret/>");
        QCOMPARE(readExactly(*p.server, 9), QByteArray("<secret/>"));
        p.server->write("<reply/>");
        QTRY_COMPARE_WITH_TIMEOUT(p.client->bytesAvailable(), 8, 5000);
        QCOMPARE(p.client->readAll(), QByteArray("<reply/>"));
    }

    void directTlsHandshakeFirst()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        QSignalSpy encrypted(p.server.get(), &Transport::encrypted);
        p.server->startServerTls(m_tls);
        p.client->setPeerVerifyMode(QSslSocket::VerifyNone);
        QSignalSpy clientEncrypted(p.client.get(), &QSslSocket::encrypted);
        p.client->startClientEncryption();
        QVERIFY(clientEncrypted.wait(5000)); // not waitForEncrypted(): the main loop must run
        QVERIFY(encrypted.count() == 1 || encrypted.wait(5000));
        p.client->write("<stream:stream>");
        QCOMPARE(readExactly(*p.server, 15), QByteArray("<stream:stream>"));
    }

    void backPressureKeepsOrderAndBound()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        p.server->setReadEnabled(true);
        QByteArray big(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char('a' + (i * 7 + i / 4096) % 26);
        p.client->write(big);
        // Without reading, the worker holds at most its inbox bound; the rest waits in the kernel.
        QTRY_VERIFY_WITH_TIMEOUT(p.server->hasBufferedInput(), 5000);
        QTest::qWait(300);
        // One read takes all the worker has buffered so far.
        QByteArray first(big.size(), Qt::Uninitialized);
        first.resize(qsizetype(p.server->read(first.data(), first.size())));
        QVERIFY2(first.size() <= 64 * 1024, qPrintable(QString::number(first.size())));
        const QByteArray rest = readExactly(*p.server, big.size() - first.size());
        QCOMPARE(first + rest, big);
    }

    void peerCloseIsReported()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        p.server->setReadEnabled(true);
        QSignalSpy gone(p.server.get(), &Transport::disconnected);
        p.client->write("last words");
        p.client->disconnectFromHost();
        QCOMPARE(readExactly(*p.server, 10), QByteArray("last words"));
        char buf[16];
        QTRY_COMPARE_WITH_TIMEOUT(p.server->read(buf, sizeof buf), qint64(-1), 5000);
        QVERIFY(gone.count() == 1 || gone.wait(5000));
        QTest::qWait(50);
        QCOMPARE(gone.count(), 1);
        QVERIFY(!p.server->isOpen());
    }

    void disconnectFlushesThenCloses()
    {
        Pair p = connectPair();
        QVERIFY(p.server);
        p.server->setReadEnabled(true);
        QSignalSpy serverGone(p.server.get(), &Transport::disconnected);
        p.server->write("</stream:stream>");
        p.server->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(p.client->bytesAvailable(), 16, 5000);
        QCOMPARE(p.client->readAll(), QByteArray("</stream:stream>"));
        p.client->disconnectFromHost(); // our side shut down; the peer's close completes it
        QVERIFY(serverGone.count() == 1 || serverGone.wait(5000));
    }

    void abortAndDestroyCloseTheSocket()
    {
        Pair a = connectPair();
        QVERIFY(a.server);
        QSignalSpy aGone(a.server.get(), &Transport::disconnected);
        QSignalSpy aClient(a.client.get(), &QAbstractSocket::disconnected);
        a.server->abort();
        QVERIFY(aGone.wait(5000));
        QVERIFY(aClient.count() == 1 || aClient.wait(5000));

        Pair b = connectPair();
        QVERIFY(b.server);
        QSignalSpy bClient(b.client.get(), &QAbstractSocket::disconnected);
        b.server.reset();
        QVERIFY(bClient.wait(5000));
    }

    void manyConnectionsKeepTheirOwnBytes()
    {
        std::vector<Pair> pairs;
        for (int i = 0; i < 40; ++i) {
            pairs.push_back(connectPair());
            QVERIFY(pairs.back().server);
            pairs.back().server->setReadEnabled(true);
        }
        for (int i = 0; i < 40; ++i)
            pairs[size_t(i)].client->write(QByteArray("conn-") + QByteArray::number(i));
        for (int i = 0; i < 40; ++i) {
            const QByteArray want = QByteArray("conn-") + QByteArray::number(i);
            QCOMPARE(readExactly(*pairs[size_t(i)].server, want.size()), want);
            pairs[size_t(i)].server->write(want + "!");
        }
        for (int i = 0; i < 40; ++i) {
            const QByteArray want = QByteArray("conn-") + QByteArray::number(i) + "!";
            QTRY_COMPARE_WITH_TIMEOUT(pairs[size_t(i)].client->bytesAvailable(), want.size(), 5000);
            QCOMPARE(pairs[size_t(i)].client->readAll(), want);
        }
    }
};

QTEST_MAIN(TestIoThreads)
#include "tst_iothreads.moc"
