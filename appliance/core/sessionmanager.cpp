#include "core/sessionmanager.h"
#include <QRandomGenerator>
#include <QUuid>

namespace confab::core {

static QString generatedResource()
{
    // Random, unguessable, and short enough for clients to show.
    return QStringLiteral("confab-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Jid SessionManager::bind(Session *session, const Jid &bare, const QString &preparedResource)
{
    auto &resources = m_byBare[bare.bare()];
    QString resource = preparedResource;
    if (resource.isEmpty()) {
        do {
            resource = generatedResource();
        } while (resources.contains(resource));
    }
    if (Session *old = resources.value(resource)) {
        resources.remove(resource);
        --m_count;
        emit unbound(old);
        old->closeWithError(xml::StreamErrorCondition::Conflict,
                            QStringLiteral("Replaced by a new connection for the same resource"));
    }
    resources.insert(resource, session);
    ++m_count;
    Jid full = bare.bare().withResource(resource);
    return full;
}

void SessionManager::unbind(Session *session)
{
    const Jid &jid = session->jid();
    auto it = m_byBare.find(jid.bare());
    if (it == m_byBare.end())
        return;
    auto rit = it->find(jid.resource());
    if (rit == it->end() || rit.value() != session)
        return; // already replaced
    it->erase(rit);
    --m_count;
    if (it->isEmpty())
        m_byBare.erase(it);
    emit unbound(session);
}

Session *SessionManager::find(const Jid &full) const
{
    auto it = m_byBare.constFind(full.bare());
    if (it == m_byBare.constEnd())
        return nullptr;
    return it->value(full.resource());
}

QList<Session *> SessionManager::sessionsOf(const Jid &bare) const
{
    auto it = m_byBare.constFind(bare.bare());
    return it == m_byBare.constEnd() ? QList<Session *>{} : it->values();
}

QList<Session *> SessionManager::all() const
{
    QList<Session *> out;
    out.reserve(m_count);
    for (const auto &resources : m_byBare)
        for (Session *s : resources)
            out.append(s);
    return out;
}

void SessionManager::setPresence(Session *session, bool available, int priority)
{
    const bool was = session->isAvailable();
    session->setPresence(available, priority);
    emit availabilityChanged(session, was);
}

QList<Session *> SessionManager::messageTargets(const Jid &bare) const
{
    QList<Session *> best;
    int top = -1;
    for (Session *s : sessionsOf(bare)) {
        if (!s->isAvailable() || s->priority() < 0)
            continue;
        if (s->priority() > top) {
            best.clear();
            top = s->priority();
        }
        if (s->priority() == top)
            best.append(s);
    }
    return best;
}

} // namespace confab::core
