#pragma once
// Bound resources by account. Binding policy for a resource already in use: the newest session
// wins and the old one is closed with <conflict/> (RFC 6120 §7.7.2.2, "override").
#include "core/session.h"
#include "shared/jid.h"
#include <QHash>
#include <QList>
#include <QObject>

namespace confab::core {

class SessionManager : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Binds `session` as bare/resource. An empty resource gets a generated one. Returns the full JID.
    Jid bind(Session *session, const Jid &bare, const QString &preparedResource);
    void unbind(Session *session);

    Session *find(const Jid &full) const;
    QList<Session *> sessionsOf(const Jid &bare) const;
    QList<Session *> all() const;
    int count() const { return m_count; }
    // Resources to which a message to the bare JID goes (RFC 6121 §8.5.2.1.1): available with
    // non-negative priority, all of those with the highest priority.
    QList<Session *> messageTargets(const Jid &bare) const;
    // The one place a session's availability changes (the presence module calls it); emits
    // availabilityChanged so other modules (offline delivery, last activity) can react.
    void setPresence(Session *session, bool available, int priority);

signals:
    void bound(confab::core::Session *session);
    void unbound(confab::core::Session *session);
    // Sent after the change; `wasAvailable` is the state before it.
    void availabilityChanged(confab::core::Session *session, bool wasAvailable);

private:
    struct Bound
    {
        QString resource;
        Session *session;
    };
    using Resources = QList<Bound>;
    static qsizetype indexOf(const Resources &resources, const QString &resource);

    // bare → its bound resources. A list, not a hash: accounts have a few resources, and a QHash
    // with one entry allocates storage for 48 (~1.7 KiB per logged-in account, by heaptrack).
    QHash<Jid, Resources> m_byBare;
    int m_count = 0;
};

} // namespace confab::core
