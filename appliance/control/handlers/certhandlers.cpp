// tls.cert.import: replace a hosted domain's certificate chain and key (the manager's certificate
// import and the setup wizard). The files are only replaced once the chain and key have been
// checked to belong together, so a bad import leaves the previous certificate in use.
#include "control/handlers.h"
#include "control/params.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace confab::control {

namespace {

Error certInvalid()
{
    return makeError(QStringLiteral("cert.invalid"),
                     QT_TRANSLATE_NOOP("Errors", "The text is not a PEM-encoded X.509 certificate."));
}

// True when the private key in keyPem belongs to the leaf certificate in certPem.
bool keyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *cert = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    const bool matches = cert && key && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    return matches;
}

Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.setPermissions(permissions) ||
        !file.commit())
        return makeError(QStringLiteral("cert.write_failed"),
                         QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                         {{"path", path}, {"reason", file.errorString()}});
    return ok();
}

Result<QJsonValue> importCertificate(Call &call)
{
    const auto domain = params::hostedDomain(*call.ctx.db, call.params, "domain");
    if (!domain)
        return domain.error();
    const auto certText = params::requiredString(call.params, "certificate");
    if (!certText)
        return certText.error();
    const auto keyText = params::requiredString(call.params, "key");
    if (!keyText)
        return keyText.error();

    const QByteArray certPem = certText->toUtf8();
    const QByteArray keyPem = keyText->toUtf8();
    const auto chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || std::any_of(chain.begin(), chain.end(), [](const auto &c) { return c.isNull(); }))
        return certInvalid();
    if (!keyPem.contains("PRIVATE KEY-----") || !keyMatches(certPem, keyPem))
        return makeError(QStringLiteral("cert.key_mismatch"),
                         QT_TRANSLATE_NOOP("Errors",
                                           "The private key is missing, encrypted or does not belong to the certificate."));

    const QString dir = call.ctx.dataDir + QStringLiteral("/certs");
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("cert.write_failed"), QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                         {{"path", dir}, {"reason", QStringLiteral("mkdir")}});
    QByteArray chainOut;
    for (const QSslCertificate &c : chain)
        chainOut += c.toPem();
    // Key first: a chain without its key is never left behind as the domain's certificate.
    if (const Status st = writeFile(dir + u'/' + *domain + QStringLiteral(".key"), keyPem,
                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !st)
        return st.error();
    if (const Status st = writeFile(dir + u'/' + *domain + QStringLiteral(".pem"), chainOut,
                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        !st)
        return st.error();

    const QSslCertificate &leaf = chain.first();
    logChange(call, "ctrl.cert_imported",
              {{"domain", *domain}, {"subject", leaf.subjectDisplayName()},
               {"expires", leaf.expiryDate().toUTC().toString(Qt::ISODate)}});
    // Reloads the certificate store from the files.
    if (call.ctx.domainsChanged)
        call.ctx.domainsChanged();
    return QJsonValue(QJsonObject{{"domain", *domain},
                                  {"subject", leaf.subjectDisplayName()},
                                  {"issuer", leaf.issuerDisplayName()},
                                  {"notAfter", leaf.expiryDate().toUTC().toString(Qt::ISODate)},
                                  {"chain", int(chain.size())}});
}

} // namespace

void addCertificateMethods(MethodTable &table)
{
    table.add("tls.cert.import", importCertificate);
}

} // namespace confab::control
