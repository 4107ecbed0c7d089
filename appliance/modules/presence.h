#pragma once
// RFC 6121 §3–4: presence. Broadcasts a resource's presence to the contacts subscribed to the user
// and to the user's own available resources, probes the contacts the user is subscribed to at
// initial presence and answers probes with each available resource's last presence, tracks
// directed presence (unavailable goes to those targets at logout), keeps the session's
// availability and priority in the SessionManager, and runs the subscription state machine
// (SubscriptionHandler) for stanzas leaving a local client and arriving for a local account.
#include "modules/module.h"
#include "modules/subscriptions.h"
#include "storage/rosterstore.h"
#include "xml/element.h"
#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace confab::core {
class Session;
}

namespace confab::modules {

class Presence : public Module
{
public:
    ~Presence() override;
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    struct SessionPresence
    {
        std::optional<xml::Element> last; // the last broadcast available presence, without 'to'
        QSet<QString> directed;           // JIDs sent directed available presence
    };

    bool outgoingFilter(const xml::Element &stanza, const Jid &from);
    bool handle(const xml::Element &stanza, core::Session *origin);
    void handleBroadcast(const xml::Element &stanza, core::Session *origin);
    void becameUnavailable(core::Session *session, const xml::Element &unavailable);
    void answerProbe(const xml::Element &probe, const Jid &from, const Jid &to);
    void sendProbes(const Jid &user);
    QStringList subscribers(const Jid &user);
    void sendTo(const xml::Element &presence, const QString &to);
    void sendPresenceOf(const Jid &user, const QString &contact, bool available);
    xml::Element lastPresence(core::Session *session) const;
    void unbound(core::Session *session);

    ModuleContext m_ctx;
    std::unique_ptr<storage::RosterStore> m_store;
    std::unique_ptr<SubscriptionHandler> m_subscriptions;
    QHash<core::Session *, SessionPresence> m_state;
    QMetaObject::Connection m_unboundConnection;
};

} // namespace confab::modules
