#pragma once
// A throw-away certificate authority for tests: a CA and leaf certificates signed by it (or
// self-signed), with the name and purpose variations the s2s certificate checks care about.
// Built with OpenSSL's C API so tests need no openssl binary. EC P-256 keys (fast to make).
#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace confab::testca {

enum class Eku {
    ServerAndClient, // what most XMPP servers have had
    ServerOnly,      // Let's Encrypt since February 2026
    ClientOnly,
    None,     // no extendedKeyUsage extension at all
    EmailOnly // emailProtection: must not pass as an XMPP server certificate
};

struct LeafSpec
{
    QStringList dnsNames;  // SAN dNSName ("*.x" allowed)
    QStringList xmppAddrs; // SAN otherName id-on-xmppAddr (UTF8String)
    QString commonName;    // subject CN; empty = none
    Eku eku = Eku::ServerAndClient;
    qint64 notBeforeSecs = -3600;          // relative to now
    qint64 notAfterSecs = 365 * 24 * 3600; // relative to now; negative = already expired
};

struct IssuedCert
{
    QByteArray certPem;
    QByteArray keyPem; // PKCS#8, unencrypted
    QSslCertificate certificate() const;
    QSslKey key() const;
    bool isNull() const { return certPem.isEmpty(); }
};

class TestCa
{
public:
    explicit TestCa(const QString &name = QStringLiteral("Confab Test CA"));
    bool isValid() const { return !m_ca.isNull(); }
    const IssuedCert &ca() const { return m_ca; }
    QSslCertificate certificate() const { return m_ca.certificate(); }

    IssuedCert issue(const LeafSpec &spec) const;
    // An intermediate CA signed by this one (for chain tests).
    TestCa intermediate(const QString &name) const;
    static IssuedCert selfSigned(const LeafSpec &spec);

private:
    struct Empty
    {
    };
    explicit TestCa(Empty) {}
    IssuedCert m_ca;
    std::shared_ptr<EVP_PKEY> m_key;
};

// A leaf for an XMPP server domain: SAN dNSName and xmppAddr = domain, CN = domain.
LeafSpec serverSpec(const QString &domain, Eku eku = Eku::ServerAndClient);

// Writes <dir>/<baseName>.pem (certificate) and <dir>/<baseName>.key; creates dir. Returns an
// error text, empty on success.
QString writePem(const QString &dir, const QString &baseName, const IssuedCert &cert);

// Writes <dir>/ca.pem (a fresh CA) and, per domain, <dir>/<domain>.pem, <domain>.key and
// <domain>.chain.pem (leaf + CA) from serverSpec(domain, eku). For integration and interop tests
// (confabd's cert import, prosody's ssl config). Returns an error text, empty on success.
QString writeTestPki(const QString &dir, const QStringList &domains, Eku eku = Eku::ServerAndClient);

} // namespace confab::testca
