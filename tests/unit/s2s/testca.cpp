#include "testca.h"

#include <QDir>
#include <QFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace confab::testca {

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free_all(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

std::shared_ptr<EVP_PKEY> newKey()
{
    return std::shared_ptr<EVP_PKEY>(EVP_EC_gen("P-256"), EVP_PKEY_free);
}

bool setSerial(X509 *x)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    BIGNUM *bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    return ok;
}

bool addExt(X509 *x, X509 *issuer, int nid, const QByteArray &value)
{
    if (value.isEmpty())
        return true;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, x, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(x, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray ekuText(Eku eku)
{
    switch (eku) {
    case Eku::ServerAndClient:
        return "serverAuth,clientAuth";
    case Eku::ServerOnly:
        return "serverAuth";
    case Eku::ClientOnly:
        return "clientAuth";
    case Eku::EmailOnly:
        return "emailProtection";
    case Eku::None:
        break;
    }
    return {};
}

// Built as GENERAL_NAMEs rather than a config string: the config syntax cannot carry a UTF-8
// xmppAddr (its FORMAT modifier needs a comma, which splits the list).
bool addSubjectAltNames(X509 *x, const LeafSpec &spec)
{
    if (spec.dnsNames.isEmpty() && spec.xmppAddrs.isEmpty())
        return true;
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    const auto string = [](ASN1_STRING *s, const QByteArray &bytes) {
        ASN1_STRING_set(s, bytes.constData(), int(bytes.size()));
        return s;
    };
    for (const QString &d : spec.dnsNames) {
        GENERAL_NAME *g = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(g, GEN_DNS, string(ASN1_IA5STRING_new(), d.toLatin1()));
        sk_GENERAL_NAME_push(names, g);
    }
    for (const QString &a : spec.xmppAddrs) {
        ASN1_TYPE *value = ASN1_TYPE_new();
        ASN1_TYPE_set(value, V_ASN1_UTF8STRING, string(ASN1_UTF8STRING_new(), a.toUtf8()));
        GENERAL_NAME *g = GENERAL_NAME_new();
        GENERAL_NAME_set0_othername(g, OBJ_txt2obj("1.3.6.1.5.5.7.8.5", 1), value);
        sk_GENERAL_NAME_push(names, g);
    }
    const bool ok = X509_add1_ext_i2d(x, NID_subject_alt_name, names, 0, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(names);
    return ok;
}

QByteArray toPem(X509 *x)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

QByteArray toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

X509Ptr fromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

// The unsigned body of one certificate; issuer null = self-issued.
X509Ptr build(const QString &cn, EVP_PKEY *key, X509 *issuer, qint64 notBefore, qint64 notAfter)
{
    X509Ptr x(X509_new());
    if (!x || !X509_set_version(x.get(), X509_VERSION_3) || !setSerial(x.get()))
        return {};
    X509_NAME *name = X509_get_subject_name(x.get());
    if (!cn.isEmpty()) {
        const QByteArray utf8 = cn.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
    }
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Confab tests"), -1, -1, 0);
    X509_set_issuer_name(x.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), long(notBefore));
    X509_gmtime_adj(X509_getm_notAfter(x.get()), long(notAfter));
    X509_set_pubkey(x.get(), key);
    return x;
}

bool sign(X509 *x, EVP_PKEY *key)
{
    return X509_sign(x, key, EVP_sha256()) > 0;
}

} // namespace

QSslCertificate IssuedCert::certificate() const
{
    return QSslCertificate(certPem, QSsl::Pem);
}

QSslKey IssuedCert::key() const
{
    return QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
}

TestCa::TestCa(const QString &name)
{
    m_key = newKey();
    if (!m_key)
        return;
    X509Ptr x = build(name, m_key.get(), nullptr, -3600, 3650LL * 24 * 3600);
    if (!x || !addExt(x.get(), x.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExt(x.get(), x.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExt(x.get(), x.get(), NID_subject_key_identifier, "hash") || !sign(x.get(), m_key.get()))
        return;
    m_ca = IssuedCert{toPem(x.get()), toPem(m_key.get())};
}

TestCa TestCa::intermediate(const QString &name) const
{
    TestCa sub{Empty{}};
    sub.m_key = newKey();
    X509Ptr issuer = fromPem(m_ca.certPem);
    if (!sub.m_key || !issuer)
        return sub;
    X509Ptr x = build(name, sub.m_key.get(), issuer.get(), -3600, 3650LL * 24 * 3600);
    if (!x || !addExt(x.get(), issuer.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExt(x.get(), issuer.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExt(x.get(), issuer.get(), NID_subject_key_identifier, "hash") ||
        !addExt(x.get(), issuer.get(), NID_authority_key_identifier, "keyid:always") ||
        !sign(x.get(), m_key.get()))
        return sub;
    sub.m_ca = IssuedCert{toPem(x.get()), toPem(sub.m_key.get())};
    return sub;
}

static IssuedCert issueWith(const LeafSpec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    std::shared_ptr<EVP_PKEY> key = newKey();
    if (!key)
        return {};
    X509Ptr x = build(spec.commonName, key.get(), issuer, spec.notBeforeSecs, spec.notAfterSecs);
    X509 *signer = issuer ? issuer : x.get();
    if (!x || !addExt(x.get(), signer, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExt(x.get(), signer, NID_key_usage, "critical,digitalSignature") ||
        !addExt(x.get(), signer, NID_ext_key_usage, ekuText(spec.eku)) ||
        !addSubjectAltNames(x.get(), spec) || !sign(x.get(), issuerKey ? issuerKey : key.get())) {
        ERR_clear_error();
        return {};
    }
    return IssuedCert{toPem(x.get()), toPem(key.get())};
}

IssuedCert TestCa::issue(const LeafSpec &spec) const
{
    X509Ptr issuer = fromPem(m_ca.certPem);
    return issuer ? issueWith(spec, issuer.get(), m_key.get()) : IssuedCert{};
}

IssuedCert TestCa::selfSigned(const LeafSpec &spec)
{
    return issueWith(spec, nullptr, nullptr);
}

LeafSpec serverSpec(const QString &domain, Eku eku)
{
    LeafSpec spec;
    spec.dnsNames = {domain};
    spec.xmppAddrs = {domain};
    spec.commonName = domain;
    spec.eku = eku;
    return spec;
}

static QString writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() ||
        !f.setPermissions(perms))
        return QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString writePem(const QString &dir, const QString &baseName, const IssuedCert &cert)
{
    if (cert.isNull())
        return QStringLiteral("no certificate for %1").arg(baseName);
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    const QString base = QDir(dir).filePath(baseName);
    const auto readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QString err = writeFile(base + QLatin1String(".pem"), cert.certPem, readable);
    if (err.isEmpty() && !cert.keyPem.isEmpty())
        // Readable by all on purpose: test servers (prosody) may run as another user.
        err = writeFile(base + QLatin1String(".key"), cert.keyPem, readable);
    return err;
}

QString writeTestPki(const QString &dir, const QStringList &domains, Eku eku)
{
    const TestCa ca(QStringLiteral("Confab Test CA"));
    if (!ca.isValid())
        return QStringLiteral("could not create the test CA");
    QString err = writePem(dir, QStringLiteral("ca"), IssuedCert{ca.ca().certPem, {}});
    for (const QString &domain : domains) {
        if (!err.isEmpty())
            break;
        const IssuedCert leaf = ca.issue(serverSpec(domain, eku));
        err = writePem(dir, domain, leaf);
        if (err.isEmpty())
            err = writeFile(QDir(dir).filePath(domain + QLatin1String(".chain.pem")),
                            leaf.certPem + ca.ca().certPem,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                QFileDevice::ReadGroup);
    }
    return err;
}

} // namespace confab::testca
