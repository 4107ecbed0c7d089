#include "c2s/auththrottle.h"
#include <QtTest>

using confab::c2s::AuthThrottle;

class TestAuthThrottle : public QObject
{
    Q_OBJECT
private slots:
    void delayDoublesPerFailure()
    {
        AuthThrottle t;
        t.setBaseDelayMs(100);
        QCOMPARE(t.recordFailure(QStringLiteral("10.0.0.1"), QStringLiteral("a@x")), 100);
        QCOMPARE(t.recordFailure(QStringLiteral("10.0.0.1"), QStringLiteral("a@x")), 200);
        QCOMPARE(t.recordFailure(QStringLiteral("10.0.0.1"), QStringLiteral("a@x")), 400);
        QCOMPARE(t.failures(QStringLiteral("10.0.0.1")), 3);
    }
    void capped()
    {
        AuthThrottle t;
        t.setBaseDelayMs(1000);
        int d = 0;
        for (int i = 0; i < 40; ++i)
            d = t.recordFailure(QStringLiteral("10.0.0.2"), {});
        QCOMPARE(d, 30000);
    }
    void otherAddressesAreNotLockedOutByAnAttacker()
    {
        AuthThrottle t;
        t.setBaseDelayMs(100);
        for (int i = 0; i < 6; ++i)
            t.recordFailure(QStringLiteral("10.6.6.6"), QStringLiteral("victim@x"));
        // The real user from elsewhere waits less than the attacker does (account counter grows at half speed).
        const int real = t.recordFailure(QStringLiteral("192.0.2.1"), QStringLiteral("victim@x"));
        const int attacker = t.recordFailure(QStringLiteral("10.6.6.6"), QStringLiteral("victim@x"));
        QVERIFY(real < attacker);
    }
    void successClearsTheAddress()
    {
        AuthThrottle t;
        t.setBaseDelayMs(100);
        t.recordFailure(QStringLiteral("10.0.0.3"), {});
        t.recordSuccess(QStringLiteral("10.0.0.3"));
        QCOMPARE(t.failures(QStringLiteral("10.0.0.3")), 0);
        QCOMPARE(t.recordFailure(QStringLiteral("10.0.0.3"), {}), 100);
    }
    // One host controls a whole IPv6 /64: rotating through it must not reset the slow-down.
    void ipv6CountsPerSlash64()
    {
        AuthThrottle t;
        t.setBaseDelayMs(100);
        QCOMPARE(t.recordFailure(QStringLiteral("2001:db8:1:2::1"), {}), 100);
        QCOMPARE(t.recordFailure(QStringLiteral("2001:db8:1:2:ffff:ffff:ffff:fffe"), {}), 200);
        QCOMPARE(t.recordFailure(QStringLiteral("2001:db8:1:2:abcd::7"), {}), 400);
        QCOMPARE(t.failures(QStringLiteral("2001:db8:1:2::99")), 3);
        // The neighbouring /64 is someone else.
        QCOMPARE(t.failures(QStringLiteral("2001:db8:1:3::1")), 0);
        QCOMPARE(t.recordFailure(QStringLiteral("2001:db8:1:3::1"), {}), 100);
    }
    void ipv4CountsPerAddressAndMappedIsTheSame()
    {
        AuthThrottle t;
        t.setBaseDelayMs(100);
        QCOMPARE(t.recordFailure(QStringLiteral("198.51.100.7"), {}), 100);
        QCOMPARE(t.recordFailure(QStringLiteral("::ffff:198.51.100.7"), {}), 200);
        QCOMPARE(t.failures(QStringLiteral("198.51.100.7")), 2);
        QCOMPARE(t.failures(QStringLiteral("198.51.100.8")), 0); // IPv4 neighbours are not grouped
        t.recordSuccess(QStringLiteral("::ffff:198.51.100.7"));
        QCOMPARE(t.failures(QStringLiteral("198.51.100.7")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"
