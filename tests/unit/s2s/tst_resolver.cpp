// The s2s resolver with fake DNS answer sets: RFC 2782 ordering, XEP-0368 merge, RFC 6120 §3.2
// fallback and the "." target.
#include "s2s/resolver.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace confab;
using s2s::SrvRecord;
using s2s::Target;

namespace {

// A fake DNS: SRV owner name → records; names not listed are NXDOMAIN.
struct FakeDns
{
    QHash<QString, QList<SrvRecord>> zone;
    QStringList asked;
    bool async = false;

    s2s::Resolver::LookupFn fn()
    {
        return [this](const QString &name, s2s::Resolver::SrvAnswer answer) {
            asked << name;
            const bool exists = zone.contains(name);
            const QList<SrvRecord> records = zone.value(name);
            if (async)
                QTimer::singleShot(0, [answer, records, exists] { answer(records, !exists); });
            else
                answer(records, !exists);
        };
    }
};

SrvRecord srv(const QString &target, quint16 port, quint16 priority, quint16 weight)
{
    return SrvRecord{target, port, priority, weight, false};
}

const QString Xmpps = QStringLiteral("_xmpps-server._tcp.example.org");
const QString Xmpp = QStringLiteral("_xmpp-server._tcp.example.org");

QList<Target> resolveNow(s2s::Resolver &resolver, const QString &domain = QStringLiteral("example.org"))
{
    std::optional<QList<Target>> result;
    resolver.resolve(domain, [&](QList<Target> t) { result = t; });
    if (!result)
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 2000);
    return result.value_or(QList<Target>{Target{QStringLiteral("<no answer>"), 0, false}});
}

QStringList hosts(const QList<Target> &targets)
{
    QStringList out;
    for (const Target &t : targets)
        out << t.host;
    return out;
}

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT
private slots:
    void queriesBothServicesForTheDomain();
    void priorityAscending();
    void weightsDistribution();
    void zeroWeightsAllReturned();
    void seedMakesOrderReproducible();
    void directTlsMerged();
    void directTlsAndStartTlsMixByWeight();
    void fallbackWhenNoSrv();
    void onlyOneServicePresent();
    void dotTargetMeansNotAvailable();
    void dotForDirectTlsOnlyKeepsStartTls();
    void trailingDotStripped();
    void asyncAnswers();
    void destroyedResolverDoesNotCallBack();
    void addresses();
};

void TestResolver::queriesBothServicesForTheDomain()
{
    FakeDns dns;
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    resolveNow(resolver);
    QCOMPARE(QSet<QString>(dns.asked.begin(), dns.asked.end()), (QSet<QString>{Xmpps, Xmpp}));
}

void TestResolver::priorityAscending()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv("c.example.org", 5269, 20, 0), srv("a.example.org", 5270, 5, 0),
                      srv("b.example.org", 5271, 10, 100)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    for (int run = 0; run < 20; ++run) {
        const QList<Target> t = resolveNow(resolver);
        QCOMPARE(hosts(t), (QStringList{"a.example.org", "b.example.org", "c.example.org"}));
        QCOMPARE(t[0].port, quint16(5270));
        QCOMPARE(t[1].port, quint16(5271));
        QVERIFY(!t[0].directTls);
    }
}

