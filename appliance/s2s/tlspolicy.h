#pragma once
// The TLS policy for server-to-server traffic: the seed's "send encrypted" domain patterns (TLS and
// a valid peer certificate required) and the set of CAs a peer certificate must chain to.
#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace confab::s2s {

class TlsPolicy
{
public:
    // Patterns as in the routing rules ('*' = any run of characters); typically
    // storage::TlsPolicyStore::requiredPatterns().
    void setRequiredPatterns(const QStringList &p);
    bool requiresTls(const QString &domain) const;
    const QStringList &requiredPatterns() const { return m_required; }

    // CAs the admin added (TlsPolicyStore::trustedCas(), `confabctl trust add`); null certificates
    // are dropped.
    void setTrustedCas(const QList<QSslCertificate> &adminAdded);
    // Convenience for the store's PEM rows: every certificate in every PEM blob.
    void setTrustedCaPems(const QList<QByteArray> &pems);
    const QList<QSslCertificate> &adminCas() const { return m_adminCas; }

    // The operating system's CAs (QSslConfiguration::systemCaCertificates(), read once and cached)
    // plus the admin-added ones.
    QList<QSslCertificate> trustStore() const;
    // Tests (and appliances that must not trust the public web PKI) can leave the system set out.
    void setUseSystemCas(bool use) { m_useSystemCas = use; }

private:
    QStringList m_required;
    QList<QSslCertificate> m_adminCas;
    bool m_useSystemCas = true;
};

} // namespace confab::s2s
