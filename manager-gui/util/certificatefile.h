#pragma once
// Reads a certificate the admin wants to import: a PEM chain with a PEM key (two files, or one file
// holding both) or a PKCS#12 (.pfx/.p12) bundle with its passphrase. What confabd gets is always
// PEM: the chain (leaf first) and the unencrypted key.
#include "shared/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace confab::manager {

struct CertificateBundle
{
    QByteArray chainPem;
    QByteArray keyPem;
    QString subject;
    QDateTime notAfter;
};

bool isPkcs12Path(const QString &path);
// keyPath may be empty for a PFX, or for a PEM file that also holds the key.
Result<CertificateBundle> loadCertificate(const QString &certificatePath, const QString &keyPath,
                                          const QString &passphrase);

} // namespace confab::manager
