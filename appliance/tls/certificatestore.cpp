#include "tls/certificatestore.h"

#include "tls/opensslhandles.h"
#include "tls/selfsigned.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <openssl/err.h>

namespace confab::tls {

namespace {

using namespace detail;

Error certificateError(const QString &code, const char *text, const QString &domain,
                       const QString &detail = {})
{
    return makeError(code, text, {{QStringLiteral("domain"), domain}, {QStringLiteral("detail"), detail}});
}

std::optional<QSsl::KeyAlgorithm> keyAlgorithm(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    default:
        return std::nullopt;
    }
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("tls.read_failed"), "Could not read {path}: {reason}",
                         {{QStringLiteral("path"), path}, {QStringLiteral("reason"), file.errorString()}});
    return file.readAll();
}

QStringList certificateNames(const QSslCertificate &leaf)
{
    QStringList names;
    for (const QString &name : leaf.subjectAlternativeNames().values(QSsl::DnsEntry))
        names.append(name.toLower());
    if (names.isEmpty()) {
        for (const QString &cn : leaf.subjectInfo(QSslCertificate::CommonName))
            names.append(cn.toLower());
    }
    return names;
}

// QSslCertificate::isSelfSigned() asks OpenSSL whether the certificate could issue itself, which
// a CA:FALSE leaf without keyCertSign (what generateSelfSigned makes) cannot: ask instead whether
// it names itself as issuer and its own key verifies its signature.
bool isSelfSigned(const QSslCertificate &certificate)
{
    const X509Ptr x509 = x509FromDer(certificate.toDer());
    const bool self =
        x509 && X509_NAME_cmp(X509_get_subject_name(x509.get()), X509_get_issuer_name(x509.get())) == 0 &&
        X509_verify(x509.get(), X509_get0_pubkey(x509.get())) == 1;
    ERR_clear_error();
    return self;
}

// The domain becomes a file name: refuse anything that could leave the certs directory.
bool isSafeFileName(const QString &domain)
{
    return !domain.isEmpty() && !domain.startsWith(QLatin1Char('.')) && !domain.contains(QLatin1Char('/')) &&
           !domain.contains(QLatin1Char('\\')) && !domain.contains(QChar(0)) && domain.size() <= 253;
}

} // namespace

Status CertificateStore::load(const QString &domain, const CertificatePaths &paths)
{
    const auto chain = readFile(paths.certificate);
    if (!chain)
        return chain.error();
    const auto key = readFile(paths.privateKey);
    if (!key)
        return key.error();
    return add(domain, *chain, *key, paths.certificate);
}

Status CertificateStore::add(const QString &domain, const QByteArray &chainPem, const QByteArray &keyPem,
                             const QString &certificatePath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(chainPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return certificateError(QStringLiteral("tls.bad_certificate"),
                                "The certificate for {domain} is not a PEM certificate", domain);
    const PkeyPtr pkey = privateKeyFromPem(keyPem);
    const auto algorithm = pkey ? keyAlgorithm(pkey.get()) : std::nullopt;
    if (!algorithm) {
        const QString detail = lastOpenSslError();
        return certificateError(QStringLiteral("tls.bad_key"),
                                "The private key for {domain} is not an unencrypted RSA, EC or DSA PEM key",
                                domain, detail);
    }
    const X509Ptr leaf = x509FromDer(chain.first().toDer());
    if (!leaf || X509_check_private_key(leaf.get(), pkey.get()) != 1) {
        ERR_clear_error();
        return certificateError(QStringLiteral("tls.key_mismatch"),
                                "The private key for {domain} does not belong to its certificate", domain);
    }
    const QSslKey key(keyPem, *algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return certificateError(QStringLiteral("tls.bad_key"),
                                "The private key for {domain} is not an unencrypted RSA, EC or DSA PEM key",
                                domain);

    QSslConfiguration server = serverConfiguration(chain, key);
    Entry entry{domain, certificateNames(chain.first()), chain, key, certificatePath, std::move(server)};
    const QString lowered = domain.toLower();
    if (!entry.names.contains(lowered))
        entry.names.prepend(lowered);
    const qsizetype existing = indexOf(domain);
    if (existing >= 0)
        m_entries[existing] = std::move(entry);
    else
        m_entries.append(std::move(entry));
    return ok();
}

void CertificateStore::remove(const QString &domain)
{
    const qsizetype index = indexOf(domain);
    if (index >= 0)
        m_entries.removeAt(index);
}

void CertificateStore::setDefaultDomain(const QString &domain)
{
    m_defaultDomain = domain;
}

qsizetype CertificateStore::indexOf(const QString &domain) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].domain.compare(domain, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const CertificateStore::Entry *CertificateStore::find(const QString &requested) const
{
    if (m_entries.isEmpty())
        return nullptr;
    const QString name = requested.toLower();
    const qsizetype own = indexOf(name);
    if (own >= 0)
        return &m_entries[own];
    for (const Entry &entry : m_entries) {
        if (entry.names.contains(name))
            return &entry;
    }
    // A wildcard stands for exactly one leftmost label (RFC 6125 §6.4.3).
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot > 0 && name.indexOf(QLatin1Char('.'), dot + 1) > 0) {
        const QString wildcard = QLatin1String("*") + name.mid(dot);
        for (const Entry &entry : m_entries) {
            if (entry.names.contains(wildcard))
                return &entry;
        }
    }
    const qsizetype fallback = m_defaultDomain.isEmpty() ? -1 : indexOf(m_defaultDomain);
    return &m_entries[fallback >= 0 ? fallback : 0];
}

QList<QSslCertificate> CertificateStore::chainFor(const QString &name) const
{
    const Entry *entry = find(name);
    return entry ? entry->chain : QList<QSslCertificate>();
}

std::optional<QSslConfiguration> CertificateStore::configurationFor(const QString &name) const
{
    const Entry *entry = find(name);
    if (!entry)
        return std::nullopt;
    return entry->server;
}

QList<CertificateInfo> CertificateStore::certificates() const
{
    QList<CertificateInfo> result;
    for (const Entry &entry : m_entries) {
        const QSslCertificate &leaf = entry.chain.first();
        result.append({entry.domain, certificateNames(leaf), leaf.effectiveDate(), leaf.expiryDate(),
                       isSelfSigned(leaf), entry.certificatePath});
    }
    return result;
}

QSslConfiguration CertificateStore::serverConfiguration(const QList<QSslCertificate> &chain,
                                                        const QSslKey &key)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    return config;
}

Result<CertificatePaths> CertificateStore::ensureCertificate(const QString &dataDir, const QString &domain)
{
    if (!isSafeFileName(domain))
        return makeError(QStringLiteral("tls.invalid_name"),
                         "Not a valid host name for a certificate: {name}",
                         {{QStringLiteral("name"), domain}});
    const QString dir = QDir(dataDir).filePath(QStringLiteral("certs"));
    const CertificatePaths paths{QDir(dir).filePath(domain + QLatin1String(".pem")),
                                 QDir(dir).filePath(domain + QLatin1String(".key"))};
    if (QFileInfo::exists(paths.certificate) && QFileInfo::exists(paths.privateKey))
        return paths;
    const auto generated = generateSelfSigned({domain, QLatin1String("*.") + domain});
    if (!generated)
        return generated.error();
    const Status written = writePemFiles(dir, domain, *generated);
    if (!written)
        return written.error();
    return paths;
}

} // namespace confab::tls
