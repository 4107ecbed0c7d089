#pragma once
// Peer certificate checks for server-to-server streams, done with OpenSSL directly rather than by
// QSslSocket: as the TLS server, QSslSocket would demand the clientAuth purpose of the dialing
// peer's certificate, and certificates with only serverAuth (Let's Encrypt's default since
// February 2026) must be accepted in both directions for XMPP servers.
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace confab::s2s {

struct PeerCheck
{
    bool chainValid = false;
    bool namesDomain = false;
    QString detail; // why not, in English, for the log; empty when both hold
};

// Verifies `chain` (leaf first, then any intermediates the peer sent) against `trustStore` and the
// current time, for the purpose of an XMPP server: the leaf's extendedKeyUsage, if present, must
// contain serverAuth, clientAuth or anyExtendedKeyUsage; either direction accepts either. And
// whether the leaf names `domain` (RFC 6125 / RFC 6120 §13.7.1.2): SAN dNSName (exact, or `*` as
// the whole left-most label), SAN otherName id-on-xmppAddr; the subject CN only when the
// certificate has no dNSName and no xmppAddr at all. Comparison is case-insensitive, IDNs in either
// form (dNSName as A-labels, xmppAddr as UTF-8).
PeerCheck checkPeerCertificate(const QList<QSslCertificate> &chain, const QString &domain,
                               const QList<QSslCertificate> &trustStore);

// Only the name part, for callers that check the relay name as well as the domain.
bool certificateNamesDomain(const QSslCertificate &leaf, const QString &domain);

// RFC 6125 §6.4.3 as profiled here: `*` only as the complete left-most label, matching exactly one
// label; both sides already in A-label form.
bool dnsNameMatches(QStringView presented, QStringView reference);

} // namespace confab::s2s
