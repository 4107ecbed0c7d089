#include "tls/channelbinding.h"

#include "tls/opensslhandles.h"

#include <QHash>

#include <openssl/err.h>
#include <openssl/objects.h>

namespace confab::tls {

namespace {

QByteArray computeTlsServerEndPointHash(const QByteArray &der)
{
    const detail::X509Ptr x509 = detail::x509FromDer(der);
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (!x509 || !OBJ_find_sigid_algs(X509_get_signature_nid(x509.get()), &digestNid, &keyNid) ||
        digestNid == NID_undef) {
        // No single hash named by the signature algorithm (EdDSA, RSA-PSS): RFC 5929 leaves the
        // binding undefined, so we offer none rather than guess one a client would not match.
        ERR_clear_error();
        return {};
    }
    if (digestNid == NID_md5 || digestNid == NID_sha1 || digestNid == NID_md5_sha1)
        digestNid = NID_sha256;
    const EVP_MD *md = EVP_get_digestbynid(digestNid);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || !X509_digest(x509.get(), md, out, &length)) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

} // namespace

QByteArray tlsServerEndPointHash(const QSslCertificate &certificate)
{
    // Asked at every login for the same few certificates, and decoding one with OpenSSL 3 was a
    // quarter of a login's CPU time (docs/performance.md): remember the answer per certificate.
    constexpr qsizetype MaxCached = 64;
    thread_local QHash<QByteArray, QByteArray> cache;
    const QByteArray der = certificate.toDer();
    if (auto it = cache.constFind(der); it != cache.cend())
        return *it;
    if (cache.size() >= MaxCached)
        cache.clear();
    const QByteArray hash = computeTlsServerEndPointHash(der);
    cache.insert(der, hash);
    return hash;
}

} // namespace confab::tls
