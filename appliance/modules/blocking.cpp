#include "modules/blocking.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "storage/rosterstore.h"
#include "xml/namespaces.h"
#include <QUuid>

namespace confab::modules {

using core::FilterDirection;
using core::IqRequest;
using core::IqResponder;
using xml::Element;
using xml::StanzaErrorCondition;

bool blocklistCovers(const Jid &item, const Jid &address)
{
    if (item.domain() != address.domain())
        return false;
    if (!item.node().isEmpty())
        return item.resource().isEmpty() ? item.node() == address.node() : item == address;
    if (!item.resource().isEmpty()) // domain/resource: that resource of the domain itself only
        return address.node().isEmpty() && address.resource() == item.resource();
    return true; // a domain covers everything at it
}

ModuleInfo Blocking::info() const
{
    return {QStringLiteral("blocking"), QStringLiteral("XEP-0191"), QStringLiteral("1.3"), {ns::Blocking}};
}

void Blocking::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_store = std::make_unique<storage::BlocklistStore>(*ctx.db);
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Account, QStringLiteral("get"), ns::Blocking,
                                 [this](const IqRequest &r, const IqResponder &a) { get(r, a); }));
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Account, QStringLiteral("set"), ns::Blocking,
                                 [this](const IqRequest &r, const IqResponder &a) { set(r, a); }));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Blocking));
    m_registrations.push_back(
        // Policy stage: before the presence module's filter, which consumes outgoing subscription
        // stanzas (XEP-0191 §3.3: the user sends nothing to a blocked contact, those included).
        ctx.router->addFilter([this](const Element &stanza, const Jid &user,
                                     FilterDirection d) { return filter(stanza, user, d); },
                              core::FilterStage::Policy));
    // §3.3: nor does the server send presence to a blocked contact on the user's behalf.
    m_registrations.push_back(ctx.router->addOutboundPolicy([this](const Element &stanza, const Jid &account) {
        const auto to = Jid::parse(stanza.attr(u"to"));
        return !to || !isBlocked(account, *to);
    }));
    QObject::connect(ctx.sessions, &core::SessionManager::unbound, &m_receiver,
                     [this](core::Session *s) { sessionGone(s); });
}

const QList<Jid> &Blocking::blocklist(const Jid &account)
{
    auto it = m_cache.find(account);
    if (it == m_cache.end()) {
        QList<Jid> jids;
        for (const QString &text : m_store->list(account.node(), account.domain()))
            if (auto jid = Jid::parse(text))
                jids.append(*jid);
        it = m_cache.insert(account, jids);
    }
    return *it;
}

bool Blocking::isBlocked(const Jid &account, const Jid &address)
{
    // Never between an account and itself or its own server (that would lock the user out).
    if (address.bare() == account || (address.isDomain() && address.domain() == account.domain()))
        return false;
    for (const Jid &item : blocklist(account))
        if (blocklistCovers(item, address))
            return true;
    return false;
}

void Blocking::sessionGone(core::Session *session)
{
    const Jid full = session->jid();
    m_interested.remove(full);
    if (m_ctx.sessions->sessionsOf(full.bare()).isEmpty())
        m_cache.remove(full.bare());
}

static Element itemsElement(const QString &name, const QStringList &jids)
{
    Element el(name, ns::Blocking);
    for (const QString &jid : jids)
        el.addChild(QStringLiteral("item"), ns::Blocking).setAttr(QStringLiteral("jid"), jid);
    return el;
}

void Blocking::get(const IqRequest &request, const IqResponder &responder)
{
    const Jid account = request.to.bare();
    if (account != request.from.bare() || request.payload.name() != u"blocklist") {
        responder.error(account != request.from.bare() ? StanzaErrorCondition::Forbidden
                                                       : StanzaErrorCondition::BadRequest);
        return;
    }
    m_interested.insert(request.from); // §3.2: this resource now gets pushes
    responder.result(
        itemsElement(QStringLiteral("blocklist"), m_store->list(account.node(), account.domain())));
}

