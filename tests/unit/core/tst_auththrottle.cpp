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
};

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"
