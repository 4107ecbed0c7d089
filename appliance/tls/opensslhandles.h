#pragma once
// Owning handles for the OpenSSL objects this library touches, and the text of the last error.
// Private to confab_tls (not installed with the public headers' include path on purpose).
#include <QByteArray>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace confab::tls::detail {

struct BioFree
{
    void operator()(BIO *p) const { BIO_free_all(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};

using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// Drains OpenSSL's error queue into one line (the queue must not leak into the next call).
QString lastOpenSslError();
QByteArray bioContents(BIO *bio);
X509Ptr x509FromDer(const QByteArray &der);
X509Ptr x509FromPem(const QByteArray &pem);
PkeyPtr privateKeyFromPem(const QByteArray &pem);

} // namespace confab::tls::detail
