#pragma once
// XEP-0191 Blocking Command: an account's blocklist (get, block, unblock, unblock all), pushed to
// every resource of the account that retrieved it, and enforced on the router for the account's
// stanzas in both directions (§3.3–3.5 with the XEP-0016 §2.1 JID matching): outgoing stanzas to a
// blocked JID come back as <not-acceptable/> + <blocked xmlns='urn:xmpp:blocking:errors'/>;
// incoming ones are dropped (presence, iq result/error) or answered <service-unavailable/>
// (message, iq get/set), so the user appears offline to the blocked entity.
#include "core/router.h"
#include "modules/module.h"
#include "shared/jid.h"
#include "storage/blockliststore.h"
#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

namespace confab::core {
class Session;
}

namespace confab::modules {

namespace ns {
inline const QString Blocking = QStringLiteral("urn:xmpp:blocking");
inline const QString BlockingErrors = QStringLiteral("urn:xmpp:blocking:errors");
} // namespace ns

// Whether the blocklist entry `item` covers `address` (XEP-0016 §2.1: full JID, bare JID,
// domain/resource, domain).
bool blocklistCovers(const Jid &item, const Jid &address);

class Blocking : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void get(const core::IqRequest &request, const core::IqResponder &responder);
    void set(const core::IqRequest &request, const core::IqResponder &responder);
    void push(const Jid &account, const xml::Element &payload) const;
    void announcePresence(const Jid &account, const QStringList &jids, bool blocked) const;
    bool filter(const xml::Element &stanza, const Jid &user, core::FilterDirection direction);
    bool isBlocked(const Jid &account, const Jid &address);
    const QList<Jid> &blocklist(const Jid &account);
    void sessionGone(core::Session *session);

    ModuleContext m_ctx;
    std::unique_ptr<storage::BlocklistStore> m_store;
    QHash<Jid, QList<Jid>> m_cache; // bare JID → its blocklist, while the account is in use
    QSet<Jid> m_interested;         // full JIDs of resources that retrieved the blocklist
    QObject m_receiver;
};

} // namespace confab::modules
