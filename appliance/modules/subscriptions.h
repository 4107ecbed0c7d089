#pragma once
// RFC 6121 §3: presence subscription stanzas through the user's server, outbound (from the user's
// client, before routing) and inbound (to a local account), with the roster kept and pushed per
// Appendix A (see SubscriptionState). Requests that find the user offline stay pending and are
// delivered at their next initial presence.
#include "shared/jid.h"
#include "storage/rosterstore.h"
#include "xml/element.h"
#include <functional>
#include <optional>

namespace confab::core {
class Router;
class Session;
class SessionManager;
} // namespace confab::core
namespace confab::log {
class Logger;
}

namespace confab::modules {

class SubscriptionHandler
{
public:
    // Sends the presence of each of `user`'s available resources to `contact` (available: the last
    // presence; otherwise unavailable), when a subscription from the contact starts or ends.
    using PresenceSender = std::function<void(const Jid &user, const QString &contact, bool available)>;

    SubscriptionHandler(storage::RosterStore &store, core::SessionManager &sessions, core::Router &router,
                        log::Logger *logger, PresenceSender sendPresence);

    // A subscription stanza from `user`'s client (full JID in `from`).
    void outbound(const xml::Element &stanza, const Jid &from, const Jid &to);
    // A subscription stanza from `from` to the local account `to`.
    void inbound(const xml::Element &stanza, const Jid &from, const Jid &to);
    // Requests still waiting for `session`'s user: delivered to that resource.
    void deliverPending(core::Session *session);

private:
    std::optional<storage::RosterItem> load(const Jid &user, const QString &contact);
    bool save(const Jid &user, const storage::RosterItem &before, const storage::RosterItem &after);
    xml::Element copyFor(const xml::Element &stanza, const QString &type, const Jid &from,
                         const QString &to) const;

    storage::RosterStore &m_store;
    core::SessionManager &m_sessions;
    core::Router &m_router;
    log::Logger *m_logger;
    PresenceSender m_sendPresence;
};

} // namespace confab::modules
