#include "s2s/resolver.h"

#include <QDnsLookup>
#include <QDnsServiceRecord>
#include <QHostInfo>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace confab::s2s {

namespace {

// RFC 2782: a target of "." (the root; Qt hands it over as "" or ".") = service not offered.
bool isNoServiceTarget(const QString &target)
{
    return target.isEmpty() || target == QLatin1String(".");
}

QString withoutRootDot(QString host)
{
    if (host.endsWith(u'.') && host.size() > 1)
        host.chop(1);
    return host;
}

// One resolve() in flight: two SRV answers to collect before ordering.
struct SrvMerge
{
    int pending = 2;
    bool sawNoService = false;
    QList<SrvRecord> records;
    std::function<void(QList<Target>)> done;
};

} // namespace

Resolver::Resolver(QObject *parent) : QObject(parent), m_random(QRandomGenerator::securelySeeded())
{
    m_lookup = [this](const QString &name, SrvAnswer answer) { dnsSrvLookup(name, std::move(answer)); };
    m_addressLookup = [this](const QString &host, AddressAnswer answer) {
        dnsAddressLookup(host, std::move(answer));
    };
}

void Resolver::setNameserver(const QHostAddress &ns)
{
    m_nameserver = ns;
}

void Resolver::resolve(const QString &domain, std::function<void(QList<Target>)> done)
{
    auto merge = std::make_shared<SrvMerge>();
    merge->done = std::move(done);
    QPointer<Resolver> self(this);
    const auto collect = [self, merge, domain](bool directTls) {
        return [self, merge, domain, directTls](QList<SrvRecord> records, bool /*nxdomain*/) {
            for (SrvRecord &r : records) {
                r.directTls = directTls;
                if (isNoServiceTarget(r.target))
                    merge->sawNoService = true;
                else
                    merge->records.append(r);
            }
            if (--merge->pending > 0 || !self)
                return;
            QList<Target> targets;
            if (!merge->records.isEmpty())
                targets = self->order(merge->records);
            else if (!merge->sawNoService) // RFC 6120 §3.2.2: no SRV at all → the domain itself
                targets.append(Target{domain, 5269, false});
            merge->done(targets);
        };
    };
    m_lookup(QLatin1String(DirectTlsService) + domain, collect(true));
    m_lookup(QLatin1String(StartTlsService) + domain, collect(false));
}

QList<Target> Resolver::order(QList<SrvRecord> records)
{
    // XEP-0368: both services are one RFC 2782 set. Stable so equal priorities keep their order
    // for the weight-0 rule below.
    std::stable_sort(records.begin(), records.end(),
                     [](const SrvRecord &a, const SrvRecord &b) { return a.priority < b.priority; });
    QList<Target> out;
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = start;
        while (end < records.size() && records[end].priority == records[start].priority)
            ++end;
        QList<SrvRecord> group = records.mid(start, end - start);
        // RFC 2782: weight-0 records first, then pick by running sum ≥ uniform random in [0, sum].
        std::stable_partition(group.begin(), group.end(), [](const SrvRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 sum = 0;
            for (const SrvRecord &r : group)
                sum += r.weight;
            const quint32 pick = sum == 0 ? 0 : quint32(m_random.bounded(quint64(sum) + 1));
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group[i].weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            const SrvRecord &r = group[chosen];
            out.append(Target{withoutRootDot(r.target), r.port, r.directTls});
            group.removeAt(chosen);
        }
        start = end;
    }
    return out;
}

void Resolver::dnsSrvLookup(const QString &name, SrvAnswer answer)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    connect(lookup, &QDnsLookup::finished, this, [lookup, answer = std::move(answer)] {
        lookup->deleteLater();
        // Any failure (NXDOMAIN, no data, timeout, SERVFAIL) means "no SRV records" to the caller:
        // RFC 6120 §3.2.1 falls back to the domain itself when the SRV lookup fails.
        const bool failed = lookup->error() != QDnsLookup::NoError;
        QList<SrvRecord> records;
        for (const QDnsServiceRecord &r : lookup->serviceRecords())
            records.append(SrvRecord{r.target(), r.port(), r.priority(), r.weight(), false});
        answer(failed ? QList<SrvRecord>() : records, failed);
    });
    lookup->lookup();
}

void Resolver::resolveAddresses(const QString &host, AddressAnswer done)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        done({literal});
        return;
    }
    QPointer<Resolver> self(this);
    m_addressLookup(host, [self, done = std::move(done)](QList<QHostAddress> addresses) {
        if (self)
            done(addresses);
    });
}

void Resolver::dnsAddressLookup(const QString &host, AddressAnswer answer)
{
    if (m_nameserver.isNull()) {
        QHostInfo::lookupHost(host, this, [answer = std::move(answer)](const QHostInfo &info) {
            answer(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
        });
        return;
    }
    struct Pending
    {
        int left = 2;
        QList<QHostAddress> v6, v4;
        AddressAnswer answer;
    };
    auto pending = std::make_shared<Pending>();
    pending->answer = std::move(answer);
    for (const QDnsLookup::Type type : {QDnsLookup::AAAA, QDnsLookup::A}) {
        auto *lookup = new QDnsLookup(type, host, m_nameserver, this);
        connect(lookup, &QDnsLookup::finished, this, [lookup, pending, type] {
            lookup->deleteLater();
            for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords())
                (type == QDnsLookup::AAAA ? pending->v6 : pending->v4).append(r.value());
            if (--pending->left == 0)
                pending->answer(pending->v6 + pending->v4); // RFC 6724's default: IPv6 first
        });
        lookup->lookup();
    }
}

} // namespace confab::s2s
