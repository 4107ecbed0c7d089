// The resolver end to end through Qt's real QDnsLookup path against a dnsmasq this test starts on
// a spare loopback address. Qt 6.4's QDnsLookup::setNameserver has no port, so dnsmasq must listen
// on port 53 (of 127.0.0.x, not 127.0.0.1: nothing else is disturbed, /etc/resolv.conf untouched).
#include "s2s/resolver.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

using namespace confab;
using s2s::Target;

namespace {

const QString Dnsmasq = QStringLiteral("/usr/sbin/dnsmasq");

QStringList zoneArgs()
{
    return {
        // Everything under .test is answered here; unknown names are NXDOMAIN.
        "--local=/test/",
        "--srv-host=_xmpp-server._tcp.example.test,xmpp.example.test,5269,10,5",
        "--srv-host=_xmpp-server._tcp.example.test,backup.example.test,5270,20,0",
        "--srv-host=_xmpps-server._tcp.example.test,tls.example.test,5223,5,0",
        "--host-record=xmpp.example.test,127.0.0.78,fd00::78",
        "--host-record=nosrv.test,127.0.0.79",
        "--srv-host=_xmpp-server._tcp.dot.test", // no target: "." = service not offered
        "--srv-host=_xmpps-server._tcp.dotdirect.test",
        "--srv-host=_xmpp-server._tcp.dotdirect.test,s2s.dotdirect.test,5269,0,0",
    };
}

QList<Target> resolve(s2s::Resolver &resolver, const QString &domain)
{
    std::optional<QList<Target>> result;
    resolver.resolve(domain, [&](QList<Target> t) { result = t; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(QList<Target>{Target{QStringLiteral("<timeout>"), 0, false}});
}

QList<QHostAddress> addresses(s2s::Resolver &resolver, const QString &host)
{
    std::optional<QList<QHostAddress>> result;
    resolver.resolveAddresses(host, [&](QList<QHostAddress> a) { result = a; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(QList<QHostAddress>{});
}

} // namespace

class TestResolverDnsmasq : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void srvRecordsBothServices();
    void fallbackToTheDomain();
    void dotTarget();
    void dotForDirectTlsOnly();
    void addressesThroughTheSameServer();

private:
    bool startOn(const QHostAddress &address, QString *log);
    QProcess m_dnsmasq;
    QHostAddress m_address;
};

bool TestResolverDnsmasq::startOn(const QHostAddress &address, QString *log)
{
    {
        // Cheap pre-check: someone (another test's dnsmasq) already has this address's port 53.
        QUdpSocket probe;
        if (!probe.bind(address, 53, QAbstractSocket::DontShareAddress))
            return false;
    }
    QStringList args{"--keep-in-foreground",
                     "--conf-file=/dev/null",
                     "--pid-file=",
                     "--no-resolv",
                     "--no-hosts",
                     "--bind-interfaces",
                     "--listen-address=" + address.toString(),
                     "--port=53",
                     "--log-facility=-",
                     "--log-queries",
                     "--user=" + qEnvironmentVariable("USER", "root")};
    if (qEnvironmentVariable("USER", "root") == QLatin1String("root"))
        args.removeLast(); // dnsmasq as root drops to "nobody" by itself; fine for a test
    args << zoneArgs();
    m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    m_dnsmasq.start(Dnsmasq, args);
    if (!m_dnsmasq.waitForStarted(5000))
        return false;
    // "started" is logged once the listening sockets exist.
    QString out;
    QDeadlineTimer deadline(5000);
    while (!out.contains(QLatin1String("started, version")) && m_dnsmasq.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        m_dnsmasq.waitForReadyRead(200);
        out += QString::fromLocal8Bit(m_dnsmasq.readAll());
    }
    *log += out;
    if (m_dnsmasq.state() == QProcess::Running && out.contains(QLatin1String("started, version")))
        return true;
    m_dnsmasq.kill();
    m_dnsmasq.waitForFinished(2000);
    return false;
}

void TestResolverDnsmasq::initTestCase()
{
    // Fails loudly instead of skipping: the package is in scripts/confab's test_pkgs.
    QVERIFY2(QFileInfo(Dnsmasq).isExecutable(), "dnsmasq not found: apt-get install dnsmasq-base");
    QString log;
    for (int last = 77; last < 100 && m_address.isNull(); ++last) {
        const QHostAddress candidate(QStringLiteral("127.0.0.%1").arg(last));
        if (startOn(candidate, &log))
            m_address = candidate;
    }
    QVERIFY2(!m_address.isNull(),
             qPrintable("could not start dnsmasq on 127.0.0.77-99:53 (needs the right to "
                        "bind port 53):\n" +
                        log));
}

void TestResolverDnsmasq::cleanupTestCase()
{
    if (m_dnsmasq.state() != QProcess::NotRunning) {
        m_dnsmasq.terminate();
        if (!m_dnsmasq.waitForFinished(3000))
            m_dnsmasq.kill();
    }
}

void TestResolverDnsmasq::srvRecordsBothServices()
{
    s2s::Resolver resolver;
    resolver.setNameserver(m_address);
    const QList<Target> t = resolve(resolver, "example.test");
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[0].host, QStringLiteral("tls.example.test")); // priority 5, _xmpps-server
    QCOMPARE(t[0].port, quint16(5223));
    QVERIFY(t[0].directTls);
    QCOMPARE(t[1].host, QStringLiteral("xmpp.example.test")); // priority 10
    QCOMPARE(t[1].port, quint16(5269));
    QVERIFY(!t[1].directTls);
    QCOMPARE(t[2].host, QStringLiteral("backup.example.test")); // priority 20
    QCOMPARE(t[2].port, quint16(5270));
}

void TestResolverDnsmasq::fallbackToTheDomain()
{
    s2s::Resolver resolver;
    resolver.setNameserver(m_address);
    const QList<Target> t = resolve(resolver, "nosrv.test");
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].host, QStringLiteral("nosrv.test"));
    QCOMPARE(t[0].port, quint16(5269));
    QVERIFY(!t[0].directTls);
    // A domain that does not exist at all still yields the fallback (the connection then fails).
    QCOMPARE(resolve(resolver, "nowhere.test").size(), 1);
}

void TestResolverDnsmasq::dotTarget()
{
    s2s::Resolver resolver;
    resolver.setNameserver(m_address);
    QVERIFY(resolve(resolver, "dot.test").isEmpty());
}

void TestResolverDnsmasq::dotForDirectTlsOnly()
{
    s2s::Resolver resolver;
    resolver.setNameserver(m_address);
    const QList<Target> t = resolve(resolver, "dotdirect.test");
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].host, QStringLiteral("s2s.dotdirect.test"));
    QVERIFY(!t[0].directTls);
}

void TestResolverDnsmasq::addressesThroughTheSameServer()
{
    s2s::Resolver resolver;
    resolver.setNameserver(m_address);
    // These names exist only in the test's dnsmasq: the answer proves the server was used.
    const QList<QHostAddress> a = addresses(resolver, "xmpp.example.test");
    QCOMPARE(a, (QList<QHostAddress>{QHostAddress("fd00::78"), QHostAddress("127.0.0.78")}));
    QCOMPARE(addresses(resolver, "nosrv.test"), QList<QHostAddress>{QHostAddress("127.0.0.79")});
    QVERIFY(addresses(resolver, "nowhere.test").isEmpty());
}

QTEST_GUILESS_MAIN(TestResolverDnsmasq)
#include "tst_resolver_dnsmasq.moc"
