// XEP-0077 In-Band Registration against a real confabd over STARTTLS: the <register/> stream
// feature follows the domain's registration.free switch, an account created in-band can log in,
// password change (and its switch), cancellation ending the stream, and the per-address limit.
#include "confabprocess.h"
#include "rawclient.h"
#include <QtTest>

using namespace confab::test;
using confab::xml::Element;

static const QString Domain = QStringLiteral("confab.test");
static const QString RegNs = QStringLiteral("jabber:iq:register");

static QString streamError(const Element *el)
{
    if (!el || el->name() != u"error" || el->ns() != u"http://etherx.jabber.org/streams")
        return {};
    for (const Element *c : el->childElements())
        if (c->ns() == u"urn:ietf:params:xml:ns:xmpp-streams" && c->name() != u"text")
            return c->name();
    return {};
}

static QString stanzaError(const Element *el)
{
    const Element *error = el ? el->firstChild(u"error") : nullptr;
    const Element *cond = error ? error->firstChildElement() : nullptr;
    return cond ? cond->name() : QString();
}

static QByteArray registerIq(const char *type, const char *id, const QString &user, const QString &password)
{
    return QByteArray("<iq type='") + type + "' id='" + id +
           "'><query xmlns='jabber:iq:register'><username>" + user.toUtf8() + "</username><password>" +
           password.toUtf8() + "</password></query></iq>";
}

class TestRegister : public QObject
{
    Q_OBJECT
    ConfabProcess m_confab{Domain};

    QString ca() const { return m_confab.certificatePath(); }
    bool ctlOk(const QStringList &args) { return m_confab.ctl(args).exitCode == 0; }
    QByteArray userList() { return m_confab.ctl({"user", "list"}).out; }

