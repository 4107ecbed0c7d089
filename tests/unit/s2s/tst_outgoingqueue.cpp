// The outgoing queue state machine with a fake clock and a fake connector: stanzas wait while the
// stream is set up, go out in order once the pair is authenticated, are bounced (never dropped)
// with the right condition on failure, timeout or overflow, and the stream is released when idle.
#include "s2s/outgoingqueue.h"
#include "xml/namespaces.h"
#include <QTest>

using namespace confab;
using s2s::OutgoingQueue;
using xml::StanzaErrorCondition;
using State = OutgoingQueue::State;

namespace {

xml::Element message(const QString &body)
{
    xml::Element m(QStringLiteral("message"), xml::ns::Client);
    m.setAttr(QStringLiteral("from"), QStringLiteral("alice@a.test/r"));
    m.setAttr(QStringLiteral("to"), QStringLiteral("bob@b.test"));
    m.addChild(QStringLiteral("body"), xml::ns::Client).addText(body);
    return m;
}

struct Harness
{
    int connects = 0;
    int releases = 0;
    QStringList sent;
    QList<QPair<QString, StanzaErrorCondition>> bounced;
    std::unique_ptr<OutgoingQueue> queue;

    Harness(int max = 1000, qint64 timeoutMs = 60000, qint64 idleMs = 600000)
    {
        OutgoingQueue::Hooks h;
        h.connect = [this] { ++connects; };
        h.send = [this](const xml::Element &s) { sent.append(s.childText(u"body")); };
        h.bounce = [this](const xml::Element &s, StanzaErrorCondition c, const QString &) {
            bounced.append({s.childText(u"body"), c});
        };
        h.release = [this] { ++releases; };
        queue = std::make_unique<OutgoingQueue>(QStringLiteral("a.test"), QStringLiteral("b.test"), h);
        queue->setLimits({max, timeoutMs, idleMs});
    }
};

} // namespace

class TstOutgoingQueue : public QObject
{
    Q_OBJECT
private slots:
    void firstStanzaStartsOneAttempt()
    {
        Harness h;
        QCOMPARE(h.queue->state(), State::Idle);
        h.queue->enqueue(message("1"), 0);
        QCOMPARE(h.queue->state(), State::Resolving);
        h.queue->enqueue(message("2"), 10);
        QCOMPARE(h.connects, 1); // a second stanza joins the attempt
        QCOMPARE(h.queue->length(), 2);
        QVERIFY(h.sent.isEmpty());
        h.queue->progress(State::Connecting);
        QCOMPARE(h.queue->state(), State::Connecting);
        h.queue->progress(State::Negotiating);
        QCOMPARE(h.queue->state(), State::Negotiating);
    }
    void readyFlushesInOrderThenSendsDirectly()
    {
        Harness h;
        h.queue->enqueue(message("1"), 0);
        h.queue->enqueue(message("2"), 1);
        h.queue->ready(5);
        QCOMPARE(h.queue->state(), State::Ready);
        QCOMPARE(h.sent, QStringList({"1", "2"}));
        QCOMPARE(h.queue->length(), 0);
        h.queue->enqueue(message("3"), 6);
        QCOMPARE(h.sent, QStringList({"1", "2", "3"}));
        QVERIFY(h.bounced.isEmpty());
    }
    void failureBouncesEverything()
    {
        Harness h;
        h.queue->enqueue(message("1"), 0);
        h.queue->enqueue(message("2"), 0);
        h.queue->fail(StanzaErrorCondition::RemoteServerNotFound, QStringLiteral("no route"));
        QCOMPARE(h.queue->state(), State::Failed);
        QCOMPARE(h.bounced.size(), 2);
        QCOMPARE(h.bounced[0].second, StanzaErrorCondition::RemoteServerNotFound);
        QCOMPARE(h.queue->length(), 0);
        QVERIFY(h.sent.isEmpty());
        // The next stanza tries again.
        h.queue->enqueue(message("3"), 100);
        QCOMPARE(h.connects, 2);
        QCOMPARE(h.queue->state(), State::Resolving);
    }
    void queueTimeoutBouncesWithRemoteServerTimeout()
    {
        Harness h(1000, 60000);
        h.queue->enqueue(message("1"), 0);
        h.queue->enqueue(message("2"), 30000);
        h.queue->tick(59999);
        QVERIFY(h.bounced.isEmpty());
        h.queue->tick(60000); // the oldest waited the full timeout: all go back
        QCOMPARE(h.bounced.size(), 2);
        QCOMPARE(h.bounced[0].second, StanzaErrorCondition::RemoteServerTimeout);
        QCOMPARE(h.queue->state(), State::Failed);
        QCOMPARE(h.releases, 1);
        // A late "ready" from the abandoned attempt still works for new stanzas.
        h.queue->progress(State::Negotiating);
        QCOMPARE(h.queue->state(), State::Failed);
    }
    void boundedQueue()
    {
        Harness h(2);
        h.queue->enqueue(message("1"), 0);
        h.queue->enqueue(message("2"), 0);
        h.queue->enqueue(message("3"), 0);
        QCOMPARE(h.queue->length(), 2);
        QCOMPARE(h.bounced.size(), 1);
        QCOMPARE(h.bounced[0].first, QStringLiteral("3"));
        QCOMPARE(h.bounced[0].second, StanzaErrorCondition::ResourceConstraint);
    }
    void idleReleasesTheStream()
    {
        Harness h(1000, 60000, 600000);
        h.queue->enqueue(message("1"), 0);
        h.queue->ready(1000);
        h.queue->enqueue(message("2"), 100000);
        h.queue->tick(699999);
        QCOMPARE(h.releases, 0); // activity at 100000 restarted the idle period
        h.queue->tick(700000);
        QCOMPARE(h.releases, 1);
        QCOMPARE(h.queue->state(), State::Idle);
        h.queue->enqueue(message("3"), 700001);
        QCOMPARE(h.connects, 2);
    }
    void connectionLostReconnectsOnlyWithWork()
    {
        Harness h;
        h.queue->enqueue(message("1"), 0);
        h.queue->ready(1);
        h.queue->connectionLost(2);
        QCOMPARE(h.queue->state(), State::Idle);
        QCOMPARE(h.connects, 1);
        h.queue->enqueue(message("2"), 3);
        QCOMPARE(h.connects, 2);
        h.queue->connectionLost(4); // lost while negotiating with a stanza waiting: try again
        QCOMPARE(h.connects, 3);
        QCOMPARE(h.queue->length(), 1);
    }
    void synchronousReadyInsideConnect()
    {
        // A stream already authenticated for the pair answers within the connect hook.
        OutgoingQueue *q = nullptr;
        QStringList sent;
        OutgoingQueue::Hooks hooks;
        hooks.connect = [&] { q->ready(0); };
        hooks.send = [&](const xml::Element &s) { sent.append(s.childText(u"body")); };
        hooks.bounce = [](const xml::Element &, StanzaErrorCondition, const QString &) { QFAIL("bounced"); };
        hooks.release = [] {};
        OutgoingQueue queue(QStringLiteral("a.test"), QStringLiteral("b.test"), hooks);
        q = &queue;
        queue.enqueue(message("1"), 0);
        QCOMPARE(sent, QStringList({"1"}));
        QCOMPARE(queue.state(), State::Ready);
    }
};

QTEST_GUILESS_MAIN(TstOutgoingQueue)
#include "tst_outgoingqueue.moc"
