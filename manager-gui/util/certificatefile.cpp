#include "util/certificatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace confab::manager {

namespace {
Error problem(const char *code, const QString &text)
{
    return Error{QString::fromLatin1(code), text, {}};
}
// Messages of this file, translated in the context confab::manager::CertificateFile.
struct CertificateFile
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFile)
};
} // namespace

bool isPkcs12Path(const QString &path)
{
    return path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive);
}

Result<CertificateBundle> loadCertificate(const QString &certificatePath, const QString &keyPath, const QString &passphrase)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return problem("file.unreadable", CertificateFile::tr("Cannot read %1.").arg(certificatePath));
    const QByteArray certData = certFile.readAll();
    CertificateBundle out;
    QList<QSslCertificate> chain;
    QSslKey key;
    if (isPkcs12Path(certificatePath)) {
        certFile.seek(0);
        QSslCertificate leaf;
        QList<QSslCertificate> cas;
        if (!QSslCertificate::importPkcs12(&certFile, &key, &leaf, &cas, passphrase.toUtf8()))
            return problem("cert.pfx_invalid", CertificateFile::tr("The PFX file could not be opened: it is damaged or the passphrase is wrong."));
        chain = QList<QSslCertificate>{leaf} + cas;
    } else {
        chain = QSslCertificate::fromData(certData, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull())
            return problem("cert.invalid", CertificateFile::tr("%1 does not contain a PEM certificate.").arg(certificatePath));
        QByteArray keyData = certData;
        if (!keyPath.isEmpty()) {
            QFile keyFile(keyPath);
            if (!keyFile.open(QIODevice::ReadOnly))
                return problem("file.unreadable", CertificateFile::tr("Cannot read %1.").arg(keyPath));
            keyData = keyFile.readAll();
        }
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return problem("key.invalid", CertificateFile::tr("No private key was found, or its passphrase is wrong."));
    }
    for (const QSslCertificate &c : chain)
        out.chainPem += c.toPem();
    out.keyPem = key.toPem();
    out.subject = chain.first().subjectDisplayName();
    out.notAfter = chain.first().expiryDate();
    if (out.notAfter < QDateTime::currentDateTimeUtc())
        return problem("cert.expired", CertificateFile::tr("The certificate expired on %1.").arg(QLocale().toString(out.notAfter.date())));
    return out;
}

} // namespace confab::manager
