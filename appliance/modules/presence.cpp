#include "modules/presence.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/subscriptionstate.h"
#include "xml/namespaces.h"
#include <algorithm>

namespace confab::modules {

using xml::Element;

namespace {

Element presence(const QString &type, const Jid &from, const QString &to)
{
    Element p(QStringLiteral("presence"), xml::ns::Client);
    if (!type.isEmpty())
        p.setAttr(QStringLiteral("type"), type);
    p.setAttr(QStringLiteral("from"), from.toString());
    p.setAttr(QStringLiteral("to"), to);
    return p;
}

// RFC 6121 §4.7.2.3: an integer from -128 to +127, 0 when absent.
int priorityOf(const Element &stanza)
{
    bool ok = false;
    const int p = stanza.childText(u"priority").trimmed().toInt(&ok);
    return ok ? std::clamp(p, -128, 127) : 0;
}

bool isAvailability(const QString &type)
{
    return type.isEmpty() || type == u"unavailable";
}

} // namespace

Presence::~Presence()
{
    QObject::disconnect(m_unboundConnection);
}

ModuleInfo Presence::info() const
{
    return {QStringLiteral("presence"), QStringLiteral("RFC 6121 §3-4"), QStringLiteral("RFC 6121"), {}};
}

void Presence::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_store = std::make_unique<storage::RosterStore>(*ctx.db);
    m_subscriptions = std::make_unique<SubscriptionHandler>(
        *m_store, *ctx.sessions, *ctx.router, ctx.logger,
        [this](const Jid &user, const QString &contact, bool available) {
            sendPresenceOf(user, contact, available);
        });
    ctx.router->setPresenceHandler(
        [this](const Element &stanza, core::Session *origin) { return handle(stanza, origin); });
    m_registrations.push_back(core::Registration([router = ctx.router] { router->setPresenceHandler({}); }));
    m_registrations.push_back(ctx.router->addFilter(
        [this](const Element &stanza, const Jid &localUser, core::FilterDirection direction) {
            if (direction != core::FilterDirection::Outgoing || stanza.name() != u"presence")
                return true;
            return outgoingFilter(stanza, localUser);
        }));
    m_unboundConnection = QObject::connect(ctx.sessions, &core::SessionManager::unbound, ctx.sessions,
                                           [this](core::Session *s) { unbound(s); });
}

// Presence with a 'to' from a local client, before the router delivers it: subscription stanzas
// are processed and sent on by the state machine; directed presence is remembered.
bool Presence::outgoingFilter(const Element &stanza, const Jid &from)
{
    const QString toAttr = stanza.attr(u"to");
    if (toAttr.isEmpty())
        return true;
    const auto to = Jid::parse(toAttr);
    if (!to)
        return true; // the router answers jid-malformed
    const QString type = stanza.attr(u"type");
    if (subTypeFromName(type)) {
        m_subscriptions->outbound(stanza, from, *to);
        return false;
    }
    if (isAvailability(type) && to->bare() != from.bare()) {
        if (core::Session *s = m_ctx.sessions->find(from)) {
            auto &directed = m_state[s].directed;
            if (type.isEmpty())
                directed.insert(to->toString());
            else
                directed.remove(to->toString());
        }
    }
    return true;
}

bool Presence::handle(const Element &stanza, core::Session *origin)
{
    if (!stanza.hasAttr(u"to")) {
        if (origin)
            handleBroadcast(stanza, origin);
        return true;
    }
    const auto to = Jid::parse(stanza.attr(u"to"));
    const auto from = Jid::parse(stanza.attr(u"from"));
    if (!to || !from)
        return true;
    const QString type = stanza.attr(u"type");
    if (subTypeFromName(type)) {
        m_subscriptions->inbound(stanza, *from, *to);
        return true;
    }
    if (type == u"probe") {
        answerProbe(stanza, *from, *to);
        return true;
    }
    return false; // available, unavailable, error: delivered by the router (§4.6.3, §8.5)
}

void Presence::handleBroadcast(const Element &stanza, core::Session *origin)
{
    if (m_ctx.sessions->find(origin->jid()) != origin)
        return; // the session is already gone; unbound() has said so
    const QString type = stanza.attr(u"type");
    if (type == u"unavailable") {
        becameUnavailable(origin, stanza);
        return;
    }
    if (!type.isEmpty())
        return; // subscription stanzas and probes need a 'to'
    const bool initial = !origin->isAvailable();
    const Jid user = origin->jid().bare();
    Element last = stanza;
    last.removeAttr(u"to");
    m_state[origin].last = last;
    m_ctx.sessions->setPresence(origin, true, priorityOf(stanza));
    // §4.2.2 / §4.4.2: to every subscriber, and to all of the user's available resources
    // (including this one).
    for (const QString &contact : subscribers(user))
        sendTo(last, contact);
    sendTo(last, user.toString());
    if (initial) {
        sendProbes(user);
        m_subscriptions->deliverPending(origin); // §3.1.3: requests that waited for the user
    }
}

