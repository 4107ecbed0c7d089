// Client streams over real loopback sockets against a real confabd (RFC 6120 §4–8).
#include "confabprocess.h"
#include "rawclient.h"
#include <QtTest>

using namespace confab::test;
using confab::xml::Element;

static const QString Domain = QStringLiteral("confab.test");
static const QString StreamsErrNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");

// The condition of a <stream:error/> element, or empty.
static QString streamError(const Element *el)
{
    if (!el || el->name() != u"error" || el->ns() != u"http://etherx.jabber.org/streams")
        return {};
    for (const Element *c : el->childElements())
        if (c->ns() == StreamsErrNs && c->name() != u"text")
            return c->name();
    return {};
}

static QString stanzaError(const Element *el)
{
    const Element *error = el ? el->firstChild(u"error") : nullptr;
    const Element *cond = error ? error->firstChildElement() : nullptr;
    return cond ? cond->name() : QString();
}

class TestC2s : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};

    QString ca() const { return m_confab.certificatePath(); }
    // The next non-presence element: the server echoes a user's own presence (RFC 6121 §4.2.2).
    std::unique_ptr<Element> nextStanza(RawClient &c, int timeout = 5000)
    {
        std::unique_ptr<Element> el;
        do {
            el = c.next(timeout);
        } while (el && el->name() == u"presence");
        return el;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        QVERIFY(m_confab.addUser(QStringLiteral("alice@confab.test"), QStringLiteral("alice-pw")));
        QVERIFY(m_confab.addUser(QStringLiteral("bob@confab.test"), QStringLiteral("bob-pw")));
        // Short failure delays keep this test quick; the doubling is checked below.
        QCOMPARE(m_confab.ctl({"settings", "set", "auth.failure_delay_ms", "200"}).exitCode, 0);
    }
    void cleanupTestCase() { m_confab.stop(); }

    void tlsRequiredBeforeAnythingElse()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        auto features = c.next();
        QVERIFY(features);
        const Element *starttls = features->firstChild(u"starttls", u"urn:ietf:params:xml:ns:xmpp-tls");
        QVERIFY(starttls);
        QVERIFY(starttls->firstChild(u"required"));
        QVERIFY(!features->firstChild(u"mechanisms")); // nothing else before TLS when it is mandatory
        c.send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAGFsaWNlLXB3</auth>");
        auto failure = c.next();
        QVERIFY(failure);
        QCOMPARE(failure->name(), QStringLiteral("failure"));
        QVERIFY(failure->firstChild(u"encryption-required"));
    }

    void mechanismsAfterTls()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QVERIFY(c.startTls(ca(), Domain));
        const QString features = c.lastFeaturesXml();
        QVERIFY2(features.contains(QStringLiteral("SCRAM-SHA-256")), qPrintable(features));
        QVERIFY(features.contains(QStringLiteral("SCRAM-SHA-1")));
        QVERIFY(features.contains(QStringLiteral(">PLAIN<")));
        QVERIFY(features.contains(QStringLiteral("SCRAM-SHA-256-PLUS")));
        QVERIFY(!features.contains(QStringLiteral("starttls")));
        QVERIFY(!features.contains(QStringLiteral("ANONYMOUS"))); // off unless the domain enables it
    }

    void scramSha256LoginAndMessage()
    {
        RawClient alice, bob;
        const QString aliceJid = alice.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "desk");
        QCOMPARE(aliceJid, QStringLiteral("alice@confab.test/desk"));
        const QString bobJid = bob.login(m_confab.c2sPort(), ca(), Domain, "bob", "bob-pw");
        QVERIFY(bobJid.startsWith(QStringLiteral("bob@confab.test/"))); // server-generated resource
        QTest::qWait(200);
        alice.send("<message to='bob@confab.test' type='chat' id='m1'><body>hi &amp; &lt;bye&gt;</body></message>");
        auto msg = nextStanza(bob);
        QVERIFY(msg);
        QCOMPARE(msg->name(), QStringLiteral("message"));
        QCOMPARE(msg->attr(u"from"), aliceJid); // stamped by the server
        QCOMPARE(msg->childText(u"body"), QStringLiteral("hi & <bye>"));
    }

    void scramSha1AndPlainWork()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QVERIFY(c.startTls(ca(), Domain));
        QVERIFY(c.authScram(QStringLiteral("bob"), QStringLiteral("bob-pw"), false));
        RawClient p;
        QVERIFY(p.connectDirectTls(m_confab.tlsPort(), ca(), Domain));
        QVERIFY(!p.openStream(Domain).isEmpty());
        QVERIFY(p.next());
        QVERIFY(p.authPlain(QStringLiteral("bob"), QStringLiteral("bob-pw")));
        QVERIFY(!p.openStream(Domain).isEmpty());
        QVERIFY(p.next());
        QVERIFY(p.bind().startsWith(QStringLiteral("bob@confab.test/")));
    }

    void wrongPasswordFailsAndIsSlowedDown()
    {
        RawClient c;
        QVERIFY(c.connectDirectTls(m_confab.tlsPort(), ca(), Domain));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QElapsedTimer t;
        t.start();
        QVERIFY(!c.authPlain(QStringLiteral("alice"), QStringLiteral("wrong")));
        const qint64 first = t.restart();
        QVERIFY(!c.authPlain(QStringLiteral("alice"), QStringLiteral("wrong")));
        const qint64 second = t.elapsed();
        QVERIFY2(first >= 150, qPrintable(QString::number(first)));
        QVERIFY2(second >= 350, qPrintable(QString::number(second))); // doubled
        // After the third failure the server ends the stream.
        QVERIFY(!c.authPlain(QStringLiteral("alice"), QStringLiteral("wrong")));
        auto err = c.next(10000);
        QCOMPARE(streamError(err.get()), QStringLiteral("policy-violation"));
        QVERIFY(c.waitClosed());
    }

    void stanzaBeforeAuthIsRefused()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        c.send("<message to='alice@confab.test'><body>spam</body></message>");
        QCOMPARE(streamError(c.next().get()), QStringLiteral("not-authorized"));
        QVERIFY(c.waitClosed());
    }

    void unknownHost()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(QStringLiteral("other.example")).isEmpty());
        QCOMPARE(streamError(c.next().get()), QStringLiteral("host-unknown"));
    }

    void spoofedFromIsInvalidFrom()
    {
        RawClient c;
        QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "bob", "bob-pw").isEmpty());
        c.send("<message from='alice@confab.test/desk' to='bob@confab.test'><body>x</body></message>");
        std::unique_ptr<Element> el;
        do {
            el = c.next();
        } while (el && el->name() != u"error");
        QCOMPARE(streamError(el.get()), QStringLiteral("invalid-from"));
    }

    void resourceConflictClosesOlderSession()
    {
        RawClient first, second;
        QCOMPARE(first.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "same"),
                 QStringLiteral("alice@confab.test/same"));
        QCOMPARE(second.login(m_confab.c2sPort(), ca(), Domain, "alice", "alice-pw", "same"),
                 QStringLiteral("alice@confab.test/same"));
        std::unique_ptr<Element> el;
        do {
            el = first.next();
        } while (el && el->name() != u"error");
        QCOMPARE(streamError(el.get()), QStringLiteral("conflict"));
    }

    void restrictedXmlOverTheWire()
    {
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        c.send("<!-- a comment -->");
        QCOMPARE(streamError(c.next().get()), QStringLiteral("restricted-xml"));
    }

    void iqToServer()
    {
        RawClient c;
        QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "bob", "bob-pw").isEmpty());
        c.send("<iq to='confab.test' type='get' id='p1'><ping xmlns='urn:xmpp:ping'/></iq>");
        auto pong = nextStanza(c);
        QVERIFY(pong);
        QCOMPARE(pong->attr(u"type"), QStringLiteral("result"));
        QCOMPARE(pong->attr(u"id"), QStringLiteral("p1"));
        c.send("<iq to='confab.test' type='get' id='u1'><query xmlns='urn:example:unknown'/></iq>");
        auto err = nextStanza(c);
        QCOMPARE(stanzaError(err.get()), QStringLiteral("service-unavailable"));
        QCOMPARE(err->attr(u"id"), QStringLiteral("u1"));
    }

    void anonymousLoginWhenTheDomainEnablesIt()
    {
        QCOMPARE(m_confab.ctl({"domain", "set", "confab.test", "auth.anonymous", "on"}).exitCode, 0);
        RawClient c;
        QVERIFY(c.connectDirectTls(m_confab.tlsPort(), ca(), Domain));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QVERIFY2(c.lastFeaturesXml().contains(QStringLiteral("ANONYMOUS")), qPrintable(c.lastFeaturesXml()));
        c.send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='ANONYMOUS'>=</auth>");
        auto success = c.next();
        QVERIFY(success);
        QCOMPARE(success->name(), QStringLiteral("success"));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        const QString jid = c.bind();
        // A random local part the server made up, on this domain.
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-z]+@confab\\.test/.+$")).match(jid).hasMatch(),
                 qPrintable(jid));
        QCOMPARE(m_confab.ctl({"domain", "unset", "confab.test", "auth.anonymous"}).exitCode, 0);
    }

    void legacyAuthWhenTheDomainEnablesIt()
    {
        // Off by default: jabber:iq:auth before SASL is refused like any other pre-auth stanza.
        {
            RawClient c;
            QVERIFY(c.connectDirectTls(m_confab.tlsPort(), ca(), Domain));
            QVERIFY(!c.openStream(Domain).isEmpty());
            QVERIFY(c.next());
            QVERIFY(!c.lastFeaturesXml().contains(QStringLiteral("iq-auth")));
            c.send("<iq type='get' id='a1'><query xmlns='jabber:iq:auth'><username>alice</username></query></iq>");
            QCOMPARE(streamError(c.next().get()), QStringLiteral("not-authorized"));
        }
        QCOMPARE(m_confab.ctl({"domain", "set", "confab.test", "auth.legacy", "on"}).exitCode, 0);
        RawClient c;
        QVERIFY(c.connectDirectTls(m_confab.tlsPort(), ca(), Domain));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QVERIFY(c.lastFeaturesXml().contains(QStringLiteral("http://jabber.org/features/iq-auth")));
        c.send("<iq type='get' id='a1'><query xmlns='jabber:iq:auth'><username>alice</username></query></iq>");
        auto fields = c.next();
        QVERIFY(fields && fields->attr(u"type") == u"result");
        c.send("<iq type='set' id='a2'><query xmlns='jabber:iq:auth'><username>alice</username>"
               "<password>alice-pw</password><resource>old</resource></query></iq>");
        auto result = c.next();
        QVERIFY(result);
        QCOMPARE(result->attr(u"type"), QStringLiteral("result"));
        c.send("<iq to='confab.test' type='get' id='p2'><ping xmlns='urn:xmpp:ping'/></iq>");
        auto pong = c.next();
        QVERIFY(pong && pong->attr(u"type") == u"result");
        QCOMPARE(pong->attr(u"to"), QStringLiteral("alice@confab.test/old"));
        QCOMPARE(m_confab.ctl({"domain", "unset", "confab.test", "auth.legacy"}).exitCode, 0);
    }

    void oversizedStanzaIsPolicyViolation()
    {
        QCOMPARE(m_confab.ctl({"settings", "set", "xml.max_stanza_bytes", "2048"}).exitCode, 0);
        RawClient c;
        QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "bob", "bob-pw").isEmpty());
        c.send("<message to='alice@confab.test'><body>" + QByteArray(4096, 'x'));
        std::unique_ptr<Element> el;
        do {
            el = c.next();
        } while (el && el->name() != u"error");
        QCOMPARE(streamError(el.get()), QStringLiteral("policy-violation"));
        QCOMPARE(m_confab.ctl({"settings", "unset", "xml.max_stanza_bytes"}).exitCode, 0);
    }

    void unauthenticatedConnectionTimesOut()
    {
        QCOMPARE(m_confab.ctl({"settings", "set", "c2s.auth_timeout_seconds", "5"}).exitCode, 0);
        RawClient c;
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QCOMPARE(streamError(c.next(15000).get()), QStringLiteral("connection-timeout"));
        QVERIFY(c.waitClosed());
        QCOMPARE(m_confab.ctl({"settings", "unset", "c2s.auth_timeout_seconds"}).exitCode, 0);
    }

    void channelLimitRefusesExtraConnections()
    {
        QCOMPARE(m_confab.ctl({"settings", "set", "server.channels", "2"}).exitCode, 0);
        RawClient a, b, c;
        QVERIFY(a.connectPlain(m_confab.c2sPort()));
        QVERIFY(b.connectPlain(m_confab.c2sPort()));
        QTest::qWait(200);
        QVERIFY(c.connectPlain(m_confab.c2sPort()));
        QCOMPARE(streamError(c.next().get()), QStringLiteral("resource-constraint"));
        QVERIFY(c.waitClosed());
        // The first two are still served.
        QVERIFY(!a.openStream(Domain).isEmpty());
        QVERIFY(a.next());
        QCOMPARE(m_confab.ctl({"settings", "set", "server.channels", "10000"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestC2s)
#include "tst_c2s.moc"