// RFC 2782: within a priority, the first choice falls on each record with probability
// weight / sum (weight-0 records only when the random number is 0).
void TestResolver::weightsDistribution()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv("w60", 1, 1, 60), srv("w30", 1, 1, 30), srv("w10", 1, 1, 10), srv("w0", 1, 1, 0),
                      srv("later", 1, 2, 1000)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    resolver.setRandomSeed(12345);
    QHash<QString, int> first;
    const int runs = 20000;
    for (int i = 0; i < runs; ++i) {
        const QList<Target> t = resolveNow(resolver);
        QCOMPARE(t.size(), 5);
        QCOMPARE(t.last().host, QStringLiteral("later")); // a higher priority number never comes first
        ++first[t.first().host];
    }
    const auto share = [&](const char *h) { return double(first.value(QString::fromLatin1(h))) / runs; };
    // Sum of weights 100, random in [0, 100]: w0 wins only on 0 (1/101), w60 on 1..60, …
    QVERIFY2(qAbs(share("w60") - 60.0 / 101) < 0.02, qPrintable(QString::number(share("w60"))));
    QVERIFY2(qAbs(share("w30") - 30.0 / 101) < 0.02, qPrintable(QString::number(share("w30"))));
    QVERIFY2(qAbs(share("w10") - 10.0 / 101) < 0.015, qPrintable(QString::number(share("w10"))));
    QVERIFY2(share("w0") < 0.03, qPrintable(QString::number(share("w0"))));
    QVERIFY(first.value("w0") > 0); // but it is not excluded
}

void TestResolver::zeroWeightsAllReturned()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv("a", 1, 0, 0), srv("b", 2, 0, 0), srv("c", 3, 0, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    const QList<Target> t = resolveNow(resolver);
    QStringList h = hosts(t);
    h.sort();
    QCOMPARE(h, (QStringList{"a", "b", "c"}));
}

void TestResolver::seedMakesOrderReproducible()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv("a", 1, 0, 10), srv("b", 1, 0, 10), srv("c", 1, 0, 10), srv("d", 1, 0, 10)};
    const auto sequence = [&](quint32 seed) {
        s2s::Resolver resolver;
        resolver.setLookupFunction(dns.fn());
        resolver.setRandomSeed(seed);
        QStringList all;
        for (int i = 0; i < 50; ++i)
            all << hosts(resolveNow(resolver)).join(',');
        return all;
    };
    const QStringList one = sequence(7);
    QCOMPARE(sequence(7), one);
    QVERIFY(QSet<QString>(one.begin(), one.end()).size() > 1); // the order does vary
}

void TestResolver::directTlsMerged()
{
    FakeDns dns;
    dns.zone[Xmpps] = {srv("tls.example.org", 5270, 5, 0)};
    dns.zone[Xmpp] = {srv("plain.example.org", 5269, 10, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    const QList<Target> t = resolveNow(resolver);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].host, QStringLiteral("tls.example.org"));
    QCOMPARE(t[0].port, quint16(5270));
    QVERIFY(t[0].directTls);
    QCOMPARE(t[1].host, QStringLiteral("plain.example.org"));
    QVERIFY(!t[1].directTls);

    // The admin prefers STARTTLS by priority: the order follows the records, not the service.
    dns.zone[Xmpps] = {srv("tls.example.org", 5270, 20, 0)};
    const QList<Target> u = resolveNow(resolver);
    QCOMPARE(u[0].host, QStringLiteral("plain.example.org"));
    QVERIFY(u[1].directTls);
}

// XEP-0368 §3: both services' priorities and weights are mixed as one set.
void TestResolver::directTlsAndStartTlsMixByWeight()
{
    FakeDns dns;
    dns.zone[Xmpps] = {srv("tls.example.org", 443, 0, 75)};
    dns.zone[Xmpp] = {srv("plain.example.org", 5269, 0, 25)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    resolver.setRandomSeed(99);
    int directFirst = 0;
    const int runs = 4000;
    for (int i = 0; i < runs; ++i) {
        const QList<Target> t = resolveNow(resolver);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].directTls, t[0].host == QStringLiteral("tls.example.org"));
        directFirst += t[0].directTls ? 1 : 0;
    }
    QVERIFY2(qAbs(double(directFirst) / runs - 75.0 / 101) < 0.03, qPrintable(QString::number(directFirst)));
}

void TestResolver::fallbackWhenNoSrv()
{
    FakeDns dns;
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    const QList<Target> t = resolveNow(resolver, "nosrv.example");
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].host, QStringLiteral("nosrv.example"));
    QCOMPARE(t[0].port, quint16(5269));
    QVERIFY(!t[0].directTls);

    // A name that exists with no SRV records (NODATA) falls back just the same.
    dns.zone[QStringLiteral("_xmpp-server._tcp.nodata.example")] = {};
    QCOMPARE(hosts(resolveNow(resolver, "nodata.example")), QStringList{"nodata.example"});
}

