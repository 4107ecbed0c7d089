#include "modules/subscriptions.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/rosterpush.h"
#include "modules/stanzacodec.h"
#include "modules/subscriptionstate.h"
#include "xml/namespaces.h"

namespace confab::modules {

using storage::RosterItem;
using xml::Element;

namespace {

SubState stateOf(const RosterItem &item)
{
    return stateFromFlags({item.subTo, item.subFrom, item.ask, item.pendingIn});
}

void applyState(RosterItem &item, SubState state)
{
    const SubFlags f = flagsFromState(state);
    item.subTo = f.to;
    item.subFrom = f.from;
    item.ask = f.pendingOut;
    item.pendingIn = f.pendingIn;
    if (!item.pendingIn)
        item.pendingStanza.clear();
}

bool sameRecord(const RosterItem &a, const RosterItem &b)
{
    return a.subTo == b.subTo && a.subFrom == b.subFrom && a.ask == b.ask && a.pendingIn == b.pendingIn &&
           a.approved == b.approved && a.inRoster == b.inRoster && a.pendingStanza == b.pendingStanza;
}

} // namespace

SubscriptionHandler::SubscriptionHandler(storage::RosterStore &store, core::SessionManager &sessions,
                                         core::Router &router, log::Logger *logger,
                                         PresenceSender sendPresence)
    : m_store(store), m_sessions(sessions), m_router(router), m_logger(logger),
      m_sendPresence(std::move(sendPresence))
{
}

std::optional<RosterItem> SubscriptionHandler::load(const Jid &user, const QString &contact)
{
    auto item = m_store.item(user.node(), user.domain(), contact);
    if (!item) {
        if (m_logger)
            m_logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                          {{"jid", user.bareString()}, {"reason", item.error().message}});
        return std::nullopt;
    }
    if (item.value())
        return *item.value();
    RosterItem fresh;
    fresh.contact = contact;
    fresh.inRoster = false;
    return fresh;
}

// Stores the record when it changed and pushes it when the user can see it. False on a storage
// failure: the caller then does not route or deliver (the state would disagree with the peer's).
bool SubscriptionHandler::save(const Jid &user, const RosterItem &before, const RosterItem &after)
{
    if (sameRecord(before, after))
        return true;
    const bool visible = before.inRoster || after.inRoster;
    auto version = m_store.put(user.node(), user.domain(), after, visible);
    if (!version) {
        if (m_logger)
            m_logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                          {{"jid", user.bareString()}, {"reason", version.error().message}});
        return false;
    }
    if (after.inRoster)
        roster::push(m_sessions, user, after, version.value());
    return true;
}

Element SubscriptionHandler::copyFor(const Element &stanza, const QString &type, const Jid &from,
                                     const QString &to) const
{
    Element out = stanza;
    out.setAttr(QStringLiteral("type"), type);
    out.setAttr(QStringLiteral("from"), from.toString());
    out.setAttr(QStringLiteral("to"), to);
    return out;
}

void SubscriptionHandler::outbound(const Element &stanza, const Jid &from, const Jid &to)
{
    const auto type = subTypeFromName(stanza.attr(u"type"));
    const Jid user = from.bare();
    const QString contact = to.bare().toString(); // §3.1.2: a full JID is treated as the bare JID
    if (!type || to.bare() == user)
        return;
    const auto before = load(user, contact);
    if (!before)
        return;
    const SubTransition t = SubscriptionState::outbound(*type, stateOf(*before), before->approved);
    RosterItem after = *before;
    applyState(after, t.next);
    after.approved = t.preApproved;
    // §3.1.2 / §3.1.5 / §3.4: a request, an approval or a pre-approval puts the contact in the roster.
    if (*type == SubType::Subscribe || (*type == SubType::Subscribed && (t.changed || t.preApproved)))
        after.inRoster = true;
    if (!save(user, *before, after))
        return;
    // Subscription stanzas leave with the bare JID as 'from' (§3.1.2 and following).
    if (t.forward)
        m_router.route(copyFor(stanza, subTypeName(*type), user, contact));
    if (!before->subFrom && after.subFrom)
        m_sendPresence(user, contact, true); // §3.1.5
    else if (before->subFrom && !after.subFrom)
        m_sendPresence(user, contact, false); // §3.2.2
}

void SubscriptionHandler::inbound(const Element &stanza, const Jid &from, const Jid &to)
{
    const auto type = subTypeFromName(stanza.attr(u"type"));
    const Jid user = to.bare();
    const QString contact = from.bare().toString();
    if (!type || from.bare() == user)
        return;
    const auto before = load(user, contact);
    if (!before)
        return;
    const SubTransition t = SubscriptionState::inbound(*type, stateOf(*before), before->approved);
    RosterItem after = *before;
    applyState(after, t.next);
    after.approved = t.preApproved;
    const Element delivered = copyFor(stanza, subTypeName(*type), from.bare(), user.toString());
    if (after.pendingIn && !before->pendingIn)
        after.pendingStanza = serializeStanza(delivered);
    if (!save(user, *before, after))
        return;
    if (t.autoReplySubscribed) {
        Element reply(QStringLiteral("presence"), xml::ns::Client);
        reply.setAttr(QStringLiteral("type"), QStringLiteral("subscribed"));
        reply.setAttr(QStringLiteral("from"), user.toString());
        reply.setAttr(QStringLiteral("to"), contact);
        m_router.route(reply);
    }
    if (t.forward)
        for (core::Session *s : m_sessions.sessionsOf(user))
            if (s->isAvailable())
                s->deliver(delivered);
    if (!before->subFrom && after.subFrom)
        m_sendPresence(user, contact, true); // pre-approved request (§3.4)
    else if (before->subFrom && !after.subFrom)
        m_sendPresence(user, contact, false); // §3.3.3: the contact no longer sees the user
}

void SubscriptionHandler::deliverPending(core::Session *session)
{
    const Jid user = session->jid().bare();
    auto pending = m_store.pendingRequests(user.node(), user.domain());
    if (!pending)
        return;
    for (const RosterItem &item : pending.value()) {
        std::optional<Element> stanza = parseStanza(item.pendingStanza);
        if (!stanza) {
            stanza = Element(QStringLiteral("presence"), xml::ns::Client);
            stanza->setAttr(QStringLiteral("type"), QStringLiteral("subscribe"));
            stanza->setAttr(QStringLiteral("from"), item.contact);
            stanza->setAttr(QStringLiteral("to"), user.toString());
        }
        session->deliver(*stanza);
    }
}

} // namespace confab::modules
