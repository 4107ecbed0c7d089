// XEP-0054 vcard-temp (own vCard set/get, others' by bare JID, empty for none, size limit) and the
// XEP-0153 PHOTO round trip.
#include "modules/storedxml.h"
#include "modules/vcard.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

// XEP-0054 §3.2 example 4 (shortened) with an XEP-0153 §3.1 photo.
static const QString Vcard = QStringLiteral(
    "<vCard xmlns='vcard-temp'><FN>Peter Saint-Andre</FN><N><FAMILY>Saint-Andre</FAMILY><GIVEN>Peter</GIVEN>"
    "<MIDDLE/></N><NICKNAME>stpeter</NICKNAME><URL>http://www.xmpp.org/xsf/people/stpeter.shtml</URL>"
    "<ORG><ORGNAME>XMPP Standards Foundation</ORGNAME><ORGUNIT/></ORG><TITLE>Executive Director</TITLE>"
    "<TEL><WORK/><VOICE/><NUMBER>303-308-3282</NUMBER></TEL><EMAIL><INTERNET/><PREF/>"
    "<USERID>stpeter@jabber.org</USERID></EMAIL><JABBERID>stpeter@jabber.org</JABBERID>"
    "<DESC>More information about me is located on my personal website: http://www.saint-andre.com/\n"
    "&amp; &lt;escaped&gt;</DESC><PHOTO><TYPE>image/png</TYPE>"
    "<BINVAL>iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    "</BINVAL>"
    "</PHOTO></vCard>");

class TestVCard : public QObject
{
    Q_OBJECT
    ServicesHarness h;
    FakeSession *alice = nullptr;
    FakeSession *bob = nullptr;

private slots:
    void initTestCase()
    {
        h.start<modules::VCard>();
        alice = &h.connect(QStringLiteral("alice@example.com/desk"));
        bob = &h.connect(QStringLiteral("bob@example.com/pc"));
    }

    void noVcardReadsEmpty() // §3.1: an empty vCard for an account without one
    {
        const Element reply =
            h.ask(*alice, QStringLiteral("<iq type='get' id='v1'><vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *vcard = reply.firstChild(u"vCard", u"vcard-temp");
        QVERIFY(vcard);
        QVERIFY(vcard->children().empty());
    }

    void setOwnAndGetBack() // §3.2 examples 4/5, then §3.1 example 1/2
    {
        Element reply = h.ask(*alice, QStringLiteral("<iq type='set' id='v2'>%1</iq>").arg(Vcard));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QVERIFY(reply.childElements().isEmpty());

        const Element sent = parseXml(Vcard);
        reply = h.ask(*alice, QStringLiteral("<iq type='get' id='v3'><vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(reply.childElements().size(), 1);
        QVERIFY(*reply.firstChild(u"vCard", u"vcard-temp") == sent); // exactly, PHOTO included

        // Own bare JID as 'to' is the same as no 'to'.
        reply = h.ask(*alice, QStringLiteral("<iq type='get' to='alice@example.com' id='v4'>"
                                             "<vCard xmlns='vcard-temp'/></iq>"));
        QVERIFY(*reply.firstChild(u"vCard", u"vcard-temp") == sent);
    }

    void othersReadByBareJid() // §3.3 example 6/7
    {
        const Element reply = h.ask(*bob, QStringLiteral("<iq type='get' to='alice@example.com' id='v5'>"
                                                         "<vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(reply.attr(u"from"), QStringLiteral("alice@example.com"));
        const Element *vcard = reply.firstChild(u"vCard", u"vcard-temp");
        QVERIFY(vcard);
        QCOMPARE(vcard->firstChild(u"PHOTO")->childText(u"BINVAL"),
                 parseXml(Vcard).firstChild(u"PHOTO")->childText(u"BINVAL"));
        QCOMPARE(vcard->childText(u"NICKNAME"), QStringLiteral("stpeter"));
    }

    void nobodyWritesAnothersVcard()
    {
        const Element reply =
            h.ask(*bob, QStringLiteral("<iq type='set' to='alice@example.com' id='v6'>"
                                       "<vCard xmlns='vcard-temp'><FN>Mallory</FN></vCard></iq>"));
        QCOMPARE(errorCondition(reply), QStringLiteral("forbidden"));
        const Element check = h.ask(*bob, QStringLiteral("<iq type='get' to='alice@example.com' id='v7'>"
                                                         "<vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(check.firstChild(u"vCard")->childText(u"FN"), QStringLiteral("Peter Saint-Andre"));
    }

    void replacingUpdates()
    {
        h.ask(*bob,
              QStringLiteral("<iq type='set' id='b1'><vCard xmlns='vcard-temp'><FN>Bob</FN></vCard></iq>"));
        h.ask(*bob, QStringLiteral(
                        "<iq type='set' id='b2'><vCard xmlns='vcard-temp'><FN>Robert</FN></vCard></iq>"));
        const Element reply = h.ask(*alice, QStringLiteral("<iq type='get' to='bob@example.com' id='b3'>"
                                                           "<vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(reply.firstChild(u"vCard")->childText(u"FN"), QStringLiteral("Robert"));
    }

    void tooLargeIsNotAcceptable()
    {
        const QString big = QString(modules::MaxStoredXmlBytes, QLatin1Char('A'));
        const Element reply =
            h.ask(*bob, QStringLiteral("<iq type='set' id='b4'><vCard xmlns='vcard-temp'><PHOTO>"
                                       "<BINVAL>%1</BINVAL></PHOTO></vCard></iq>")
                            .arg(big));
        QCOMPARE(errorCondition(reply), QStringLiteral("not-acceptable"));
        const Element check =
            h.ask(*bob, QStringLiteral("<iq type='get' id='b5'><vCard xmlns='vcard-temp'/></iq>"));
        QCOMPARE(check.firstChild(u"vCard")->childText(u"FN"), QStringLiteral("Robert")); // unchanged
    }

    void featureAdvertised() { QVERIFY(h.registry.serverFeatures().contains(QStringLiteral("vcard-temp"))); }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
