// Self-signed generation: the certificate parses, says what it should, and a real TLS handshake
// with it succeeds for TLS 1.2+ clients and fails for a TLS 1.1 one.
#include "tls/certificatestore.h"
#include "tls/selfsigned.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace confab::tls;

namespace {

// Accepts TCP connections and turns each into a server-side TLS socket.
class TlsServer : public QTcpServer
{
public:
    explicit TlsServer(const QSslConfiguration &config) : m_config(config) {}
    QList<QSslSocket *> sockets;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(m_config);
        sockets.append(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
};

struct HandshakeResult
{
    bool clientEncrypted = false;
    bool serverEncrypted = false;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QList<QSslError> errors;
};

// Hands the client the certificate as its only CA: verification must succeed on its own merits.
HandshakeResult handshake(const QSslConfiguration &serverConfig, const QByteArray &certificatePem,
                          QSslConfiguration client)
{
    TlsServer server(serverConfig);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    client.setCaCertificates(QSslCertificate::fromData(certificatePem));
    client.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QSslSocket socket;
    socket.setSslConfiguration(client);
    HandshakeResult result;
    QObject::connect(&socket, &QSslSocket::sslErrors, [&](const QList<QSslError> &e) { result.errors += e; });
    bool finished = false;
    QObject::connect(&socket, &QSslSocket::encrypted, [&] { finished = true; });
    QObject::connect(&socket, &QSslSocket::errorOccurred, [&] { finished = true; });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                  QStringLiteral("example.com"));
    (void)QTest::qWaitFor([&] { return finished; }, 10000);
    // let the server side finish its half of the handshake
    (void)QTest::qWaitFor([&] { return !server.sockets.isEmpty() && server.sockets.first()->isEncrypted(); },
                          socket.isEncrypted() ? 5000 : 200);
    result.clientEncrypted = socket.isEncrypted();
    result.serverEncrypted = !server.sockets.isEmpty() && server.sockets.first()->isEncrypted();
    result.protocol = socket.sessionProtocol();
    return result;
}

QSslConfiguration serverConfigFor(const GeneratedCert &cert)
{
    CertificateStore store;
    if (!store.add(QStringLiteral("example.com"), cert.certificatePem, cert.privateKeyPem))
        return {};
    return *store.configurationFor(QStringLiteral("example.com"));
}

} // namespace

