#include "tls/channelbinding.h"

#include "tls/opensslhandles.h"

#include <openssl/err.h>
#include <openssl/objects.h>

namespace confab::tls {

QByteArray tlsServerEndPointHash(const QSslCertificate &certificate)
{
    const detail::X509Ptr x509 = detail::x509FromDer(certificate.toDer());
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

} // namespace confab::tls
