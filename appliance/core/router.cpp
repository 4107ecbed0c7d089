#include "core/router.h"
#include "core/configcache.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "xml/namespaces.h"
#include "xml/stanzaerror.h"
#include <algorithm>

namespace confab::core {

using xml::Element;
using xml::StanzaErrorCondition;

Router::Router(ConfigCache &config, SessionManager &sessions, ModuleRegistry &modules, AccountExists accountExists,
               log::Logger *logger, QObject *parent)
    : QObject(parent), m_config(config), m_sessions(sessions), m_modules(modules),
      m_accountExists(std::move(accountExists)), m_logger(logger)
{
}

void Router::bounce(const Element &stanza, StanzaErrorCondition condition, const QString &text)
{
    if (xml::isErrorStanza(stanza))
        return;
    if (stanza.name() == u"presence" && stanza.attr(u"type") != u"subscribe")
        return; // presence errors only make sense for subscription requests
    route(xml::makeErrorReply(stanza, condition, text));
}

Registration Router::addFilter(StanzaFilter filter, FilterStage stage)
{
    const quint64 id = m_nextFilterId++;
    const auto later = std::find_if(m_filters.begin(), m_filters.end(),
                                    [stage](const Filter &f) { return int(f.stage) > int(stage); });
    m_filters.insert(later, Filter{id, stage, std::move(filter)});
    return Registration([this, id] {
        std::erase_if(m_filters, [id](const Filter &f) { return f.id == id; });
    });
}

Registration Router::addOutboundPolicy(OutboundPolicy policy)
{
    const quint64 id = m_nextFilterId++;
    m_outboundPolicies.emplace_back(id, std::move(policy));
    return Registration([this, id] {
        std::erase_if(m_outboundPolicies, [id](const auto &p) { return p.first == id; });
    });
}

void Router::routeOnBehalf(Element stanza, const Jid &account)
{
    for (const auto &policy : m_outboundPolicies)
        if (!policy.second(stanza, account))
            return;
    route(std::move(stanza));
}

bool Router::passes(const Element &stanza, const Jid &localUser, FilterDirection direction) const
{
    for (const Filter &f : m_filters)
        if (!f.filter(stanza, localUser, direction))
            return false;
    return true;
}

void Router::routeFromClient(Element stanza, Session *origin)
{
    if (!passes(stanza, origin->jid(), FilterDirection::Outgoing))
        return;
    const QString toAttr = stanza.attr(u"to");
    if (toAttr.isEmpty()) {
        // RFC 6120 §10.3: no 'to' means the sender's own account (presence: broadcast).
        if (stanza.name() == u"presence") {
            if (!m_presence || !m_presence(stanza, origin)) {
                const QString type = stanza.attr(u"type");
                if (type.isEmpty() || type == u"unavailable")
                    m_sessions.setPresence(origin, type.isEmpty(), stanza.childText(u"priority").toInt());
            }
            return;
        }
        if (stanza.name() == u"iq") {
            handleIq(stanza, origin->jid().bare(), IqTarget::Account, true);
            return;
        }
        toBare(stanza, origin->jid().bare());
        return;
    }
    const auto to = Jid::parse(toAttr);
    if (!to) {
        bounce(stanza, StanzaErrorCondition::JidMalformed);
        return;
    }
    if (!m_config.isHosted(to->domain())) {
        if (m_remote) {
            m_remote(std::move(stanza));
            return;
        }
        bounce(stanza, StanzaErrorCondition::RemoteServerNotFound);
        return;
    }
    routeLocal(stanza, *to, origin);
}

void Router::route(Element stanza)
{
    const auto to = Jid::parse(stanza.attr(u"to"));
    if (!to)
        return; // nothing sensible to answer to a stanza without a valid recipient
    if (!m_config.isHosted(to->domain())) {
        if (m_remote)
            m_remote(std::move(stanza));
        return;
    }
    routeLocal(stanza, *to, nullptr);
}

void Router::routeLocal(Element &stanza, const Jid &to, Session *origin)
{
    if (to.node().isEmpty()) {
        if (to.resource().isEmpty() || stanza.name() == u"iq")
            toServer(stanza, to, origin);
        else
            bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
        return;
    }
    if (!m_accountExists(to.bare())) {
        // RFC 6121 §8.5.1: no such account.
        if (stanza.name() == u"presence")
            return;
        bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
        return;
    }
    if (!passes(stanza, to.bare(), FilterDirection::Incoming))
        return;
    if (stanza.name() == u"presence" && m_presence && m_presence(stanza, origin))
        return;
    if (to.isBare())
        toBare(stanza, to);
    else
        toFull(stanza, to);
}

void Router::toServer(Element &stanza, const Jid &to, Session *origin)
{
    if (stanza.name() == u"iq") {
        handleIq(stanza, to, IqTarget::Server, origin != nullptr);
        return;
    }
    if (stanza.name() == u"message") {
        const QString type = stanza.attr(u"type");
        if (type != u"error" && type != u"headline")
            bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
    }
    // Presence to the server itself has no meaning beyond what a presence handler makes of it.
}

void Router::handleIq(Element &stanza, const Jid &to, IqTarget target, bool fromLocal)
{
    const QString type = stanza.attr(u"type");
    if (type == u"result" || type == u"error") {
        if (target == IqTarget::Account && !to.isBare())
            toFull(stanza, to);
        return; // responses to the server's own requests: nothing waits for them yet
    }
    const QList<const Element *> payloads = stanza.childElements();
    if ((type != u"get" && type != u"set") || payloads.size() != 1 || !stanza.hasAttr(u"id")) {
        // RFC 6120 §8.2.3: get/set carry exactly one payload.
        bounce(stanza, StanzaErrorCondition::BadRequest);
        return;
    }
    const auto from = Jid::parse(stanza.attr(u"from"));
    if (!from)
        return;
    IqRequest request{stanza, *payloads.first(), *from, to, fromLocal};
    IqResponder responder(stanza, [this](Element reply) { route(std::move(reply)); });
    if (!m_modules.dispatchIq(target, request, responder))
        responder.error(StanzaErrorCondition::ServiceUnavailable);
}

void Router::toBare(Element &stanza, const Jid &to)
{
    const QString name = stanza.name();
    const QString type = stanza.attr(u"type");
    if (name == u"iq") {
        handleIq(stanza, to, IqTarget::Account, true);
        return;
    }
    if (name == u"presence") {
        // Directed presence to an account: every available resource (RFC 6121 §8.5.2.1.2).
        for (Session *s : m_sessions.sessionsOf(to))
            if (s->isAvailable())
                deliverTo(s, stanza);
        return;
    }
    // message (RFC 6121 §8.5.2)
    if (type == u"groupchat") {
        bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
        return;
    }
    QList<Session *> targets;
    if (type == u"headline") {
        for (Session *s : m_sessions.sessionsOf(to))
            if (s->isAvailable() && s->priority() >= 0)
                targets.append(s);
    } else {
        targets = m_sessions.messageTargets(to);
    }
    if (!targets.isEmpty()) {
        for (Session *s : targets)
            deliverTo(s, stanza);
        return;
    }
    if (type == u"headline" || type == u"error")
        return; // silently ignored when nobody is there
    if (m_undeliverable && m_undeliverable(stanza, to))
        return;
    bounce(stanza, StanzaErrorCondition::ServiceUnavailable, QStringLiteral("The recipient is offline"));
}

void Router::toFull(Element &stanza, const Jid &to)
{
    if (Session *s = m_sessions.find(to)) {
        deliverTo(s, stanza);
        return;
    }
    // RFC 6121 §8.5.3.2: no such resource.
    const QString name = stanza.name();
    const QString type = stanza.attr(u"type");
    if (name == u"message") {
        if (type == u"groupchat" || type == u"headline" || type == u"error") {
            if (type == u"groupchat")
                bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
            return;
        }
        toBare(stanza, to.bare());
        return;
    }
    if (name == u"iq") {
        if (type == u"get" || type == u"set")
            bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
        return;
    }
    // presence to an unknown resource is ignored
}

void Router::deliverTo(Session *session, const Element &stanza)
{
    session->deliver(stanza);
}

} // namespace confab::core
