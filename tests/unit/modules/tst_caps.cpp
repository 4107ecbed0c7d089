// XEP-0115 §5.1 verification string against the XEP's §5.2 and §5.3 examples, and the server's
// <c/> stream feature.
#include "modules/caps.h"
#include "modules/disco.h"
#include "modules/ping.h"
#include "servicesharness.h"

using namespace confab;
using namespace confab::test;
using xml::Element;

class TestCaps : public QObject
{
    Q_OBJECT
private slots:
    void simpleExample() // §5.2
    {
        modules::DiscoInfo info;
        info.identities.append(
            {QStringLiteral("client"), QStringLiteral("pc"), {}, QStringLiteral("Exodus 0.9.1")});
        info.features = {QStringLiteral("http://jabber.org/protocol/disco#info"),
                         QStringLiteral("http://jabber.org/protocol/disco#items"),
                         QStringLiteral("http://jabber.org/protocol/muc"),
                         QStringLiteral("http://jabber.org/protocol/caps")};
        QCOMPARE(modules::capsVerification(info), QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
    }

    void complexExample() // §5.3: two identities with xml:lang (one non-ASCII) and an extended form
    {
        const Element query = parseXml(QString::fromUtf8(
            "<query xmlns='http://jabber.org/protocol/disco#info'>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
            "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
            "<field var='os'><value>Mac</value></field>"
            "<field var='os_version'><value>10.5.1</value></field>"
            "<field var='software'><value>Psi</value></field>"
            "<field var='software_version'><value>0.11</value></field>"
            "</x></query>"));
        modules::DiscoInfo info;
        info.identities.append({QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("en"),
                                QStringLiteral("Psi 0.11")});
        info.identities.append({QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("el"),
                                QString::fromUtf8("\xce\xa8 0.11")});
        info.features = {QStringLiteral("http://jabber.org/protocol/caps"),
                         QStringLiteral("http://jabber.org/protocol/disco#info"),
                         QStringLiteral("http://jabber.org/protocol/disco#items"),
                         QStringLiteral("http://jabber.org/protocol/muc")};
        info.forms.append(*query.firstChild(u"x", u"jabber:x:data"));
        QCOMPARE(modules::capsVerification(info), QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w="));
    }

    void orderOfInputDoesNotMatter()
    {
        modules::DiscoInfo a;
        a.identities.append({QStringLiteral("server"), QStringLiteral("im"), {}, QStringLiteral("Confab")});
        a.features = {QStringLiteral("b"), QStringLiteral("a")};
        modules::DiscoInfo b = a;
        b.features = {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(modules::capsVerification(a), modules::capsVerification(b));
        b.features.append(QStringLiteral("c"));
        QVERIFY(modules::capsVerification(a) != modules::capsVerification(b));
    }

    void streamFeatureCarriesTheServersVer() // §6.3
    {
        ServicesHarness h;
        h.start<modules::Disco>();
        h.start<modules::Caps>();
        auto features =
            h.registry.streamFeatures(core::FeatureStage::PostAuth, {ServicesHarness::Domain, true});
        QCOMPARE(features.size(), 1);
        const Element &c = features.first();
        QCOMPARE(c.name(), QStringLiteral("c"));
        QCOMPARE(c.ns(), QStringLiteral("http://jabber.org/protocol/caps"));
        QCOMPARE(c.attr(u"hash"), QStringLiteral("sha-1"));
        QCOMPARE(c.attr(u"node"), QStringLiteral("https://confab.invalid/caps"));
        const QString ver = c.attr(u"ver");
        QCOMPARE(ver, modules::capsVerification(modules::serverDiscoInfo(h.registry)));
        QVERIFY(h.registry.streamFeatures(core::FeatureStage::PreAuth, {ServicesHarness::Domain, true})
                    .isEmpty());

        // A module added later changes the features, so the ver changes too.
        h.start<modules::Ping>();
        features = h.registry.streamFeatures(core::FeatureStage::PostAuth, {ServicesHarness::Domain, true});
        QVERIFY(features.first().attr(u"ver") != ver);
    }
};

QTEST_GUILESS_MAIN(TestCaps)
#include "tst_caps.moc"
