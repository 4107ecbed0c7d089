// The in-band registration rate limit: N accounts per address in a sliding hour, IPv6 per /64.
#include "modules/registrationthrottle.h"
#include <QtTest>

using confab::modules::RegistrationThrottle;

class TestRegistrationThrottle : public QObject
{
    Q_OBJECT
    qint64 m_now = 1000;

private slots:
    void init() { m_now = 1000; }

    void limitsPerAddressWithinTheHour()
    {
        RegistrationThrottle t([this] { return m_now; });
        const QString a = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(t.allows(a, 3));
            t.record(a);
            m_now += 1000;
        }
        QVERIFY(!t.allows(a, 3));
        QVERIFY(t.allows(QStringLiteral("192.0.2.2"), 3)); // other addresses are not affected
        QVERIFY(t.allows(a, 4));                           // the limit is read on every call
    }

    void slidingWindowReleasesOldEntries()
    {
        RegistrationThrottle t([this] { return m_now; });
        const QString a = QStringLiteral("192.0.2.1");
        t.record(a);
        m_now += 30 * 60 * 1000;
        t.record(a);
        QVERIFY(!t.allows(a, 2));
        m_now += 30 * 60 * 1000 - 1;
        QVERIFY(!t.allows(a, 2)); // the first is 1 ms short of an hour old
        m_now += 1;
        QVERIFY(t.allows(a, 2)); // the first has left the window, the second has not
        QVERIFY(!t.allows(a, 1));
    }

    void zeroMeansNoLimit()
    {
        RegistrationThrottle t([this] { return m_now; });
        for (int i = 0; i < 50; ++i)
            t.record(QStringLiteral("192.0.2.1"));
        QVERIFY(t.allows(QStringLiteral("192.0.2.1"), 0));
    }

    void ipv6CountsPerSlash64()
    {
        RegistrationThrottle t([this] { return m_now; });
        t.record(QStringLiteral("2001:db8:1:2::1"));
        QVERIFY(!t.allows(QStringLiteral("2001:db8:1:2:ffff::9"), 1)); // same /64
        QVERIFY(t.allows(QStringLiteral("2001:db8:1:3::1"), 1));       // next /64
        QCOMPARE(RegistrationThrottle::bucketOf(QStringLiteral("2001:db8:1:2:aaaa::1")),
                 QStringLiteral("2001:db8:1:2::/64"));
    }

    void ipv4MappedIsTheSameAddress()
    {
        RegistrationThrottle t([this] { return m_now; });
        t.record(QStringLiteral("::ffff:198.51.100.7"));
        QVERIFY(!t.allows(QStringLiteral("198.51.100.7"), 1));
        QCOMPARE(RegistrationThrottle::bucketOf(QStringLiteral("::ffff:198.51.100.7")),
                 QStringLiteral("198.51.100.7"));
    }

    void defaultClockWorks()
    {
        RegistrationThrottle t;
        t.record(QStringLiteral("192.0.2.9"));
        QVERIFY(!t.allows(QStringLiteral("192.0.2.9"), 1));
        QVERIFY(t.allows(QStringLiteral("192.0.2.9"), 2));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationThrottle)
#include "tst_registrationthrottle.moc"
