// XEP-0077 once authenticated (§3.1 "already registered", §3.2 cancellation, §3.3 password
// change): requests go through the real Router from fake sessions. In process; see registerfixture.h.
#include "registerfixture.h"

using namespace confab;
using namespace confab::test;

class TestRegisterAccount : public QObject, public RegisterFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        start();
        QVERIFY(m_accounts->add(QStringLiteral("bill"), Domain, QStringLiteral("Calliope")).ok());
        QVERIFY(m_accounts->add(QStringLiteral("juliet"), Domain, QStringLiteral("R0m30")).ok());
    }
    void init() { setDomain("registration.free", true); }

    void registeredAccountSeesRegistered()
    {
        // Example 3: once authenticated, the entity is registered.
        FakeSession s;
        bindAs(s, QStringLiteral("bill@shakespeare.lit/globe"));
        const Element reply = fromSession(s, iq(QStringLiteral("get"), QStringLiteral("reg1"), query(),
                                                QStringLiteral("bill@shakespeare.lit/globe")));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        const Element *q = reply.firstChild(u"query", RegNs);
        QVERIFY(q && q->firstChild(u"registered", RegNs));
        QCOMPARE(q->childText(u"username", RegNs), QStringLiteral("bill"));
        QVERIFY(q->childText(u"password", RegNs).isEmpty()); // never echoed
        m_sessions.unbind(&s);
    }

    void passwordChange()
    {
        // Examples 17 and 18 (to the server), then with no 'to' (the user's own account).
        FakeSession s;
        bindAs(s, QStringLiteral("bill@shakespeare.lit/globe"));
        const QString from = QStringLiteral("bill@shakespeare.lit/globe");
        Element reply = fromSession(s, iq(QStringLiteral("set"), QStringLiteral("change1"),
                                          query({{QStringLiteral("username"), QStringLiteral("bill")},
                                                 {QStringLiteral("password"), QStringLiteral("newpass")}}),
                                          from, Domain));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("change1"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("newpass")));
        QVERIFY(!m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("Calliope")));
        QVERIFY(logged(QStringLiteral("register.password_changed"), QStringLiteral("bill@shakespeare.lit")));

        // The username may also be the bare JID (the data form examples use it).
        reply = fromSession(s, iq(QStringLiteral("set"), QStringLiteral("change2"),
                                  query({{QStringLiteral("username"), QStringLiteral("bill@shakespeare.lit")},
                                         {QStringLiteral("password"), QStringLiteral("newer")}}),
                                  from));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("newer")));

        // §3.3: an empty password never replaces the existing one (bad-request: incomplete).
        reply = fromSession(s, iq(QStringLiteral("set"), QStringLiteral("change3"),
                                  query({{QStringLiteral("username"), QStringLiteral("bill")},
                                         {QStringLiteral("password"), {}}}),
                                  from));
        QCOMPARE(errorCondition(reply), QStringLiteral("bad-request"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("bill"), Domain, QStringLiteral("newer")));

        // Someone else's password cannot be changed.
        reply = fromSession(s, iq(QStringLiteral("set"), QStringLiteral("change4"),
                                  query({{QStringLiteral("username"), QStringLiteral("juliet")},
                                         {QStringLiteral("password"), QStringLiteral("hacked")}}),
                                  from));
        QCOMPARE(errorCondition(reply), QStringLiteral("forbidden"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("juliet"), Domain, QStringLiteral("R0m30")));
        m_sessions.unbind(&s);
    }

    void passwordChangeSwitchedOffIsNotAllowed()
    {
        setDomain("registration.allow_password_change", false);
        FakeSession s;
        bindAs(s, QStringLiteral("juliet@shakespeare.lit/balcony"));
        const Element reply =
            fromSession(s, iq(QStringLiteral("set"), QStringLiteral("change1"),
                              query({{QStringLiteral("username"), QStringLiteral("juliet")},
                                     {QStringLiteral("password"), QStringLiteral("other")}}),
                              QStringLiteral("juliet@shakespeare.lit/balcony")));
        setDomain("registration.allow_password_change", true);
        // Example 21.
        QCOMPARE(errorCondition(reply), QStringLiteral("not-allowed"));
        QCOMPARE(reply.firstChild(u"error")->attr(u"type"), QStringLiteral("cancel"));
        QVERIFY(m_accounts->checkPassword(QStringLiteral("juliet"), Domain, QStringLiteral("R0m30")));
        QVERIFY(logged(QStringLiteral("register.change_refused"), QStringLiteral("juliet@shakespeare.lit")));
        m_sessions.unbind(&s);
    }

    void otherAccountsAreNotManaged()
    {
        FakeSession s;
        bindAs(s, QStringLiteral("bill@shakespeare.lit/globe"));
        const Element reply = fromSession(
            s, iq(QStringLiteral("set"), QStringLiteral("unreg1"), query({{QStringLiteral("remove"), {}}}),
                  QStringLiteral("bill@shakespeare.lit/globe"), QStringLiteral("juliet@shakespeare.lit")));
        QCOMPARE(errorCondition(reply), QStringLiteral("service-unavailable"));
        QVERIFY(m_accounts->exists(QStringLiteral("juliet"), Domain));
        m_sessions.unbind(&s);
    }

    void removeWithOtherElementsIsBadRequest()
    {
        FakeSession s;
        bindAs(s, QStringLiteral("juliet@shakespeare.lit/balcony"));
        const Element reply =
            fromSession(s, iq(QStringLiteral("set"), QStringLiteral("unreg1"),
                              query({{QStringLiteral("remove"), {}},
                                     {QStringLiteral("username"), QStringLiteral("juliet")}}),
                              QStringLiteral("juliet@shakespeare.lit/balcony")));
        QCOMPARE(errorCondition(reply), QStringLiteral("bad-request"));
        QVERIFY(m_accounts->exists(QStringLiteral("juliet"), Domain));
        QCOMPARE(s.closedWith, -1);
        m_sessions.unbind(&s);
    }

    void removalDeletesAccountAndEndsSessions()
    {
        // Examples 8 and 9, scenario 1: result, then <not-authorized/> on every session.
        FakeSession globe, theatre;
        bindAs(globe, QStringLiteral("bill@shakespeare.lit/globe"));
        bindAs(theatre, QStringLiteral("bill@shakespeare.lit/theatre"));
        const Element reply = fromSession(globe, iq(QStringLiteral("set"), QStringLiteral("unreg1"),
                                                    query({{QStringLiteral("remove"), {}}}),
                                                    QStringLiteral("bill@shakespeare.lit/globe")));
        QCOMPARE(reply.attr(u"type"), QStringLiteral("result"));
        QCOMPARE(reply.attr(u"id"), QStringLiteral("unreg1"));
        QVERIFY(!m_accounts->exists(QStringLiteral("bill"), Domain));
        QCOMPARE(globe.closedWith, int(xml::StreamErrorCondition::NotAuthorized));
        QCOMPARE(theatre.closedWith, int(xml::StreamErrorCondition::NotAuthorized));
        QVERIFY(m_sessions.sessionsOf(*Jid::parse(QStringLiteral("bill@shakespeare.lit"))).isEmpty());
        QVERIFY(logged(QStringLiteral("register.removed"), QStringLiteral("bill@shakespeare.lit")));
        // Other accounts stay.
        QVERIFY(m_accounts->exists(QStringLiteral("juliet"), Domain));
        // The name is free again.
        QCOMPARE(registerAccount(QStringLiteral("bill"), QStringLiteral("again")).attr(u"type"),
                 QStringLiteral("result"));
    }

    void sessionWithoutAccountIsRegistrationRequired()
    {
        // An anonymous login has an address but no account (§3.2: registration-required).
        FakeSession s;
        bindAs(s, QStringLiteral("anon-1234@shakespeare.lit/x"));
        const Element reply = fromSession(s, iq(QStringLiteral("set"), QStringLiteral("unreg1"),
                                                query({{QStringLiteral("remove"), {}}}),
                                                QStringLiteral("anon-1234@shakespeare.lit/x")));
        QCOMPARE(errorCondition(reply), QStringLiteral("registration-required"));
        QCOMPARE(s.closedWith, -1);
        m_sessions.unbind(&s);
    }
};

QTEST_GUILESS_MAIN(TestRegisterAccount)
#include "tst_registeraccount.moc"
