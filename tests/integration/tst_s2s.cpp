// Federation between two real confabd instances (a.test and b.test) over loopback, routed to each
// other with routing rules (no DNS): messages both ways with dialback over STARTTLS, the checks an
// incoming server stream makes (unauthenticated stanzas, forged dialback keys, a peer claiming our
// own domain), the "send encrypted" policy refusing a peer whose certificate is not trusted (and
// nothing delivered), and the same domain accepted once its certificate is trusted.
#include "confabprocess.h"
#include "rawclient.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <functional>

using namespace confab::test;
using confab::xml::Element;
using Match = std::function<bool(const Element &)>;

class TestS2s : public QObject
{
    Q_OBJECT
    ConfabProcess m_a{QStringLiteral("a.test")};
    ConfabProcess m_b{QStringLiteral("b.test")};

    static std::unique_ptr<Element> waitFor(RawClient &c, const Match &match, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto el = c.next(int(std::max<qint64>(1, deadline.remainingTime())));
            if (!el)
                return nullptr;
            if (match(*el))
                return el;
        }
        return nullptr;
    }
    static Match messageWithBody(const QString &body)
    {
        return [=](const Element &e) { return e.name() == u"message" && e.childText(u"body") == body; };
    }
    static QString errorCondition(const Element &e)
    {
        const Element *error = e.firstChild(u"error");
        const Element *cond = error ? error->firstChildElement() : nullptr;
        return cond ? cond->name() : QString();
    }
    std::unique_ptr<RawClient> login(ConfabProcess &server, const QString &user)
    {
        auto c = std::make_unique<RawClient>();
        if (c->login(server.c2sPort(), server.certificatePath(), server.domain(), user,
                     user + QStringLiteral("-pw"), QStringLiteral("r"))
                .isEmpty())
            return nullptr;
        return c;
    }
    static void sendMessage(RawClient &c, const QString &to, const QString &body, const QString &id = {})
    {
        c.send(QStringLiteral("<message to='%1' id='%3' type='chat'><body>%2</body></message>")
                   .arg(to, body, id.isEmpty() ? body : id)
                   .toUtf8());
    }
    QJsonArray sessions(ConfabProcess &server)
    {
        const CtlResult r =
            server.ctl({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("list")});
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("result")).toArray();
    }
    // An s2s stream to b.test opened by the test itself, claiming `from`.
    std::unique_ptr<RawClient> rawServerStream()
    {
        auto c = std::make_unique<RawClient>();
        if (!c->connectPlain(m_b.s2sPort()))
            return nullptr;
        if (c->openStream(QStringLiteral("b.test"), QStringLiteral("jabber:server")).isEmpty())
            return nullptr;
        auto features = c->next();
        if (!features || features->name() != u"features" ||
            !features->firstChild(u"dialback", u"urn:xmpp:features:dialback"))
            return nullptr;
        return c;
    }

