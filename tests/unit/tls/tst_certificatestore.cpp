// CertificateStore: loading, choosing a certificate by name, the TLS configuration it builds,
// expiry reporting and first-start generation.
#include "tls/certificatestore.h"
#include "tls/selfsigned.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace confab::tls;

namespace {

GeneratedCert make(const QStringList &names, int days = 825)
{
    const auto result = generateSelfSigned(names, days);
    return result.ok() ? *result : GeneratedCert{};
}

QSslCertificate leaf(const GeneratedCert &cert)
{
    return QSslCertificate(cert.certificatePem);
}

} // namespace

class TestCertificateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_com = make({QStringLiteral("example.com")}, 90);
        m_net = make({QStringLiteral("example.net"), QStringLiteral("*.example.net")});
        m_org = make({QStringLiteral("other.org")}, 30);
        QVERIFY(!m_com.certificatePem.isEmpty() && !m_net.certificatePem.isEmpty() &&
                !m_org.certificatePem.isEmpty());
    }

    void selection()
    {
        CertificateStore store;
        QVERIFY(store.isEmpty());
        QVERIFY(!store.configurationFor(QStringLiteral("example.com")));
        QVERIFY(store.chainFor(QStringLiteral("example.com")).isEmpty());

        QVERIFY(store.add(QStringLiteral("example.com"), m_com.certificatePem, m_com.privateKeyPem).ok());
        QVERIFY(store.add(QStringLiteral("example.net"), m_net.certificatePem, m_net.privateKeyPem).ok());
        QVERIFY(store.add(QStringLiteral("other.org"), m_org.certificatePem, m_org.privateKeyPem).ok());

        // exact, case-insensitively
        QCOMPARE(store.chainFor(QStringLiteral("example.com")).value(0), leaf(m_com));
        QCOMPARE(store.chainFor(QStringLiteral("Example.COM")).value(0), leaf(m_com));
        QCOMPARE(store.chainFor(QStringLiteral("example.net")).value(0), leaf(m_net));
        // wildcard covers one label only
        QCOMPARE(store.chainFor(QStringLiteral("conference.example.net")).value(0), leaf(m_net));
        // no match: the first loaded is the default until one is set
        QCOMPARE(store.chainFor(QStringLiteral("a.b.example.net")).value(0), leaf(m_com));
        QCOMPARE(store.chainFor(QStringLiteral("unknown.test")).value(0), leaf(m_com));
        store.setDefaultDomain(QStringLiteral("other.org"));
        QCOMPARE(store.chainFor(QStringLiteral("unknown.test")).value(0), leaf(m_org));
        QCOMPARE(store.chainFor(QString()).value(0), leaf(m_org));

        store.remove(QStringLiteral("example.net"));
        QCOMPARE(store.chainFor(QStringLiteral("conference.example.net")).value(0), leaf(m_org));
    }

    void nameFromCertificate()
    {
        // Registered under one domain, the certificate's own SAN names find it too.
        CertificateStore store;
        QVERIFY(store.add(QStringLiteral("other.org"), m_org.certificatePem, m_org.privateKeyPem).ok());
        QVERIFY(store.add(QStringLiteral("main"), m_net.certificatePem, m_net.privateKeyPem).ok());
        QCOMPARE(store.chainFor(QStringLiteral("example.net")).value(0), leaf(m_net));
        QCOMPARE(store.chainFor(QStringLiteral("upload.example.net")).value(0), leaf(m_net));
    }

    void replaceCertificate()
    {
        CertificateStore store;
        QVERIFY(store.add(QStringLiteral("example.com"), m_com.certificatePem, m_com.privateKeyPem).ok());
        const GeneratedCert renewed = make({QStringLiteral("example.com")});
        QVERIFY(store.add(QStringLiteral("example.com"), renewed.certificatePem, renewed.privateKeyPem).ok());
        QCOMPARE(store.certificates().size(), 1);
        QCOMPARE(store.chainFor(QStringLiteral("example.com")).value(0), leaf(renewed));
    }

    void configuration()
    {
        CertificateStore store;
        QVERIFY(store.add(QStringLiteral("example.com"), m_com.certificatePem, m_com.privateKeyPem).ok());
        const auto config = store.configurationFor(QStringLiteral("example.com"));
        QVERIFY(config);
        QCOMPARE(config->protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(config->peerVerifyMode(), QSslSocket::QueryPeer);
        QCOMPARE(config->localCertificate(), leaf(m_com));
        QVERIFY(!config->privateKey().isNull());
        QCOMPARE(config->privateKey().algorithm(), QSsl::Ec);
    }

    void expiry()
    {
        CertificateStore store;
        QVERIFY(store.add(QStringLiteral("example.com"), m_com.certificatePem, m_com.privateKeyPem).ok());
        QVERIFY(store.add(QStringLiteral("other.org"), m_org.certificatePem, m_org.privateKeyPem).ok());
        const QList<CertificateInfo> infos = store.certificates();
        QCOMPARE(infos.size(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(infos[0].domain, QStringLiteral("example.com"));
        QVERIFY(qAbs(infos[0].notAfter.secsTo(now.addDays(90))) < 3600);
        QVERIFY(qAbs(infos[1].notAfter.secsTo(now.addDays(30))) < 3600);
        QVERIFY(infos[0].notBefore <= now);
        QVERIFY(infos[0].selfSigned);
        QCOMPARE(infos[1].names, QStringList{"other.org"});
    }

    void rejectsBadInput()
    {
        CertificateStore store;
        QCOMPARE(store.add(QStringLiteral("a"), "garbage", m_com.privateKeyPem).error().code,
                 QStringLiteral("tls.bad_certificate"));
        QCOMPARE(store.add(QStringLiteral("a"), m_com.certificatePem, "garbage").error().code,
                 QStringLiteral("tls.bad_key"));
        QCOMPARE(store.add(QStringLiteral("a"), m_com.certificatePem, m_net.privateKeyPem).error().code,
                 QStringLiteral("tls.key_mismatch"));
        QVERIFY(store.isEmpty());
        const auto missing = store.load(QStringLiteral("a"), {QStringLiteral("/nonexistent/a.pem"),
                                                              QStringLiteral("/nonexistent/a.key")});
        QCOMPARE(missing.error().code, QStringLiteral("tls.read_failed"));
    }

    void loadFromFiles()
    {
        QTemporaryDir dir;
        QVERIFY(writePemFiles(dir.path(), QStringLiteral("example.com"), m_com).ok());
        // A chain file: leaf first, then (here) another certificate standing in for an intermediate.
        QFile chain(dir.filePath(QStringLiteral("example.com.pem")));
        QVERIFY(chain.open(QIODevice::Append));
        chain.write(m_org.certificatePem);
        chain.close();
        CertificateStore store;
        const CertificatePaths paths{dir.filePath(QStringLiteral("example.com.pem")),
                                     dir.filePath(QStringLiteral("example.com.key"))};
        QVERIFY(store.load(QStringLiteral("example.com"), paths).ok());
        QCOMPARE(store.chainFor(QStringLiteral("example.com")).size(), 2);
        QCOMPARE(store.configurationFor(QStringLiteral("example.com"))->localCertificateChain().size(), 2);
        QCOMPARE(store.certificates().value(0).certificatePath, paths.certificate);
    }

    void ensureCertificate()
    {
        QTemporaryDir dataDir;
        const auto paths = CertificateStore::ensureCertificate(dataDir.path(), QStringLiteral("example.com"));
        QVERIFY2(paths.ok(), paths.ok() ? "" : qPrintable(paths.error().message));
        QCOMPARE(paths->certificate, dataDir.filePath(QStringLiteral("certs/example.com.pem")));
        QCOMPARE(paths->privateKey, dataDir.filePath(QStringLiteral("certs/example.com.key")));
        QVERIFY(!(QFileInfo(paths->privateKey).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        CertificateStore store;
        QVERIFY(store.load(QStringLiteral("example.com"), *paths).ok());
        QStringList names = store.certificates().value(0).names;
        names.sort();
        QCOMPARE(names, QStringList({"*.example.com", "example.com"}));

        // Present files are kept, not regenerated.
        QFile file(paths->certificate);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto again = CertificateStore::ensureCertificate(dataDir.path(), QStringLiteral("example.com"));
        QVERIFY(again.ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        QVERIFY(!CertificateStore::ensureCertificate(dataDir.path(), QStringLiteral("../evil")).ok());
        QVERIFY(!CertificateStore::ensureCertificate(dataDir.path(), QString()).ok());
    }

private:
    GeneratedCert m_com, m_net, m_org;
};

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "tst_certificatestore.moc"