void TestResolver::onlyOneServicePresent()
{
    FakeDns dns;
    dns.zone[Xmpps] = {srv("tls.example.org", 5223, 0, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    const QList<Target> t = resolveNow(resolver);
    QCOMPARE(t.size(), 1); // no A/AAAA fallback once an SRV record exists
    QVERIFY(t[0].directTls);
}

void TestResolver::dotTargetMeansNotAvailable()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv(".", 0, 0, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    QVERIFY(resolveNow(resolver).isEmpty());
    dns.zone[Xmpp] = {srv("", 0, 0, 0)}; // how the root name may come out of the parser
    QVERIFY(resolveNow(resolver).isEmpty());
    dns.zone[Xmpps] = {srv(".", 0, 0, 0)};
    QVERIFY(resolveNow(resolver).isEmpty());
}

// XEP-0368 §5: "." for xmpps-server = no direct TLS; the xmpp-server records still apply.
void TestResolver::dotForDirectTlsOnlyKeepsStartTls()
{
    FakeDns dns;
    dns.zone[Xmpps] = {srv(".", 0, 0, 0)};
    dns.zone[Xmpp] = {srv("plain.example.org", 5269, 0, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    const QList<Target> t = resolveNow(resolver);
    QCOMPARE(hosts(t), QStringList{"plain.example.org"});
    QVERIFY(!t[0].directTls);
}

void TestResolver::trailingDotStripped()
{
    FakeDns dns;
    dns.zone[Xmpp] = {srv("xmpp.example.org.", 5269, 0, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    QCOMPARE(hosts(resolveNow(resolver)), QStringList{"xmpp.example.org"});
}

void TestResolver::asyncAnswers()
{
    FakeDns dns;
    dns.async = true;
    dns.zone[Xmpps] = {srv("tls.example.org", 5270, 1, 0)};
    dns.zone[Xmpp] = {srv("plain.example.org", 5269, 2, 0)};
    s2s::Resolver resolver;
    resolver.setLookupFunction(dns.fn());
    int calls = 0;
    QList<Target> got;
    resolver.resolve("example.org", [&](QList<Target> t) {
        ++calls;
        got = t;
    });
    QCOMPARE(calls, 0); // nothing answered yet
    QTRY_COMPARE(calls, 1);
    QCOMPARE(hosts(got), (QStringList{"tls.example.org", "plain.example.org"}));
    QTest::qWait(20);
    QCOMPARE(calls, 1); // exactly once
}

void TestResolver::destroyedResolverDoesNotCallBack()
{
    FakeDns dns;
    dns.async = true;
    bool called = false;
    {
        s2s::Resolver resolver;
        resolver.setLookupFunction(dns.fn());
        resolver.resolve("example.org", [&](QList<Target>) { called = true; });
    }
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestResolver::addresses()
{
    s2s::Resolver resolver;
    QStringList asked;
    resolver.setAddressLookupFunction([&](const QString &host, s2s::Resolver::AddressAnswer answer) {
        asked << host;
        answer({QHostAddress("192.0.2.7")});
    });
    QList<QHostAddress> got;
    resolver.resolveAddresses("127.0.0.9", [&](QList<QHostAddress> a) { got = a; });
    QCOMPARE(got, QList<QHostAddress>{QHostAddress("127.0.0.9")});
    QVERIFY(asked.isEmpty()); // literals are not looked up
    resolver.resolveAddresses("xmpp.example.org", [&](QList<QHostAddress> a) { got = a; });
    QCOMPARE(asked, QStringList{"xmpp.example.org"});
    QCOMPARE(got, QList<QHostAddress>{QHostAddress("192.0.2.7")});
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