void Blocking::set(const IqRequest &request, const IqResponder &responder)
{
    const Jid account = request.to.bare();
    const QString op = request.payload.name();
    if (account != request.from.bare()) {
        responder.error(StanzaErrorCondition::Forbidden);
        return;
    }
    if (op != u"block" && op != u"unblock") {
        responder.error(StanzaErrorCondition::BadRequest);
        return;
    }
    QStringList jids;
    for (const Element *item : request.payload.childElements()) {
        const auto jid = Jid::parse(item->attr(u"jid"));
        if (item->name() != u"item" || !jid) { // §3.3: a JID that is not one
            responder.error(StanzaErrorCondition::JidMalformed);
            return;
        }
        if (!jids.contains(jid->toString()))
            jids.append(jid->toString());
    }
    if (op == u"block" && jids.isEmpty()) { // §3.3: block needs at least one item
        responder.error(StanzaErrorCondition::BadRequest);
        return;
    }
    const auto changed = op == u"block" ? m_store->block(account.node(), account.domain(), jids)
                                        : m_store->unblock(account.node(), account.domain(), jids);
    if (!changed) {
        responder.error(StanzaErrorCondition::InternalServerError);
        return;
    }
    m_cache.remove(account);
    responder.result();
    // §3.3/3.4/3.5: every interested resource hears the change as sent (empty unblock = all).
    push(account, itemsElement(op, jids));
    announcePresence(account, *changed, op == u"block");
}

// §3.3 / §3.4: a contact allowed to see the user's presence sees the user go offline when blocked,
// and gets the current presence again when unblocked. For the latter we route a probe on the
// contact's behalf, which the presence module answers with each available resource's presence.
void Blocking::announcePresence(const Jid &account, const QStringList &jids, bool blocked) const
{
    storage::RosterStore roster(*m_ctx.db);
    for (const QString &text : jids) {
        const auto contact = Jid::parse(text);
        if (!contact || contact->node().isEmpty() || !contact->isBare())
            continue; // domains and full JIDs are not roster contacts
        const auto item = roster.item(account.node(), account.domain(), contact->bareString());
        if (!item.ok() || !item.value() || !item.value()->subFrom)
            continue;
        if (!blocked) {
            Element probe(QStringLiteral("presence"), xml::ns::Client);
            probe.setAttr(QStringLiteral("type"), QStringLiteral("probe"));
            probe.setAttr(QStringLiteral("from"), contact->bareString());
            probe.setAttr(QStringLiteral("to"), account.bareString());
            m_ctx.router->route(std::move(probe));
            continue;
        }
        for (core::Session *session : m_ctx.sessions->sessionsOf(account)) {
            if (!session->isAvailable())
                continue;
            Element unavailable(QStringLiteral("presence"), xml::ns::Client);
            unavailable.setAttr(QStringLiteral("type"), QStringLiteral("unavailable"));
            unavailable.setAttr(QStringLiteral("from"), session->jid().toString());
            unavailable.setAttr(QStringLiteral("to"), contact->bareString());
            m_ctx.router->route(std::move(unavailable));
        }
    }
}

void Blocking::push(const Jid &account, const Element &payload) const
{
    for (core::Session *session : m_ctx.sessions->sessionsOf(account)) {
        if (!m_interested.contains(session->jid()))
            continue;
        Element iq(QStringLiteral("iq"), xml::ns::Client);
        iq.setAttr(QStringLiteral("type"), QStringLiteral("set"));
        iq.setAttr(QStringLiteral("id"),
                   QStringLiteral("push-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
        iq.setAttr(QStringLiteral("to"), session->jid().toString());
        iq.addChild(payload);
        m_ctx.router->route(std::move(iq));
    }
}

bool Blocking::filter(const Element &stanza, const Jid &user, FilterDirection direction)
{
    const Jid account = user.bare();
    if (blocklist(account).isEmpty())
        return true; // most accounts block no one: no address to parse and compare
    const bool outgoing = direction == FilterDirection::Outgoing;
    const auto other = Jid::parse(stanza.attr(outgoing ? u"to" : u"from"));
    if (!other || !isBlocked(account, *other))
        return true;
    if (xml::isErrorStanza(stanza))
        return false;
    const QString name = stanza.name();
    const QString type = stanza.attr(u"type");
    if (outgoing) {
        // §3.3: not-acceptable with the blocked condition, straight back to the sending resource
        // (routing it would meet this filter again, as a stanza from the blocked JID).
        Element reply = xml::makeErrorReply(stanza, StanzaErrorCondition::NotAcceptable);
        if (Element *error = reply.firstChild(u"error"))
            error->addChild(QStringLiteral("blocked"), ns::BlockingErrors);
        if (core::Session *origin = m_ctx.sessions->find(user))
            origin->deliver(reply);
        return false;
    }
    // §3.5 rules for inbound stanzas: the user appears offline.
    if (name == u"message" || (name == u"iq" && (type == u"get" || type == u"set")))
        m_ctx.router->bounce(stanza, StanzaErrorCondition::ServiceUnavailable);
    return false;
}

} // namespace confab::modules
