// Router delivery rules: RFC 6121 §8.5 (local domain), RFC 6120 §10.3 (no 'to'), iq dispatch by
// namespace with <service-unavailable/> for namespaces nobody handles.
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "xml/namespaces.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace confab;
using xml::Element;

class FakeSession : public core::Session
{
public:
    explicit FakeSession(QString id) : m_id(std::move(id)) {}
    const Jid &jid() const override { return m_jid; }
    QString id() const override { return m_id; }
    void deliver(const Element &stanza) override { received.append(stanza); }
    void closeWithError(xml::StreamErrorCondition c, const QString &) override { closedWith = int(c); }
    Jid m_jid;
    QString m_id;
    QList<Element> received;
    int closedWith = -1;
};

static Element message(const QString &from, const QString &to, const QString &type = QStringLiteral("chat"))
{
    Element m(QStringLiteral("message"), xml::ns::Client);
    if (!from.isEmpty())
        m.setAttr(QStringLiteral("from"), from);
    m.setAttr(QStringLiteral("to"), to);
    m.setAttr(QStringLiteral("type"), type);
    m.addChild(QStringLiteral("body"), xml::ns::Client).addText(QStringLiteral("hi"));
    return m;
}

static QString errorCondition(const Element &stanza)
{
    const Element *error = stanza.firstChild(u"error");
    if (!error || stanza.attr(u"type") != u"error")
        return {};
    const Element *cond = error->firstChildElement();
    return cond ? cond->name() : QString();
}

