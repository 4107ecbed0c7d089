// Per-address limits count an IPv6 /64 as one address (one subscriber gets a whole /64 and can
// rotate through it), IPv4 per address, and IPv4-mapped IPv6 as the IPv4 address it is:
// core::addressBucket and server.max_connections_per_address_per_minute's AddressRateLimiter.
#include "core/addressbucket.h"
#include "server/addressratelimiter.h"
#include <QtTest>

using confab::core::addressBucket;
using confab::server::AddressRateLimiter;

static QHostAddress addr(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}

class TestAddressRateLimiter : public QObject
{
    Q_OBJECT
    qint64 m_now = 0;

private slots:
    void init() { m_now = 1000; }

    void buckets_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("ipv4") << "192.0.2.7"
                              << "192.0.2.7";
        QTest::newRow("ipv4-mapped") << "::ffff:192.0.2.7"
                                     << "192.0.2.7";
        QTest::newRow("ipv6 host") << "2001:db8:1:2:aaaa:bbbb:cccc:dddd"
                                   << "2001:db8:1:2::/64";
        QTest::newRow("ipv6 prefix itself") << "2001:db8:1:2::"
                                            << "2001:db8:1:2::/64";
        QTest::newRow("loopback v6") << "::1"
                                     << "::/64";
        QTest::newRow("not an address") << "nonsense"
                                        << "nonsense";
    }
    void buckets()
    {
        QFETCH(QString, address);
        QFETCH(QString, bucket);
        QCOMPARE(addressBucket(address), bucket);
        if (!QHostAddress(address).isNull())
            QCOMPARE(addressBucket(QHostAddress(address)), bucket);
    }

    void ipv6Slash64SharesOneWindow()
    {
        AddressRateLimiter limiter([this] { return m_now; });
        QVERIFY(limiter.admit(addr("2001:db8:1:2::1"), 3));
        QVERIFY(limiter.admit(addr("2001:db8:1:2::2"), 3));
        QVERIFY(limiter.admit(addr("2001:db8:1:2:ffff:ffff:ffff:ffff"), 3));
        QVERIFY(!limiter.admit(addr("2001:db8:1:2:1234::5"), 3)); // fourth from the same /64
        QVERIFY(limiter.admit(addr("2001:db8:1:3::1"), 3));       // the next /64 is another peer
        QCOMPARE(limiter.bucketCount(), 2);
    }

    void ipv4CountsPerAddressAndMappedIsTheSame()
    {
        AddressRateLimiter limiter([this] { return m_now; });
        QVERIFY(limiter.admit(addr("198.51.100.7"), 2));
        QVERIFY(limiter.admit(addr("::ffff:198.51.100.7"), 2));
        QVERIFY(!limiter.admit(addr("198.51.100.7"), 2));
        QVERIFY(!limiter.admit(addr("::ffff:198.51.100.7"), 2));
        QVERIFY(limiter.admit(addr("198.51.100.8"), 2)); // IPv4 neighbours are separate hosts
    }

    void windowEndsAfterAMinute()
    {
        AddressRateLimiter limiter([this] { return m_now; });
        QVERIFY(limiter.admit(addr("2001:db8::1"), 1));
        QVERIFY(!limiter.admit(addr("2001:db8::2"), 1));
        m_now += AddressRateLimiter::WindowMs - 1;
        QVERIFY(!limiter.admit(addr("2001:db8::3"), 1));
        limiter.prune();
        QCOMPARE(limiter.bucketCount(), 1); // still inside its minute
        m_now += 1;
        limiter.prune();
        QCOMPARE(limiter.bucketCount(), 0); // pruned: the table holds only the last minute
        QVERIFY(limiter.admit(addr("2001:db8::4"), 1));
    }

    void zeroMeansNoLimit()
    {
        AddressRateLimiter limiter([this] { return m_now; });
        for (int i = 0; i < 100; ++i)
            QVERIFY(limiter.admit(addr("192.0.2.1"), 0));
        QCOMPARE(limiter.bucketCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAddressRateLimiter)
#include "tst_addressratelimiter.moc"
