// XEP-0185 dialback keys: the XEP's own example vector, and that every input changes the key.
#include "s2s/dialback.h"
#include "s2s/s2scommon.h"
#include "xml/namespaces.h"
#include <QTest>

using namespace confab;

class TstDialback : public QObject
{
    Q_OBJECT
private slots:
    void xep0185Vector()
    {
        // XEP-0185 §3 example: Receiving Server xmpp.example.com, Originating Server example.org,
        // Stream ID D60000229F, secret s3cr3tf0rd14lb4ck.
        QCOMPARE(s2s::dialbackKey("s3cr3tf0rd14lb4ck", "xmpp.example.com", "example.org", "D60000229F"),
                 QStringLiteral("37c69b1cf07a3f67c04a5ef5902fa5114f2c76fe4a2686482ba5b89323075643"));
    }
    void everyInputMatters()
    {
        const QString base = s2s::dialbackKey("secret", "recv.test", "orig.test", "id1");
        QVERIFY(s2s::dialbackKey("other", "recv.test", "orig.test", "id1") != base);
        QVERIFY(s2s::dialbackKey("secret", "other.test", "orig.test", "id1") != base);
        QVERIFY(s2s::dialbackKey("secret", "recv.test", "other.test", "id1") != base);
        QVERIFY(s2s::dialbackKey("secret", "recv.test", "orig.test", "id2") != base);
        // Swapping the domains (a classic mistake) gives another key.
        QVERIFY(s2s::dialbackKey("secret", "orig.test", "recv.test", "id1") != base);
    }
    void matches()
    {
        const QString key = s2s::dialbackKey("secret", "recv.test", "orig.test", "id1");
        QVERIFY(s2s::dialbackKeyMatches("secret", "recv.test", "orig.test", "id1", key));
        QVERIFY(s2s::dialbackKeyMatches("secret", "recv.test", "orig.test", "id1", key.toUpper()));
        QVERIFY(!s2s::dialbackKeyMatches("secret", "recv.test", "orig.test", "id2", key));
        QVERIFY(!s2s::dialbackKeyMatches("secret", "recv.test", "orig.test", "id1", key.left(63)));
        QVERIFY(!s2s::dialbackKeyMatches("secret", "recv.test", "orig.test", "", key));
        QVERIFY(s2s::newDialbackSecret() != s2s::newDialbackSecret());
    }
    void namespaceConversion()
    {
        // The stanza and what inherits its namespace move; a forwarded jabber:client payload stays.
        xml::Element msg(QStringLiteral("message"), xml::ns::Client);
        msg.addChild(QStringLiteral("body"), xml::ns::Client).addText(QStringLiteral("hi"));
        xml::Element &fwd = msg.addChild(QStringLiteral("forwarded"), QStringLiteral("urn:xmpp:forward:0"));
        fwd.addChild(QStringLiteral("message"), xml::ns::Client);
        const xml::Element out = s2s::withContentNamespace(msg, xml::ns::Client, xml::ns::Server);
        QCOMPARE(out.ns(), xml::ns::Server);
        QCOMPARE(out.firstChild(u"body")->ns(), xml::ns::Server);
        QCOMPARE(out.firstChild(u"body")->text(), QStringLiteral("hi"));
        QCOMPARE(out.firstChild(u"forwarded")->firstChild(u"message")->ns(), xml::ns::Client);
        QVERIFY(s2s::withContentNamespace(out, xml::ns::Server, xml::ns::Client) == msg);
    }
};

QTEST_GUILESS_MAIN(TstDialback)
#include "tst_dialback.moc"
