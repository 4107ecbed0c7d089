#pragma once
// Delivers every stanza by the rules of RFC 6120 §10 and RFC 6121 §8: to the server (modules), to a
// local account's resources, or to a remote domain (s2s, when a remote handler is installed).
#include "core/moduleregistry.h"
#include "shared/jid.h"
#include "xml/element.h"
#include <QObject>
#include <functional>
#include <utility>
#include <vector>

namespace confab::log {
class Logger;
}

namespace confab::core {

class ConfigCache;
class SessionManager;
class Session;

// Which way a stanza crosses a local account's boundary, for filters (blocking, privacy).
enum class FilterDirection { Outgoing, Incoming };
// When a filter runs: Policy filters (blocking, privacy) decide whether a stanza may cross at all,
// so they run before Processing filters (presence subscriptions), which may consume the stanza and
// send something on themselves. Within a stage, in registration order.
enum class FilterStage { Policy, Processing };

class Router : public QObject
{
    Q_OBJECT
public:
    // Return false to stop the stanza; the filter answers the sender itself if it should.
    // `localUser`: the local account the stanza leaves (Outgoing) or is addressed to (Incoming).
    using StanzaFilter = std::function<bool(const xml::Element &stanza, const Jid &localUser, FilterDirection)>;
    using AccountExists = std::function<bool(const Jid &bare)>;
    using RemoteHandler = std::function<void(xml::Element stanza)>;
    // Hook for stanzas to a local account with no resource to take them (offline storage);
    // returns true when it took the stanza.
    using UndeliverableHandler = std::function<bool(const xml::Element &stanza, const Jid &to)>;
    using PresenceHandler = std::function<bool(const xml::Element &stanza, Session *origin)>;

    Router(ConfigCache &config, SessionManager &sessions, ModuleRegistry &modules, AccountExists accountExists,
           log::Logger *logger, QObject *parent = nullptr);

    // A stanza from a bound local client: `from` has been stamped with the session's full JID.
    void routeFromClient(xml::Element stanza, Session *origin);
    // A stanza the server itself (a module) or a peer server sends; `from` must be set.
    void route(xml::Element stanza);

    void setRemoteHandler(RemoteHandler h) { m_remote = std::move(h); }
    void setUndeliverableHandler(UndeliverableHandler h) { m_undeliverable = std::move(h); }
    // Presence without `to` from a client (broadcast) and presence to a local account; returns true
    // when handled. Without one, the router keeps just the session's availability and priority.
    void setPresenceHandler(PresenceHandler h) { m_presence = std::move(h); }

    [[nodiscard]] Registration addFilter(StanzaFilter filter, FilterStage stage = FilterStage::Processing);

    // Stanzas the server sends on a local account's behalf (presence broadcasts, probe answers) do
    // not pass the filters of the account's own stanzas; outbound policies (blocking) get a say here
    // instead. A policy returns false to drop the stanza silently: nobody is told.
    using OutboundPolicy = std::function<bool(const xml::Element &stanza, const Jid &account)>;
    [[nodiscard]] Registration addOutboundPolicy(OutboundPolicy policy);
    // route(), unless an outbound policy of `account` (bare) drops the stanza.
    void routeOnBehalf(xml::Element stanza, const Jid &account);

    // Sends an error reply for `stanza` unless it is itself an error (never answer errors).
    void bounce(const xml::Element &stanza, xml::StanzaErrorCondition condition, const QString &text = {});

private:
    void routeLocal(xml::Element &stanza, const Jid &to, Session *origin);
    void toServer(xml::Element &stanza, const Jid &to, Session *origin);
    void toBare(xml::Element &stanza, const Jid &to);
    void toFull(xml::Element &stanza, const Jid &to);
    void handleIq(xml::Element &stanza, const Jid &to, IqTarget target, bool fromLocal);
    void deliverTo(Session *session, const xml::Element &stanza);
    bool passes(const xml::Element &stanza, const Jid &localUser, FilterDirection direction) const;

    ConfigCache &m_config;
    SessionManager &m_sessions;
    ModuleRegistry &m_modules;
    AccountExists m_accountExists;
    log::Logger *m_logger;
    RemoteHandler m_remote;
    UndeliverableHandler m_undeliverable;
    PresenceHandler m_presence;
    std::vector<std::pair<quint64, OutboundPolicy>> m_outboundPolicies;
    struct Filter
    {
        quint64 id;
        FilterStage stage;
        StanzaFilter filter;
    };
    std::vector<Filter> m_filters; // ordered by stage, then registration
    quint64 m_nextFilterId = 1;
};

} // namespace confab::core