    // Connect, STARTTLS, and stop at the post-TLS features (the pre-authentication stage).
    bool preAuth(RawClient &c)
    {
        return c.connectPlain(m_confab.c2sPort()) && !c.openStream(Domain).isEmpty() && c.next() &&
               c.startTls(ca(), Domain);
    }
    // The next iq with that id, skipping anything else (presence, for example).
    std::unique_ptr<Element> reply(RawClient &c, const QString &id)
    {
        for (auto el = c.next(); el; el = c.next())
            if ((el->name() == u"iq" && el->attr(u"id") == id) || streamError(el.get()).size())
                return el;
        return nullptr;
    }
    bool canLogin(const QString &user, const QString &password)
    {
        RawClient c;
        return !c.login(m_confab.c2sPort(), ca(), Domain, user, password).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_confab.start());
        QVERIFY(m_confab.setupAdmin());
        QVERIFY(ctlOk({"settings", "set", "auth.failure_delay_ms", "50"}));
    }
    void cleanupTestCase() { m_confab.stop(); }

    void closedByDefault()
    {
        RawClient c;
        QVERIFY(preAuth(c));
        QVERIFY2(!c.lastFeaturesXml().contains(QStringLiteral("iq-register")),
                 qPrintable(c.lastFeaturesXml()));
        c.send("<iq type='get' id='reg1'><query xmlns='jabber:iq:register'/></iq>");
        auto r = reply(c, QStringLiteral("reg1"));
        QCOMPARE(stanzaError(r.get()), QStringLiteral("service-unavailable"));
        c.send(registerIq("set", "reg2", QStringLiteral("romeo"), QStringLiteral("r0m30")));
        QCOMPARE(stanzaError(reply(c, QStringLiteral("reg2")).get()), QStringLiteral("service-unavailable"));
        QVERIFY(!userList().contains("romeo@confab.test"));
    }

    void featureAppearsWhenFree()
    {
        QVERIFY(ctlOk({"domain", "set", Domain, "registration.free", "true"}));
        RawClient plain;
        QVERIFY(plain.connectPlain(m_confab.c2sPort()));
        QVERIFY(!plain.openStream(Domain).isEmpty());
        auto beforeTls = plain.next();
        QVERIFY(beforeTls);
        QVERIFY(!beforeTls->firstChild(u"register")); // nothing but STARTTLS before TLS
        RawClient c;
        QVERIFY(preAuth(c));
        QVERIFY2(c.lastFeaturesXml().contains(
                     QStringLiteral("<register xmlns='http://jabber.org/features/iq-register'/>")),
                 qPrintable(c.lastFeaturesXml()));
    }

    void registerThenLogIn()
    {
        RawClient c;
        QVERIFY(preAuth(c));
        c.send("<iq type='get' id='reg1'><query xmlns='jabber:iq:register'/></iq>");
        auto form = reply(c, QStringLiteral("reg1"));
        QVERIFY(form);
        QCOMPARE(form->attr(u"type"), QStringLiteral("result"));
        const Element *q = form->firstChild(u"query", RegNs);
        QVERIFY(q && q->firstChild(u"username", RegNs) && q->firstChild(u"password", RegNs));
        QVERIFY(q->firstChild(u"x", u"jabber:x:data"));

        c.send(registerIq("set", "reg2", QStringLiteral("romeo"), QStringLiteral("r0m30")));
        auto done = reply(c, QStringLiteral("reg2"));
        QVERIFY(done);
        QCOMPARE(done->attr(u"type"), QStringLiteral("result"));
        QVERIFY(userList().contains("romeo@confab.test"));
        // §3.1.1: the entity then authenticates with the new identity on the same stream.
        QVERIFY(c.authScram(QStringLiteral("romeo"), QStringLiteral("r0m30")));
        QVERIFY(!c.openStream(Domain).isEmpty());
        QVERIFY(c.next());
        QCOMPARE(c.bind(QStringLiteral("verona")), QStringLiteral("romeo@confab.test/verona"));
        QVERIFY(canLogin(QStringLiteral("romeo"), QStringLiteral("r0m30")));

        // The same name again is a conflict, an empty password not acceptable.
        RawClient again;
        QVERIFY(preAuth(again));
        again.send(registerIq("set", "reg3", QStringLiteral("romeo"), QStringLiteral("other")));
        QCOMPARE(stanzaError(reply(again, QStringLiteral("reg3")).get()), QStringLiteral("conflict"));
        again.send(registerIq("set", "reg4", QStringLiteral("juliet"), QString()));
        QCOMPARE(stanzaError(reply(again, QStringLiteral("reg4")).get()), QStringLiteral("not-acceptable"));
    }

    void passwordChange()
    {
        RawClient c;
        QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "romeo", "r0m30").isEmpty());
        c.send(registerIq("set", "change1", QStringLiteral("romeo"), QStringLiteral("n3w-pass")));
        auto r = reply(c, QStringLiteral("change1"));
        QVERIFY(r);
        QCOMPARE(r->attr(u"type"), QStringLiteral("result"));
        QVERIFY(canLogin(QStringLiteral("romeo"), QStringLiteral("n3w-pass")));
        QVERIFY(!canLogin(QStringLiteral("romeo"), QStringLiteral("r0m30")));
    }

    void passwordChangeSwitchedOff()
    {
        QVERIFY(ctlOk({"domain", "set", Domain, "registration.allow_password_change", "false"}));
        RawClient c;
        QVERIFY(!c.login(m_confab.c2sPort(), ca(), Domain, "romeo", "n3w-pass").isEmpty());
        c.send(registerIq("set", "change2", QStringLiteral("romeo"), QStringLiteral("blocked")));
        QCOMPARE(stanzaError(reply(c, QStringLiteral("change2")).get()), QStringLiteral("not-allowed"));
        QVERIFY(ctlOk({"domain", "unset", Domain, "registration.allow_password_change"}));
        QVERIFY(canLogin(QStringLiteral("romeo"), QStringLiteral("n3w-pass")));
        QVERIFY(!canLogin(QStringLiteral("romeo"), QStringLiteral("blocked")));
    }

    void removalEndsEverySession()
    {
        RawClient first, second;
        QVERIFY(!first.login(m_confab.c2sPort(), ca(), Domain, "romeo", "n3w-pass", "a").isEmpty());
        QVERIFY(!second.login(m_confab.c2sPort(), ca(), Domain, "romeo", "n3w-pass", "b").isEmpty());
        first.send("<iq type='set' id='unreg1'><query xmlns='jabber:iq:register'><remove/></query></iq>");
        auto r = reply(first, QStringLiteral("unreg1"));
        QVERIFY(r);
        QCOMPARE(r->attr(u"type"), QStringLiteral("result")); // the result comes before the stream error
        QCOMPARE(streamError(reply(first, QStringLiteral("none")).get()), QStringLiteral("not-authorized"));
        QVERIFY(first.waitClosed());
        QCOMPARE(streamError(reply(second, QStringLiteral("none")).get()), QStringLiteral("not-authorized"));
        QVERIFY(second.waitClosed());
        QVERIFY(!userList().contains("romeo@confab.test"));
        QVERIFY(!canLogin(QStringLiteral("romeo"), QStringLiteral("n3w-pass")));
    }

    void perAddressLimit()
    {
        // romeo was created from this address within the hour; a limit of 1 refuses the next one.
        QVERIFY(ctlOk({"settings", "set", "registration.max_per_hour_per_address", "1"}));
        RawClient c;
        QVERIFY(preAuth(c));
        c.send(registerIq("set", "reg5", QStringLiteral("mercutio"), QStringLiteral("m4b")));
        QCOMPARE(stanzaError(reply(c, QStringLiteral("reg5")).get()), QStringLiteral("policy-violation"));
        QVERIFY(ctlOk({"settings", "set", "registration.max_per_hour_per_address", "2"}));
        c.send(registerIq("set", "reg6", QStringLiteral("mercutio"), QStringLiteral("m4b")));
        auto r = reply(c, QStringLiteral("reg6"));
        QVERIFY(r);
        QCOMPARE(r->attr(u"type"), QStringLiteral("result"));
        QVERIFY(userList().contains("mercutio@confab.test"));
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
