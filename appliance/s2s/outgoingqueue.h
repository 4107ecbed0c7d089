#pragma once
// The stanzas waiting for one (local domain, remote domain) pair and the state of the connection
// that will carry them. A pure state machine: time comes in as arguments and the outside world
// (connecting, writing, bouncing) is reached through hooks, so tests drive it with a fake clock.
//
// Idle → (stanza) → Resolving → Connecting → Negotiating → Ready (flush; sends directly) → Idle after
// the idle timeout. Any failure bounces what waits (never drops it silently) and leaves Failed; the
// next stanza starts over. Stanzas that wait longer than the queue timeout are bounced with
// remote-server-timeout.
#include "xml/element.h"
#include "xml/stanzaerror.h"
#include <QString>
#include <deque>
#include <functional>

namespace confab::s2s {

class OutgoingQueue
{
public:
    enum class State { Idle, Resolving, Connecting, Negotiating, Ready, Failed };

    struct Limits
    {
        int maxStanzas = 1000;
        qint64 timeoutMs = 60000; // s2s.queue_timeout_seconds
        qint64 idleMs = 600000;   // s2s.idle_timeout_seconds
    };

    struct Hooks
    {
        std::function<void()> connect;                  // open (or join) a stream for this pair
        std::function<void(const xml::Element &)> send; // write one stanza while Ready
        std::function<void(const xml::Element &, xml::StanzaErrorCondition, const QString &)> bounce;
        std::function<void()> release; // this pair no longer needs its stream (idle, timeout)
    };

    OutgoingQueue(QString from, QString to, Hooks hooks);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    State state() const { return m_state; }
    int length() const { return int(m_pending.size()); }
    qint64 lastActivity() const { return m_lastActivity; }

    void enqueue(xml::Element stanza, qint64 nowMs);
    // Progress of the connection attempt (Resolving, Connecting, Negotiating).
    void progress(State state);
    // The pair is authenticated on a stream: everything waiting goes out in order.
    void ready(qint64 nowMs);
    // The attempt failed (no route, resolution, connection, TLS policy, authentication refused).
    void fail(xml::StanzaErrorCondition condition, const QString &text);
    // The stream went away. Waiting stanzas (if any) trigger a new attempt.
    void connectionLost(qint64 nowMs);
    // Timeouts: bounce stanzas waiting too long; release an idle stream.
    void tick(qint64 nowMs);

    static QString stateName(State state);

private:
    struct Pending
    {
        xml::Element stanza;
        qint64 since = 0;
    };
    void startAttempt();
    void bounceAll(xml::StanzaErrorCondition condition, const QString &text);

    QString m_from;
    QString m_to;
    Hooks m_hooks;
    Limits m_limits;
    State m_state = State::Idle;
    std::deque<Pending> m_pending;
    qint64 m_lastActivity = 0;
};

} // namespace confab::s2s
