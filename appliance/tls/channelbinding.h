#pragma once
// tls-server-end-point channel binding data (RFC 5929 §4.1) for SCRAM-*-PLUS.
#include <QByteArray>
#include <QSslCertificate>

namespace confab::tls {

// The certificate's DER hashed with its signature's hash algorithm (MD5 and SHA-1 replaced by
// SHA-256). Empty when the certificate cannot be parsed or defines no such hash.
QByteArray tlsServerEndPointHash(const QSslCertificate &certificate);

} // namespace confab::tls