class TestRouter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<core::ConfigCache> m_config;
    core::SessionManager m_sessions;
    core::ModuleRegistry m_modules;
    std::unique_ptr<core::Router> m_router;
    FakeSession alice1{QStringLiteral("1")}, alice2{QStringLiteral("2")}, bob{QStringLiteral("3")};

    void bindAs(FakeSession &s, const QString &full, bool available, int priority)
    {
        const Jid jid = *Jid::parse(full);
        s.m_jid = m_sessions.bind(&s, jid.bare(), jid.resource());
        s.setPresence(available, priority);
    }
    void clear()
    {
        for (FakeSession *s : {&alice1, &alice2, &bob})
            s->received.clear();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<storage::Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("t.db"))).ok());
        QVERIFY(storage::DomainStore(*m_db).add(QStringLiteral("example.com")).ok());
        m_config = std::make_unique<core::ConfigCache>(*m_db);
        m_router = std::make_unique<core::Router>(
            *m_config, m_sessions, m_modules,
            [](const Jid &bare) { return bare.node() == u"alice" || bare.node() == u"bob"; }, nullptr);
        bindAs(alice1, QStringLiteral("alice@example.com/desk"), true, 5);
        bindAs(alice2, QStringLiteral("alice@example.com/phone"), true, 1);
        bindAs(bob, QStringLiteral("bob@example.com/pc"), true, 0);
    }

    void messageToBareGoesToHighestPriority()
    {
        clear();
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("alice@example.com")),
                                  &bob);
        QCOMPARE(alice1.received.size(), 1);
        QCOMPARE(alice2.received.size(), 0);
        QCOMPARE(alice1.received.first().attr(u"from"), QStringLiteral("bob@example.com/pc"));
    }

    void equalPrioritiesAllReceive()
    {
        clear();
        alice2.setPresence(true, 5);
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("alice@example.com")),
                                  &bob);
        QCOMPARE(alice1.received.size(), 1);
        QCOMPARE(alice2.received.size(), 1);
        alice2.setPresence(true, 1);
    }

    void negativePriorityGetsNoBareMessages()
    {
        clear();
        alice1.setPresence(true, -1);
        alice2.setPresence(true, -1);
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("alice@example.com")),
                                  &bob);
        QCOMPARE(alice1.received.size(), 0);
        QCOMPARE(alice2.received.size(), 0);
        // Nobody can take it: the sender hears service-unavailable (offline storage comes with RFC 6121 modules).
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("service-unavailable"));
        alice1.setPresence(true, 5);
        alice2.setPresence(true, 1);
    }

    void messageToFullJidGoesToThatResource()
    {
        clear();
        m_router->routeFromClient(
            message(QStringLiteral("bob@example.com/pc"), QStringLiteral("alice@example.com/phone")), &bob);
        QCOMPARE(alice2.received.size(), 1);
        QCOMPARE(alice1.received.size(), 0);
    }

    void chatToUnknownResourceFallsBackToBare()
    {
        clear();
        m_router->routeFromClient(
            message(QStringLiteral("bob@example.com/pc"), QStringLiteral("alice@example.com/gone")), &bob);
        QCOMPARE(alice1.received.size(), 1);
    }

    void headlineToUnknownResourceIsDropped()
    {
        clear();
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"),
                                          QStringLiteral("alice@example.com/gone"), QStringLiteral("headline")),
                                  &bob);
        QCOMPARE(alice1.received.size() + alice2.received.size() + bob.received.size(), 0);
    }

    void messageToUnknownAccountBounces()
    {
        clear();
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("carol@example.com")),
                                  &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("service-unavailable"));
        QCOMPARE(bob.received.first().attr(u"from"), QStringLiteral("carol@example.com"));
    }

    void errorsAreNeverAnswered()
    {
        clear();
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("carol@example.com"),
                                          QStringLiteral("error")),
                                  &bob);
        QCOMPARE(bob.received.size(), 0);
    }

    void remoteDomainWithoutS2sBounces()
    {
        clear();
        m_router->routeFromClient(message(QStringLiteral("bob@example.com/pc"), QStringLiteral("x@elsewhere.org")),
                                  &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("remote-server-not-found"));
    }

    void iqToServerDispatchedByNamespace()
    {
        clear();
        auto reg = m_modules.registerIq(core::IqTarget::Server, QStringLiteral("get"), QStringLiteral("urn:test"),
                                        [](const core::IqRequest &req, const core::IqResponder &r) {
                                            QCOMPARE(req.payload.name(), QStringLiteral("q"));
                                            r.result();
                                        });
        Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("from"), QStringLiteral("bob@example.com/pc"));
        iq.setAttr(QStringLiteral("to"), QStringLiteral("example.com"));
        iq.setAttr(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttr(QStringLiteral("id"), QStringLiteral("a1"));
        iq.addChild(QStringLiteral("q"), QStringLiteral("urn:test"));
        m_router->routeFromClient(Element(iq), &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(bob.received.first().attr(u"type"), QStringLiteral("result"));
        QCOMPARE(bob.received.first().attr(u"id"), QStringLiteral("a1"));
        QCOMPARE(bob.received.first().attr(u"from"), QStringLiteral("example.com"));

        reg.reset(); // unregistered: nobody handles the namespace any more
        bob.received.clear();
        m_router->routeFromClient(Element(iq), &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("service-unavailable"));
    }

    void unansweredIqYieldsInternalServerError()
    {
        clear();
        auto reg = m_modules.registerIq(core::IqTarget::Server, QStringLiteral("get"), QStringLiteral("urn:lazy"),
                                        [](const core::IqRequest &, const core::IqResponder &) {});
        Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("from"), QStringLiteral("bob@example.com/pc"));
        iq.setAttr(QStringLiteral("to"), QStringLiteral("example.com"));
        iq.setAttr(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttr(QStringLiteral("id"), QStringLiteral("z"));
        iq.addChild(QStringLiteral("q"), QStringLiteral("urn:lazy"));
        m_router->routeFromClient(std::move(iq), &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("internal-server-error"));
    }

    void iqWithTwoPayloadsIsBadRequest()
    {
        clear();
        Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("from"), QStringLiteral("bob@example.com/pc"));
        iq.setAttr(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttr(QStringLiteral("id"), QStringLiteral("b"));
        iq.addChild(QStringLiteral("a"), QStringLiteral("urn:a"));
        iq.addChild(QStringLiteral("b"), QStringLiteral("urn:b"));
        m_router->routeFromClient(std::move(iq), &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("bad-request"));
    }

    void iqToUnknownFullJidIsServiceUnavailable()
    {
        clear();
        Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("from"), QStringLiteral("bob@example.com/pc"));
        iq.setAttr(QStringLiteral("to"), QStringLiteral("alice@example.com/gone"));
        iq.setAttr(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttr(QStringLiteral("id"), QStringLiteral("c"));
        iq.addChild(QStringLiteral("q"), QStringLiteral("urn:x"));
        m_router->routeFromClient(std::move(iq), &bob);
        QCOMPARE(bob.received.size(), 1);
        QCOMPARE(errorCondition(bob.received.first()), QStringLiteral("service-unavailable"));
    }

    void resourceConflictNewestWins()
    {
        FakeSession newer(QStringLiteral("9"));
        const Jid full = m_sessions.bind(&newer, *Jid::parse(QStringLiteral("bob@example.com")), QStringLiteral("pc"));
        newer.m_jid = full;
        QCOMPARE(full.toString(), QStringLiteral("bob@example.com/pc"));
        QCOMPARE(bob.closedWith, int(xml::StreamErrorCondition::Conflict));
        QCOMPARE(m_sessions.find(full), &newer);
        m_sessions.unbind(&bob); // the old one going away must not unbind the newer one
        QCOMPARE(m_sessions.find(full), &newer);
        m_sessions.unbind(&newer);
        QVERIFY(!m_sessions.find(full));
    }

    void generatedResourcesAreUnique()
    {
        FakeSession a(QStringLiteral("a")), b(QStringLiteral("b"));
        const Jid ja = m_sessions.bind(&a, *Jid::parse(QStringLiteral("alice@example.com")), QString());
        const Jid jb = m_sessions.bind(&b, *Jid::parse(QStringLiteral("alice@example.com")), QString());
        QVERIFY(!ja.resource().isEmpty());
        QVERIFY(ja.resource() != jb.resource());
        a.m_jid = ja;
        b.m_jid = jb;
        m_sessions.unbind(&a);
        m_sessions.unbind(&b);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
