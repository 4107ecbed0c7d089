// SessionManager keeps an account's resources in a small list (a per-account QHash cost ~1.7 KiB
// per session); these pin the binding rules that list must keep: lookup by full JID, the newest
// session wins a resource, a replaced session's unbind leaves the new one alone.
#include "core/sessionmanager.h"
#include <QSignalSpy>
#include <QTest>

using namespace confab;

namespace {

class FakeSession : public core::Session
{
public:
    const Jid &jid() const override { return m_jid; }
    QString id() const override { return {}; }
    void deliver(const xml::Element &) override {}
    void closeWithError(xml::StreamErrorCondition c, const QString &) override { closedWith = int(c); }
    Jid m_jid;
    int closedWith = -1;
};

Jid jid(const char *text)
{
    return *Jid::parse(QString::fromLatin1(text));
}

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT
private slots:
    void bindsFindsAndListsResources()
    {
        core::SessionManager m;
        FakeSession a, b, other;
        a.m_jid = m.bind(&a, jid("alice@example.com"), QStringLiteral("phone"));
        b.m_jid = m.bind(&b, jid("alice@example.com"), QStringLiteral("laptop"));
        other.m_jid = m.bind(&other, jid("bob@example.com"), QStringLiteral("phone"));
        QCOMPARE(a.m_jid, jid("alice@example.com/phone"));
        QCOMPARE(m.count(), 3);
        QCOMPARE(m.find(jid("alice@example.com/laptop")), &b);
        QCOMPARE(m.find(jid("bob@example.com/phone")), &other);
        QCOMPARE(m.find(jid("alice@example.com/tablet")), nullptr);
        QCOMPARE(m.sessionsOf(jid("alice@example.com")), (QList<core::Session *>{&a, &b}));
        QCOMPARE(m.all().size(), 3);

        m.unbind(&a);
        QCOMPARE(m.find(jid("alice@example.com/phone")), nullptr);
        QCOMPARE(m.sessionsOf(jid("alice@example.com")), QList<core::Session *>{&b});
        m.unbind(&b);
        QVERIFY(m.sessionsOf(jid("alice@example.com")).isEmpty());
        QCOMPARE(m.count(), 1);
    }

    void newestSessionWinsTheResource()
    {
        core::SessionManager m;
        QSignalSpy unbound(&m, &core::SessionManager::unbound);
        FakeSession first, second;
        first.m_jid = m.bind(&first, jid("alice@example.com"), QStringLiteral("phone"));
        second.m_jid = m.bind(&second, jid("alice@example.com"), QStringLiteral("phone"));
        QCOMPARE(first.closedWith, int(xml::StreamErrorCondition::Conflict));
        QCOMPARE(unbound.size(), 1);
        QCOMPARE(m.count(), 1);
        QCOMPARE(m.find(jid("alice@example.com/phone")), &second);

        m.unbind(&first); // the replaced stream ends later: must not unbind its successor
        QCOMPARE(m.find(jid("alice@example.com/phone")), &second);
        QCOMPARE(m.count(), 1);
        QCOMPARE(unbound.size(), 1);
    }

    void emptyResourceGetsAGeneratedOne()
    {
        core::SessionManager m;
        FakeSession a, b;
        a.m_jid = m.bind(&a, jid("alice@example.com"), QString());
        b.m_jid = m.bind(&b, jid("alice@example.com"), QString());
        QVERIFY(a.m_jid.resource().startsWith(u"confab-"));
        QVERIFY(a.m_jid.resource() != b.m_jid.resource());
        QCOMPARE(a.closedWith, -1);
        QCOMPARE(m.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
