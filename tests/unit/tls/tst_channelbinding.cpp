// tls-server-end-point (RFC 5929 §4.1): the certificate hashed with its signature's hash, MD5 and
// SHA-1 upgraded to SHA-256.
#include "tls/channelbinding.h"
#include "tls/selfsigned.h"

#include <QCryptographicHash>
#include <QtTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace confab::tls;

namespace {

// The generated certificate signed again with `md` (same key, same contents otherwise).
QSslCertificate resigned(const GeneratedCert &cert, const EVP_MD *md)
{
    BIO *certBio = BIO_new_mem_buf(cert.certificatePem.constData(), int(cert.certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(cert.privateKeyPem.constData(), int(cert.privateKeyPem.size()));
    X509 *x509 = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    QByteArray der;
    if (x509 && key && X509_sign(x509, key, md) > 0) {
        unsigned char *out = nullptr;
        const int length = i2d_X509(x509, &out);
        if (length > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    EVP_PKEY_free(key);
    X509_free(x509);
    BIO_free(keyBio);
    BIO_free(certBio);
    return QSslCertificate(der, QSsl::Der);
}

} // namespace

class TestChannelBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto ec = generateSelfSigned({QStringLiteral("example.com")});
        const auto rsa = generateSelfSigned({QStringLiteral("example.com")}, 30, KeyType::Rsa2048);
        QVERIFY(ec.ok() && rsa.ok());
        m_ec = *ec;
        m_rsa = *rsa;
    }

    void sha256Signed()
    {
        for (const GeneratedCert *cert : {&m_ec, &m_rsa}) {
            const QSslCertificate certificate(cert->certificatePem);
            QVERIFY(!certificate.isNull());
            QCOMPARE(tlsServerEndPointHash(certificate),
                     QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
        }
    }

    void strongerHashKept()
    {
        const QSslCertificate sha384 = resigned(m_ec, EVP_sha384());
        QVERIFY(!sha384.isNull());
        QCOMPARE(tlsServerEndPointHash(sha384),
                 QCryptographicHash::hash(sha384.toDer(), QCryptographicHash::Sha384));
        const QSslCertificate sha512 = resigned(m_rsa, EVP_sha512());
        QVERIFY(!sha512.isNull());
        QCOMPARE(tlsServerEndPointHash(sha512),
                 QCryptographicHash::hash(sha512.toDer(), QCryptographicHash::Sha512));
    }

    void weakHashUpgraded()
    {
        const QSslCertificate sha1 = resigned(m_rsa, EVP_sha1());
        QVERIFY(!sha1.isNull());
        QVERIFY(sha1.toText().contains(QLatin1String("sha1WithRSAEncryption")));
        QCOMPARE(tlsServerEndPointHash(sha1),
                 QCryptographicHash::hash(sha1.toDer(), QCryptographicHash::Sha256));
        const QSslCertificate md5 = resigned(m_rsa, EVP_md5());
        if (!md5.isNull()) // some OpenSSL configurations refuse to sign with MD5 at all
            QCOMPARE(tlsServerEndPointHash(md5),
                     QCryptographicHash::hash(md5.toDer(), QCryptographicHash::Sha256));
    }

    void nullCertificate() { QVERIFY(tlsServerEndPointHash(QSslCertificate()).isEmpty()); }

private:
    GeneratedCert m_ec, m_rsa;
};

QTEST_GUILESS_MAIN(TestChannelBinding)
#include "tst_channelbinding.moc"
