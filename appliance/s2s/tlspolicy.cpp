#include "s2s/tlspolicy.h"

#include "s2s/routingrules.h"

#include <QSslConfiguration>

namespace confab::s2s {

namespace {

// The system set does not change while we run; reading it parses a few hundred PEM files.
const QList<QSslCertificate> &systemCas()
{
    static const QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    return cas;
}

} // namespace

void TlsPolicy::setRequiredPatterns(const QStringList &p)
{
    m_required = p;
}

bool TlsPolicy::requiresTls(const QString &domain) const
{
    for (const QString &pattern : m_required) {
        if (patternMatches(pattern, domain))
            return true;
    }
    return false;
}

void TlsPolicy::setTrustedCas(const QList<QSslCertificate> &adminAdded)
{
    m_adminCas.clear();
    for (const QSslCertificate &c : adminAdded) {
        if (!c.isNull() && !m_adminCas.contains(c))
            m_adminCas.append(c);
    }
}

void TlsPolicy::setTrustedCaPems(const QList<QByteArray> &pems)
{
    QList<QSslCertificate> certs;
    for (const QByteArray &pem : pems)
        certs += QSslCertificate::fromData(pem, QSsl::Pem);
    setTrustedCas(certs);
}

QList<QSslCertificate> TlsPolicy::trustStore() const
{
    if (!m_useSystemCas)
        return m_adminCas;
    QList<QSslCertificate> all = systemCas();
    for (const QSslCertificate &c : m_adminCas) {
        if (!all.contains(c))
            all.append(c);
    }
    return all;
}

} // namespace confab::s2s
