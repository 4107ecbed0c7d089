#pragma once
// The server's certificates, one chain + key per domain, and the TLS configuration a listener
// uses for a requested name (SNI or the stream's 'to' domain).
#include "shared/error.h"
#include "tls/channelbinding.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::tls {

struct CertificatePaths
{
    QString certificate; // PEM chain, leaf first
    QString privateKey;  // PEM
};

// What the dashboard shows about one loaded certificate.
struct CertificateInfo
{
    QString domain;
    QStringList names; // subjectAltName DNS names (or the CN when there are none)
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;
    QString certificatePath; // empty when added from memory
};

class CertificateStore
{
public:
    // Loads a PEM chain (leaf first) and its unencrypted PEM key; replaces the domain's previous one.
    Status load(const QString &domain, const CertificatePaths &paths);
    Status add(const QString &domain, const QByteArray &chainPem, const QByteArray &keyPem,
               const QString &certificatePath = {});
    void remove(const QString &domain);
    // The certificate used when no name matches; without one, the first loaded.
    void setDefaultDomain(const QString &domain);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Exact name (a domain or any of its certificate's names) → wildcard "*.parent" → default.
    // Empty when nothing is loaded.
    QList<QSslCertificate> chainFor(const QString &name) const;
    std::optional<QSslConfiguration> configurationFor(const QString &name) const;
    QList<CertificateInfo> certificates() const;

    // TLS 1.2 or newer, our chain and key, client certificates requested but optional (s2s SASL
    // EXTERNAL reads them; c2s ignores them).
    static QSslConfiguration serverConfiguration(const QList<QSslCertificate> &chain, const QSslKey &key);

    // <dataDir>/certs/<domain>.pem and .key, generated (self-signed, for the domain and
    // *.domain so its components are covered) when either is missing.
    static Result<CertificatePaths> ensureCertificate(const QString &dataDir, const QString &domain);

private:
    struct Entry
    {
        QString domain;
        QStringList names; // lower case
        QList<QSslCertificate> chain;
        QSslKey key;
        QString certificatePath;
        // Built once: every STARTTLS used to build (and its connection keep) a detached copy,
        // ~0.6 KiB per TLS session; copies of this one share its data.
        QSslConfiguration server;
    };
    const Entry *find(const QString &name) const;
    qsizetype indexOf(const QString &domain) const;

    QList<Entry> m_entries;
    QString m_defaultDomain;
};

} // namespace confab::tls
