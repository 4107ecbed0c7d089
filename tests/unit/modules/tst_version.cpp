// XEP-0092: the server's name, version and OS, and version.hide_os.
#include "modules/version.h"
#include "servicesharness.h"
#include <QSysInfo>

using namespace confab;
using namespace confab::test;
using xml::Element;

class TestVersion : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;
    const QString request = QStringLiteral(
        "<iq type='get' to='example.com' id='version_1'><query xmlns='jabber:iq:version'/></iq>");

private slots:
    void initTestCase()
    {
        h.start<modules::Version>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
    }

    void answersNameVersionOs() // §2 example 2
    {
        const Element reply = h.ask(*alice, request);
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("version_1"));
        const Element *query = reply.firstChild(u"query", u"jabber:iq:version");
        QVERIFY(query);
        QCOMPARE(query->childText(u"name"), QStringLiteral("Confab"));
        QCOMPARE(query->childText(u"version"), QStringLiteral("1.2.3"));
        QCOMPARE(query->childText(u"os"), QSysInfo::prettyProductName());
        QVERIFY(h.registry.serverFeatures().contains(QStringLiteral("jabber:iq:version")));
    }

    void hideOs() // §3: the OS is optional, and an admin may not want to tell it
    {
        h.setGlobal(QStringLiteral("version.hide_os"), true);
        const Element reply = h.ask(*alice, request);
        const Element *query = reply.firstChild(u"query", u"jabber:iq:version");
        QVERIFY(query);
        QVERIFY(!query->firstChild(u"os"));
        QCOMPARE(query->childText(u"name"), QStringLiteral("Confab"));
        h.setGlobal(QStringLiteral("version.hide_os"), false);
        QVERIFY(h.ask(*alice, request).firstChild(u"query")->firstChild(u"os"));
    }

    void setIsNotAllowed()
    {
        const Element reply = h.ask(
            *alice, QStringLiteral(
                        "<iq type='set' to='example.com' id='v2'><query xmlns='jabber:iq:version'/></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("service-unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
