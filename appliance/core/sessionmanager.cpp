#include "core/sessionmanager.h"
#include <QRandomGenerator>
#include <QUuid>

namespace confab::core {

static QString generatedResource()
{
    // Random, unguessable, and short enough for clients to show.
    return QStringLiteral("confab-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

qsizetype SessionManager::indexOf(const Resources &resources, const QString &resource)
{
    for (qsizetype i = 0; i < resources.size(); ++i)
        if (resources.at(i).resource == resource)
            return i;
    return -1;
}

Jid SessionManager::bind(Session *session, const Jid &bare, const QString &preparedResource)
{
    auto &resources = m_byBare[bare.bare()];
    QString resource = preparedResource;
    if (resource.isEmpty()) {
        do {
            resource = generatedResource();
        } while (indexOf(resources, resource) >= 0);
    }
    if (const qsizetype i = indexOf(resources, resource); i >= 0) {
        Session *old = resources.at(i).session;
        resources.removeAt(i);
        --m_count;
        emit unbound(old);
        old->closeWithError(xml::StreamErrorCondition::Conflict,
                            QStringLiteral("Replaced by a new connection for the same resource"));
    }
    resources.append({resource, session});
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
    const qsizetype i = indexOf(*it, jid.resource());
    if (i < 0 || it->at(i).session != session)
        return; // already replaced
    it->removeAt(i);
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
    const qsizetype i = indexOf(*it, full.resource());
    return i < 0 ? nullptr : it->at(i).session;
}

QList<Session *> SessionManager::sessionsOf(const Jid &bare) const
{
    auto it = m_byBare.constFind(bare.bare());
    QList<Session *> out;
    if (it != m_byBare.constEnd()) {
        out.reserve(it->size());
        for (const Bound &b : *it)
            out.append(b.session);
    }
    return out;
}

QList<Session *> SessionManager::all() const
{
    QList<Session *> out;
    out.reserve(m_count);
    for (const auto &resources : m_byBare)
        for (const Bound &b : resources)
            out.append(b.session);
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
