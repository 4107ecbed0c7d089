#pragma once
// DNS resolution of a remote XMPP server (RFC 6120 §3.2, XEP-0368) with QDnsLookup, so that the
// admin's DNS server (setting dns.server) is used instead of the system resolver when set.
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace confab::s2s {

// One SRV answer record as the resolver needs it (QDnsServiceRecord cannot be built by tests).
struct SrvRecord
{
    QString target; // "" or "." = service decidedly not available (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    bool directTls = false; // set by the resolver from the service name
};

struct Target
{
    QString host;
    quint16 port = 5269;
    bool directTls = false; // from _xmpps-server._tcp: TLS right after connect, no STARTTLS
};

class Resolver : public QObject
{
    Q_OBJECT
public:
    // One SRV query: `name` is the full owner name ("_xmpp-server._tcp.example.org"). `answer` gets
    // the records (possibly none) and whether the name does not exist / the query failed; it is
    // called exactly once, possibly later from the event loop.
    using SrvAnswer = std::function<void(QList<SrvRecord> records, bool nxdomain)>;
    using LookupFn = std::function<void(const QString &name, SrvAnswer answer)>;
    // Address query for a host name (A and AAAA); `answer` gets whatever was found.
    using AddressAnswer = std::function<void(QList<QHostAddress> addresses)>;
    using AddressLookupFn = std::function<void(const QString &host, AddressAnswer answer)>;

    explicit Resolver(QObject *parent = nullptr);

    // The DNS server to ask; a null address means the system's configuration. Qt 6.4's QDnsLookup
    // cannot take a port: the server must listen on port 53.
    void setNameserver(const QHostAddress &ns);
    QHostAddress nameserver() const { return m_nameserver; }

    // Looks up _xmpps-server._tcp (directTls) and _xmpp-server._tcp in parallel and merges them as
    // one RFC 2782 set (priority ascending, weighted random within a priority; XEP-0368 §3). If
    // neither name has records: {domain, 5269}. A "." target means the service is decidedly not
    // offered: with no other records the list is empty and there is no A/AAAA fallback.
    // `domain` must be the A-label form. `done` is not called if the Resolver is destroyed first.
    void resolve(const QString &domain, std::function<void(QList<Target>)> done);

    // A and AAAA of a target host through the same DNS server (QTcpSocket would ask the system
    // resolver). An IP literal is answered at once; with no nameserver set, QHostInfo is used (so
    // /etc/hosts applies as everywhere else).
    void resolveAddresses(const QString &host, AddressAnswer done);

    // Test seams: fake answer sets instead of DNS, and a fixed seed for the weighted choice.
    void setLookupFunction(LookupFn fn) { m_lookup = std::move(fn); }
    void setAddressLookupFunction(AddressLookupFn fn) { m_addressLookup = std::move(fn); }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // RFC 2782 ordering of already-merged records (exposed for tests). Targets of "." must have
    // been removed.
    QList<Target> order(QList<SrvRecord> records);

    static constexpr const char *DirectTlsService = "_xmpps-server._tcp.";
    static constexpr const char *StartTlsService = "_xmpp-server._tcp.";

private:
    void dnsSrvLookup(const QString &name, SrvAnswer answer);
    void dnsAddressLookup(const QString &host, AddressAnswer answer);

    QHostAddress m_nameserver;
    LookupFn m_lookup;
    AddressLookupFn m_addressLookup;
    QRandomGenerator m_random;
};

} // namespace confab::s2s
