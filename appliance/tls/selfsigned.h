#pragma once
// Self-signed server certificates for a fresh install (setup wizard, ensureCertificate): the
// server can offer TLS from the first start; the admin imports a CA-issued one later.
#include "shared/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace confab::tls {

enum class KeyType { EcdsaP256, Rsa2048 };

struct GeneratedCert
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // PKCS#8, unencrypted
};

// X.509 v3, SHA-256 signed, subjectAltName = dnsNames (IDNs as A-labels, "*.x" wildcards kept),
// CA:FALSE, serverAuth + clientAuth (clientAuth: the same certificate authenticates us to peers
// in s2s), random 128-bit serial, valid from a few minutes ago for `days` days.
Result<GeneratedCert> generateSelfSigned(const QStringList &dnsNames, int days = 825,
                                         KeyType keyType = KeyType::EcdsaP256);

// Writes <dir>/<baseName>.pem and <dir>/<baseName>.key (the key readable by the owner only),
// creating dir when needed.
Status writePemFiles(const QString &dir, const QString &baseName, const GeneratedCert &cert);

} // namespace confab::tls