void Presence::becameUnavailable(core::Session *session, const Element &unavailable)
{
    const Jid user = session->jid().bare();
    Element out = unavailable;
    out.removeAttr(u"to");
    out.setAttr(QStringLiteral("from"), session->jid().toString());
    SessionPresence state = m_state.take(session);
    QSet<QString> sent;
    if (session->isAvailable()) {
        // §4.5.2: subscribers and the user's other resources.
        for (const QString &contact : subscribers(user)) {
            sendTo(out, contact);
            sent.insert(contact);
        }
        sendTo(out, user.toString());
        m_ctx.sessions->setPresence(session, false, session->priority());
    }
    // §4.6.3: and every entity that got directed presence and has not been told otherwise.
    for (const QString &target : std::as_const(state.directed))
        if (!sent.contains(target))
            sendTo(out, target);
}

void Presence::answerProbe(const Element &probe, const Jid &from, const Jid &to)
{
    const Jid user = to.bare();
    if (from.bare() == user)
        return;
    auto item = m_store->item(user.node(), user.domain(), from.bare().toString());
    if (!item)
        return;
    const QString replyTo = probe.attr(u"from");
    if (!item.value() || !item.value()->subFrom) {
        // §4.3.2: no subscription, nothing revealed; 'unsubscribed' lets the prober's server heal.
        sendTo(presence(QStringLiteral("unsubscribed"), user, QString()), replyTo);
        return;
    }
    bool any = false;
    for (core::Session *s : m_ctx.sessions->sessionsOf(user)) {
        if (!s->isAvailable())
            continue;
        sendTo(lastPresence(s), replyTo);
        any = true;
    }
    if (!any)
        sendTo(presence(QStringLiteral("unavailable"), user, QString()), replyTo);
}

void Presence::sendProbes(const Jid &user)
{
    auto items = m_store->items(user.node(), user.domain());
    if (!items)
        return;
    for (const storage::RosterItem &item : items.value())
        if (item.subTo)
            sendTo(presence(QStringLiteral("probe"), user, QString()), item.contact);
}

QStringList Presence::subscribers(const Jid &user)
{
    QStringList out;
    auto items = m_store->items(user.node(), user.domain());
    if (!items) {
        if (m_ctx.logger)
            m_ctx.logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                              {{"jid", user.bareString()}, {"reason", items.error().message}});
        return out;
    }
    for (const storage::RosterItem &item : items.value())
        if (item.subFrom)
            out.append(item.contact);
    return out;
}

void Presence::sendTo(const Element &presence, const QString &to)
{
    Element copy = presence;
    copy.setAttr(QStringLiteral("to"), to);
    // Sent for the user whose presence it is: her blocklist decides (XEP-0191 §3.3).
    if (const auto from = Jid::parse(copy.attr(u"from")))
        m_ctx.router->routeOnBehalf(std::move(copy), from->bare());
    else
        m_ctx.router->route(std::move(copy));
}

void Presence::sendPresenceOf(const Jid &user, const QString &contact, bool available)
{
    for (core::Session *s : m_ctx.sessions->sessionsOf(user)) {
        if (!s->isAvailable())
            continue;
        sendTo(available ? lastPresence(s) : presence(QStringLiteral("unavailable"), s->jid(), QString()),
               contact);
    }
}

Element Presence::lastPresence(core::Session *session) const
{
    auto it = m_state.constFind(session);
    if (it != m_state.constEnd() && it->last) {
        Element p = *it->last;
        p.setAttr(QStringLiteral("from"), session->jid().toString());
        return p;
    }
    return presence(QString(), session->jid(), QString());
}

// A session that ends without unavailable presence: the server sends it for the client (§4.5.2),
// here rather than from the stream's own late presence, which arrives after unbinding.
void Presence::unbound(core::Session *session)
{
    if (!m_state.contains(session) && !session->isAvailable())
        return;
    Element unavailable(QStringLiteral("presence"), xml::ns::Client);
    unavailable.setAttr(QStringLiteral("type"), QStringLiteral("unavailable"));
    becameUnavailable(session, unavailable);
}

} // namespace confab::modules
