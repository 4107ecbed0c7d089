#include "s2s/outgoingqueue.h"

namespace confab::s2s {

using xml::StanzaErrorCondition;

OutgoingQueue::OutgoingQueue(QString from, QString to, Hooks hooks)
    : m_from(std::move(from)), m_to(std::move(to)), m_hooks(std::move(hooks))
{
}

QString OutgoingQueue::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Resolving:
        return QStringLiteral("resolving");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Negotiating:
        return QStringLiteral("negotiating");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void OutgoingQueue::enqueue(xml::Element stanza, qint64 nowMs)
{
    if (m_state == State::Ready) {
        m_lastActivity = nowMs;
        m_hooks.send(stanza);
        return;
    }
    if (int(m_pending.size()) >= m_limits.maxStanzas) {
        m_hooks.bounce(stanza, StanzaErrorCondition::ResourceConstraint,
                       QStringLiteral("Too many stanzas are waiting for %1").arg(m_to));
        return;
    }
    m_pending.push_back({std::move(stanza), nowMs});
    if (m_state == State::Idle || m_state == State::Failed)
        startAttempt();
}

void OutgoingQueue::startAttempt()
{
    m_state = State::Resolving;
    m_hooks.connect(); // may call progress/ready/fail synchronously
}

void OutgoingQueue::progress(State state)
{
    if (m_state == State::Ready || m_state == State::Idle || m_state == State::Failed)
        return; // a late report from an attempt nobody waits for
    m_state = state;
}

void OutgoingQueue::ready(qint64 nowMs)
{
    m_state = State::Ready;
    m_lastActivity = nowMs;
    // Hooks may re-enter (a send failing synchronously); take the list first.
    std::deque<Pending> pending;
    pending.swap(m_pending);
    for (const Pending &p : pending)
        m_hooks.send(p.stanza);
}

void OutgoingQueue::fail(StanzaErrorCondition condition, const QString &text)
{
    m_state = State::Failed;
    bounceAll(condition, text);
}

void OutgoingQueue::connectionLost(qint64 nowMs)
{
    m_state = State::Idle;
    m_lastActivity = nowMs;
    if (!m_pending.empty())
        startAttempt();
}

void OutgoingQueue::tick(qint64 nowMs)
{
    if (m_state == State::Ready) {
        if (nowMs - m_lastActivity >= m_limits.idleMs) {
            m_state = State::Idle;
            m_hooks.release();
        }
        return;
    }
    if (!m_pending.empty() && nowMs - m_pending.front().since >= m_limits.timeoutMs) {
        m_state = State::Failed;
        bounceAll(StanzaErrorCondition::RemoteServerTimeout,
                  QStringLiteral("No connection to %1 could be set up in time").arg(m_to));
        m_hooks.release();
    }
}

void OutgoingQueue::bounceAll(StanzaErrorCondition condition, const QString &text)
{
    std::deque<Pending> pending;
    pending.swap(m_pending);
    for (const Pending &p : pending)
        m_hooks.bounce(p.stanza, condition, text);
}

} // namespace confab::s2s
