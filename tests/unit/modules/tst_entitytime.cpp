// XEP-0202 Entity Time: tzo and utc in the XEP-0082 profiles.
#include "modules/entitytime.h"
#include "servicesharness.h"
#include <QTimeZone>

using namespace confab;
using namespace confab::test;
using xml::Element;

class TestEntityTime : public QObject
{
    Q_OBJECT
private slots:
    void xepExample() // §3 example 2: 17:58:35 UTC at -06:00
    {
        const QDateTime local(QDate(2006, 12, 19), QTime(11, 58, 35), Qt::OffsetFromUTC, -6 * 3600);
        const Element time = modules::entityTime(local);
        QCOMPARE(time.ns(), QStringLiteral("urn:xmpp:time"));
        QCOMPARE(time.childText(u"tzo"), QStringLiteral("-06:00"));
        QCOMPARE(time.childText(u"utc"), QStringLiteral("2006-12-19T17:58:35.000Z"));
    }

    void positiveAndHalfHourOffsets()
    {
        const QDateTime india(QDate(2024, 1, 2), QTime(5, 30, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800);
        QCOMPARE(modules::entityTime(india).childText(u"tzo"), QStringLiteral("+05:30"));
        QCOMPARE(modules::entityTime(india).childText(u"utc"), QStringLiteral("2024-01-02T00:00:00.000Z"));
        const QDateTime utc(QDate(2024, 1, 2), QTime(0, 0, 0), Qt::UTC);
        QCOMPARE(modules::entityTime(utc).childText(u"tzo"), QStringLiteral("+00:00"));
    }

    void serverAnswers() // §3 examples 1/2
    {
        ServicesHarness h;
        h.start<modules::EntityTime>();
        FakeSession &alice = h.connect(QStringLiteral("alice@example.com/desk"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Element reply = h.ask(
            alice,
            QStringLiteral("<iq type='get' to='example.com' id='time_1'><time xmlns='urn:xmpp:time'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *time = reply.firstChild(u"time", u"urn:xmpp:time");
        QVERIFY(time);
        const QDateTime utc = QDateTime::fromString(time->childText(u"utc"), Qt::ISODateWithMs);
        QVERIFY(utc.isValid());
        QVERIFY(utc >= before && utc <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(QRegularExpression(QStringLiteral("^[+-]\\d\\d:\\d\\d$"))
                    .match(time->childText(u"tzo"))
                    .hasMatch());
        QVERIFY(h.registry.serverFeatures().contains(QStringLiteral("urn:xmpp:time")));
    }
};

QTEST_GUILESS_MAIN(TestEntityTime)
#include "tst_entitytime.moc"