class TestSelfSigned : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt was built without a usable TLS backend");
        const auto generated =
            generateSelfSigned({QStringLiteral("example.com"), QStringLiteral("*.example.com"),
                                QStringLiteral("bücher.example.com")});
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().message));
        m_cert = *generated;
    }

    void certificateContents()
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(m_cert.certificatePem);
        QCOMPARE(certs.size(), 1);
        const QSslCertificate &cert = certs.first();
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.version(), QByteArray("3"));
        QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{"example.com"});
        QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
        names.sort();
        QCOMPARE(names, QStringList({"*.example.com", "example.com", "xn--bcher-kva.example.com"}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(cert.effectiveDate() <= now);
        QVERIFY(cert.expiryDate() > now.addDays(824));
        QVERIFY(cert.expiryDate() <= now.addDays(826));
        QCOMPARE(cert.serialNumber().split(':').size(), 16); // 128 random bits
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        const QString text = cert.toText();
        QVERIFY(text.contains(QLatin1String("CA:FALSE")));
        QVERIFY(text.contains(QLatin1String("TLS Web Server Authentication, TLS Web Client Authentication")));
        QVERIFY(text.contains(QLatin1String("ecdsa-with-SHA256")));
        QVERIFY(text.contains(QLatin1String("Digital Signature")));

        const QSslKey key(m_cert.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        QVERIFY(!key.isNull());
        QCOMPARE(key.length(), 256);
    }

    void differentSerials()
    {
        const auto other = generateSelfSigned({QStringLiteral("example.com")});
        QVERIFY(other.ok());
        QVERIFY(QSslCertificate(other->certificatePem).serialNumber() !=
                QSslCertificate(m_cert.certificatePem).serialNumber());
    }

    void rsaOption()
    {
        const auto rsa = generateSelfSigned({QStringLiteral("example.com")}, 30, KeyType::Rsa2048);
        QVERIFY(rsa.ok());
        const QSslCertificate cert(rsa->certificatePem);
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Rsa);
        QCOMPARE(cert.publicKey().length(), 2048);
        QVERIFY(cert.toText().contains(QLatin1String("Key Encipherment")));
        QVERIFY(cert.toText().contains(QLatin1String("sha256WithRSAEncryption")));
        QVERIFY(cert.expiryDate() < QDateTime::currentDateTimeUtc().addDays(31));
        const HandshakeResult result =
            handshake(serverConfigFor(*rsa), rsa->certificatePem, QSslConfiguration::defaultConfiguration());
        QVERIFY(result.errors.isEmpty());
        QVERIFY(result.clientEncrypted);
    }

    void wrongNameIsRejected()
    {
        // The client verifies "example.com"; a certificate for another name must not satisfy it.
        const auto other = generateSelfSigned({QStringLiteral("example.org")});
        QVERIFY(other.ok());
        const HandshakeResult result = handshake(serverConfigFor(*other), other->certificatePem,
                                                 QSslConfiguration::defaultConfiguration());
        QVERIFY(!result.clientEncrypted);
        QVERIFY(!result.errors.isEmpty());
    }

    void invalidNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << QStringList();
        QTest::newRow("space") << QStringList{"bad name.example"};
        QTest::newRow("comma injection") << QStringList{"a.example,DNS:evil.example"};
        QTest::newRow("slash") << QStringList{"a/b"};
    }

    void invalidNames()
    {
        QFETCH(QStringList, names);
        const auto result = generateSelfSigned(names);
        QVERIFY(!result.ok());
        QVERIFY(result.error().code.startsWith(QLatin1String("tls.")));
    }

    void writePemFilesModes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sub = dir.filePath(QStringLiteral("certs"));
        QVERIFY(writePemFiles(sub, QStringLiteral("example.com"), m_cert).ok());
        QFile key(sub + QLatin1String("/example.com.key"));
        QFile cert(sub + QLatin1String("/example.com.pem"));
        QVERIFY(key.open(QIODevice::ReadOnly) && cert.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), m_cert.privateKeyPem);
        QCOMPARE(cert.readAll(), m_cert.certificatePem);
        QCOMPARE(key.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void handshakeTls12AndLater_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("expected");
        QTest::newRow("any 1.2+") << int(QSsl::TlsV1_2OrLater) << -1;
        QTest::newRow("1.2 only") << int(QSsl::TlsV1_2) << int(QSsl::TlsV1_2);
        QTest::newRow("1.3 only") << int(QSsl::TlsV1_3) << int(QSsl::TlsV1_3);
    }

    void handshakeTls12AndLater()
    {
        QFETCH(int, protocol);
        QFETCH(int, expected);
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setProtocol(QSsl::SslProtocol(protocol));
        const HandshakeResult result = handshake(serverConfigFor(m_cert), m_cert.certificatePem, client);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).errorString()));
        QVERIFY(result.clientEncrypted);
        QVERIFY(result.serverEncrypted);
        if (expected >= 0)
            QCOMPARE(int(result.protocol), expected);
        else
            QVERIFY(result.protocol == QSsl::TlsV1_2 || result.protocol == QSsl::TlsV1_3);
    }

    void tls11ClientRefused()
    {
        // A client that can speak TLS 1.1 (its library's security level lowered so it really offers
        // it) and nothing newer...
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        const QSsl::SslProtocol tls11 = QSsl::TlsV1_1;
        QT_WARNING_POP
        client.setProtocol(tls11);
        client.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));

        // ...gets through to a server that still allows it (so the client itself works)...
        QSslConfiguration permissive = serverConfigFor(m_cert);
        permissive.setProtocol(QSsl::AnyProtocol);
        permissive.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));
        permissive.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
        const HandshakeResult control = handshake(permissive, m_cert.certificatePem, client);
        QVERIFY2(control.clientEncrypted, "the TLS 1.1 client could not connect even to a permissive server");
        QCOMPARE(control.protocol, tls11);

        // ...and is refused by ours.
        const HandshakeResult result = handshake(serverConfigFor(m_cert), m_cert.certificatePem, client);
        QVERIFY(!result.clientEncrypted);
        QVERIFY(!result.serverEncrypted);
        QCOMPARE(serverConfigFor(m_cert).protocol(), QSsl::TlsV1_2OrLater);
    }

private:
    GeneratedCert m_cert;
};

QTEST_GUILESS_MAIN(TestSelfSigned)
#include "tst_selfsigned.moc"
