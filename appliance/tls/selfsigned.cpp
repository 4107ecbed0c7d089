#include "tls/selfsigned.h"

#include "tls/opensslhandles.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QUrl>

#include <cctype>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace confab::tls {

namespace {

using namespace detail;

constexpr int SerialBytes = 16;
constexpr long BackdateSeconds = 5 * 60; // tolerate peers whose clocks run a little behind
constexpr int MaxCommonNameBytes = 64;   // ub-common-name (RFC 5280)

Error generationError(const QString &detail)
{
    return makeError(QStringLiteral("tls.generate_failed"), "Could not generate a certificate: {detail}",
                     {{QStringLiteral("detail"), detail}});
}

// A SAN dNSName is IA5: IDNs go in as A-labels. Anything else that is not a host name is refused
// here, which also keeps the names from injecting into the extension's config string.
std::optional<QByteArray> asciiDnsName(const QString &name)
{
    const bool wildcard = name.startsWith(QLatin1String("*."));
    const QByteArray ace = QUrl::toAce(wildcard ? name.mid(2) : name);
    if (ace.isEmpty() || ace.size() > 253)
        return std::nullopt;
    for (char c : ace) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'))
            return std::nullopt;
    }
    return wildcard ? "*." + ace : ace;
}

PkeyPtr generateKey(KeyType type)
{
    if (type == KeyType::Rsa2048)
        return PkeyPtr(EVP_RSA_gen(2048));
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool setRandomSerial(X509 *x509)
{
    unsigned char bytes[SerialBytes];
    if (RAND_bytes(bytes, SerialBytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive (RFC 5280 §4.1.2.2)
    bytes[0] |= 0x01; // and never with a leading zero octet that DER would strip
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(bytes, SerialBytes, nullptr), BN_free);
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x509));
}

bool addExtension(X509 *x509, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x509, x509, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool added = X509_add_ext(x509, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return added;
}

bool setNameAndValidity(X509 *x509, const QByteArray &commonName, int days)
{
    X509_NAME *name = X509_get_subject_name(x509);
    if (commonName.size() <= MaxCommonNameBytes &&
        !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                    reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1,
                                    0))
        return false;
    return X509_set_issuer_name(x509, name) && X509_gmtime_adj(X509_getm_notBefore(x509), -BackdateSeconds) &&
           X509_time_adj_ex(X509_getm_notAfter(x509), days, 0, nullptr);
}

bool addExtensions(X509 *x509, const QList<QByteArray> &names, KeyType type)
{
    QByteArray san;
    for (const QByteArray &n : names)
        san += (san.isEmpty() ? "DNS:" : ",DNS:") + n;
    // keyEncipherment only matters for RSA key transport (TLS 1.2 RSA suites).
    const QByteArray keyUsage =
        type == KeyType::Rsa2048 ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature";
    return addExtension(x509, NID_basic_constraints, "critical,CA:FALSE") &&
           addExtension(x509, NID_key_usage, keyUsage) &&
           addExtension(x509, NID_ext_key_usage, "serverAuth,clientAuth") &&
           addExtension(x509, NID_subject_key_identifier, "hash") &&
           addExtension(x509, NID_subject_alt_name, san);
}

} // namespace

Result<GeneratedCert> generateSelfSigned(const QStringList &dnsNames, int days, KeyType keyType)
{
    QList<QByteArray> names;
    for (const QString &name : dnsNames) {
        const auto ascii = asciiDnsName(name);
        if (!ascii)
            return makeError(QStringLiteral("tls.invalid_name"),
                             "Not a valid host name for a certificate: {name}",
                             {{QStringLiteral("name"), name}});
        if (!names.contains(*ascii))
            names.append(*ascii);
    }
    if (names.isEmpty() || days <= 0)
        return generationError(QStringLiteral("no host names or no validity period"));

    PkeyPtr key = generateKey(keyType);
    X509Ptr x509(X509_new());
    if (!key || !x509 || !X509_set_version(x509.get(), X509_VERSION_3) || !setRandomSerial(x509.get()) ||
        !setNameAndValidity(x509.get(), names.first(), days) || !X509_set_pubkey(x509.get(), key.get()) ||
        !addExtensions(x509.get(), names, keyType) || !X509_sign(x509.get(), key.get(), EVP_sha256()))
        return generationError(lastOpenSslError());

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || !PEM_write_bio_X509(certBio.get(), x509.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return generationError(lastOpenSslError());
    return GeneratedCert{bioContents(certBio.get()), bioContents(keyBio.get())};
}

namespace {

Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // Created with its final mode, and narrowed if it existed, before any key byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) ||
        !file.setPermissions(permissions) || file.write(data) != data.size() || !file.flush())
        return makeError(QStringLiteral("tls.write_failed"), "Could not write {path}: {reason}",
                         {{QStringLiteral("path"), path}, {QStringLiteral("reason"), file.errorString()}});
    return ok();
}

} // namespace

Status writePemFiles(const QString &dir, const QString &baseName, const GeneratedCert &cert)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("tls.write_failed"), "Could not create the directory {path}",
                         {{QStringLiteral("path"), dir}});
    const QString base = QDir(dir).filePath(baseName);
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const Status key = writeFile(base + QLatin1String(".key"), cert.privateKeyPem, owner);
    if (!key)
        return key;
    return writeFile(base + QLatin1String(".pem"), cert.certificatePem,
                     owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace confab::tls