private slots:
    void initTestCase()
    {
        for (ConfabProcess *p : {&m_a, &m_b}) {
            QVERIFY(p->start());
            QVERIFY(p->setupAdmin());
        }
        QVERIFY(m_a.addUser(QStringLiteral("alice@a.test"), QStringLiteral("alice-pw")));
        QVERIFY(m_b.addUser(QStringLiteral("bob@b.test"), QStringLiteral("bob-pw")));
        QCOMPARE(
            m_a.ctl({"route", "add", "b.test", QStringLiteral("127.0.0.1:%1").arg(m_b.s2sPort())}).exitCode,
            0);
        QCOMPARE(
            m_b.ctl({"route", "add", "a.test", QStringLiteral("127.0.0.1:%1").arg(m_a.s2sPort())}).exitCode,
            0);
    }
    void cleanupTestCase()
    {
        m_a.stop();
        m_b.stop();
    }

    void messagesBothWaysWithDialback()
    {
        auto alice = login(m_a, QStringLiteral("alice"));
        auto bob = login(m_b, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        sendMessage(*alice, QStringLiteral("bob@b.test"), QStringLiteral("hello-bob"));
        auto got = waitFor(*bob, messageWithBody(QStringLiteral("hello-bob")));
        QVERIFY2(got, m_a.output().right(3000).constData());
        QCOMPARE(got->attr(u"from"), QStringLiteral("alice@a.test/r"));
        QCOMPARE(got->ns(), QStringLiteral("jabber:client"));

        sendMessage(*bob, QStringLiteral("alice@a.test/r"), QStringLiteral("hello-alice"));
        got = waitFor(*alice, messageWithBody(QStringLiteral("hello-alice")));
        QVERIFY(got);
        QCOMPARE(got->attr(u"from"), QStringLiteral("bob@b.test/r"));

        // The live list: an outgoing stream a.test → b.test over TLS, authenticated with dialback
        // (self-signed certificates are not trusted, so no SASL EXTERNAL).
        bool found = false;
        for (const QJsonValue &v : sessions(m_a)) {
            const QJsonObject o = v.toObject();
            if (o.value("kind").toString() == u"s2s-out" && o.value("domain").toString() == u"b.test") {
                found = true;
                QCOMPARE(o.value("auth").toString(), QStringLiteral("dialback"));
                QVERIFY(o.value("tls").toBool());
                QCOMPARE(o.value("queue").toInt(), 0);
            }
        }
        QVERIFY(found);
        found = false;
        for (const QJsonValue &v : sessions(m_b)) {
            const QJsonObject o = v.toObject();
            if (o.value("kind").toString() == u"s2s-in" && o.value("remote").toString() == u"a.test") {
                found = found || o.value("auth").toString() == u"dialback";
                QVERIFY(o.value("tls").toBool());
            }
        }
        QVERIFY(found);
    }

    void unauthenticatedStanzaIsRefused()
    {
        auto raw = rawServerStream();
        QVERIFY(raw);
        raw->send("<message from='alice@a.test/x' to='bob@b.test'><body>spoof</body></message>");
        auto err = raw->next();
        QVERIFY(err);
        QCOMPARE(err->name(), QStringLiteral("error"));
        QVERIFY(err->firstChild(u"not-authorized"));
        QVERIFY(raw->waitClosed());
    }

    void forgedDialbackKeyIsRefused()
    {
        auto bob = login(m_b, QStringLiteral("bob"));
        QVERIFY(bob);
        auto raw = rawServerStream();
        QVERIFY(raw);
        // b.test dials back to a.test's server, which never made this key: invalid.
        raw->send("<result xmlns='jabber:server:dialback' from='a.test' to='b.test'>"
                  "0000000000000000000000000000000000000000000000000000000000000000</result>");
        auto answer = raw->next(10000);
        QVERIFY(answer);
        QCOMPARE(answer->name(), QStringLiteral("result"));
        QCOMPARE(answer->attr(u"type"), QStringLiteral("invalid"));
        // And a stanza from a.test on this stream is still refused.
        raw->send("<message from='alice@a.test/x' to='bob@b.test'><body>forged</body></message>");
        auto err = raw->next();
        QVERIFY(err && err->name() == u"error");
        QVERIFY(!waitFor(*bob, messageWithBody(QStringLiteral("forged")), 800));
    }

    void peerCannotClaimOurDomain()
    {
        auto raw = rawServerStream();
        QVERIFY(raw);
        raw->send("<result xmlns='jabber:server:dialback' from='b.test' to='b.test'>abcd</result>");
        auto answer = raw->next();
        QVERIFY(answer);
        QCOMPARE(answer->attr(u"type"), QStringLiteral("invalid"));
        // db:verify for a key b.test never generated.
        raw->send("<verify xmlns='jabber:server:dialback' from='a.test' to='b.test' id='some-stream'>"
                  "1111111111111111111111111111111111111111111111111111111111111111</verify>");
        answer = raw->next();
        QVERIFY(answer);
        QCOMPARE(answer->name(), QStringLiteral("verify"));
        QCOMPARE(answer->attr(u"type"), QStringLiteral("invalid"));
        QCOMPARE(answer->attr(u"id"), QStringLiteral("some-stream"));
    }

    void tlsRequiredRefusesUntrustedPeer()
    {
        auto alice = login(m_a, QStringLiteral("alice"));
        auto bob = login(m_b, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(m_a.ctl({"tls", "require", "b.test"}).exitCode, 0);
        sendMessage(*alice, QStringLiteral("bob@b.test"), QStringLiteral("secret-1"));
        auto err = waitFor(
            *alice, [](const Element &e) { return e.name() == u"message" && e.attr(u"type") == u"error"; });
        QVERIFY(err);
        QCOMPARE(err->attr(u"from"), QStringLiteral("bob@b.test"));
        QCOMPARE(errorCondition(*err), QStringLiteral("remote-server-not-found"));
        QVERIFY(!waitFor(*bob, messageWithBody(QStringLiteral("secret-1")), 1500));
    }

    void tlsRequiredAcceptsTrustedPeer()
    {
        // b.test's self-signed certificate becomes a trusted CA on a.test: now it is valid.
        QCOMPARE(m_a.ctl({"trust", "add", m_b.certificatePath()}).exitCode, 0);
        auto alice = login(m_a, QStringLiteral("alice"));
        auto bob = login(m_b, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        sendMessage(*alice, QStringLiteral("bob@b.test"), QStringLiteral("secret-2"));
        QVERIFY(waitFor(*bob, messageWithBody(QStringLiteral("secret-2"))));
        QCOMPARE(m_a.ctl({"tls", "remove", "b.test"}).exitCode, 0);
    }

    void saslExternalWhenCertificatesAreTrusted()
    {
        // Both servers trust both certificates: a.test's certificate is one b.test can verify, so
        // a.test authenticates with SASL EXTERNAL (XEP-0178) instead of dialback.
        QCOMPARE(m_a.ctl({"trust", "add", m_a.certificatePath()}).exitCode, 0);
        QCOMPARE(m_b.ctl({"trust", "add", m_a.certificatePath()}).exitCode, 0);
        for (const QJsonValue &v : sessions(m_a))
            if (v.toObject().value("kind").toString() == u"s2s-out")
                QCOMPARE(m_a.ctl({"sessions", "kill", v.toObject().value("id").toString()}).exitCode, 0);
        auto alice = login(m_a, QStringLiteral("alice"));
        auto bob = login(m_b, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        sendMessage(*alice, QStringLiteral("bob@b.test"), QStringLiteral("external-1"));
        QVERIFY(waitFor(*bob, messageWithBody(QStringLiteral("external-1"))));
        QString outAuth, inAuth;
        for (const QJsonValue &v : sessions(m_a))
            if (v.toObject().value("kind").toString() == u"s2s-out")
                outAuth = v.toObject().value("auth").toString();
        for (const QJsonValue &v : sessions(m_b))
            if (v.toObject().value("kind").toString() == u"s2s-in" &&
                v.toObject().value("remote").toString() == u"a.test" &&
                v.toObject().value("auth").toString() != u"")
                inAuth = v.toObject().value("auth").toString();
        QCOMPARE(outAuth, QStringLiteral("EXTERNAL"));
        QCOMPARE(inAuth, QStringLiteral("EXTERNAL"));
    }
};

QTEST_GUILESS_MAIN(TestS2s)
#include "tst_s2s.moc"
