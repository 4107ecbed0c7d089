#include "modules/roster.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/rosterpush.h"
#include "xml/namespaces.h"
#include "core/configcache.h"
#include <QSet>
#include <algorithm>
#include <variant>

namespace confab::modules {

using xml::Element;
using xml::StanzaErrorCondition;

namespace {
// Limits for what a client may store (RFC 6121 §2.3.3 lets the server choose them).
constexpr int MaxNameLength = 1023;
constexpr int MaxGroupLength = 1023;

Element presenceOf(const QString &type, const Jid &from, const QString &to)
{
    Element p(QStringLiteral("presence"), xml::ns::Client);
    if (!type.isEmpty())
        p.setAttr(QStringLiteral("type"), type);
    p.setAttr(QStringLiteral("from"), from.toString());
    p.setAttr(QStringLiteral("to"), to);
    return p;
}

struct ItemUpdate
{
    QString contact;
    QString name;
    QStringList groups;
    bool remove = false;
};

// The one <item/> of a roster set, validated per RFC 6121 §2.3.3.
std::variant<ItemUpdate, std::pair<StanzaErrorCondition, QString>> parseSet(const Element &query)
{
    QList<const Element *> items;
    for (const Element *c : query.childElements())
        if (c->name() == u"item" && c->ns() == roster::Ns)
            items.append(c);
    if (items.size() != 1)
        return std::pair{StanzaErrorCondition::BadRequest,
                         QStringLiteral("A roster set carries exactly one item")};
    const Element &item = *items.first();
    const auto jid = Jid::parse(item.attr(u"jid"));
    if (!jid)
        return std::pair{StanzaErrorCondition::JidMalformed, QString()};
    ItemUpdate u{jid->toString(), item.attr(u"name"), {}, item.attr(u"subscription") == u"remove"};
    if (u.name.size() > MaxNameLength)
        return std::pair{StanzaErrorCondition::NotAcceptable, QStringLiteral("The name is too long")};
    QSet<QString> seen;
    for (const Element *g : item.childElements()) {
        if (g->name() != u"group" || g->ns() != roster::Ns)
            continue;
        const QString name = g->text();
        if (name.isEmpty() || name.size() > MaxGroupLength)
            return std::pair{StanzaErrorCondition::NotAcceptable,
                             QStringLiteral("A group name is empty or too long")};
        if (seen.contains(name))
            return std::pair{StanzaErrorCondition::BadRequest, QStringLiteral("A group is listed twice")};
        seen.insert(name);
        u.groups.append(name);
    }
    return u;
}

} // namespace

ModuleInfo Roster::info() const
{
    return {QStringLiteral("roster"),
            QStringLiteral("RFC 6121 §2, XEP-0237"),
            QStringLiteral("1.3"),
            {roster::Ns}};
}

void Roster::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_store = std::make_unique<storage::RosterStore>(*ctx.db);
    using core::IqTarget;
    m_registrations.push_back(ctx.registry->registerIq(
        IqTarget::Account, QStringLiteral("get"), roster::Ns,
        [this](const core::IqRequest &r, const core::IqResponder &resp) { handleGet(r, resp); }));
    m_registrations.push_back(ctx.registry->registerIq(
        IqTarget::Account, QStringLiteral("set"), roster::Ns,
        [this](const core::IqRequest &r, const core::IqResponder &resp) { handleSet(r, resp); }));
    m_registrations.push_back(
        ctx.registry->addStreamFeature(core::FeatureStage::PostAuth, [](const core::FeatureContext &) {
            return std::optional<Element>(Element(QStringLiteral("ver"), roster::VersioningFeature));
        }));
    m_registrations.push_back(
        ctx.registry->addStreamFeature(core::FeatureStage::PostAuth, [](const core::FeatureContext &) {
            return std::optional<Element>(Element(QStringLiteral("sub"), roster::PreApprovalFeature));
        }));
}

void Roster::storeFailed(const Jid &user, const Error &error, const core::IqResponder &responder)
{
    if (m_ctx.logger)
        m_ctx.logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                          {{"jid", user.bareString()}, {"reason", error.message}});
    responder.error(StanzaErrorCondition::InternalServerError);
}

void Roster::handleGet(const core::IqRequest &request, const core::IqResponder &responder)
{
    const Jid user = request.from.bare();
    if (!request.fromLocal || request.to != user) {
        responder.error(StanzaErrorCondition::Forbidden); // another account's roster (§2.1.3)
        return;
    }
    if (core::Session *s = m_ctx.sessions->find(request.from))
        s->setInterested(true);
    auto version = m_store->version(user.node(), user.domain());
    if (!version)
        return storeFailed(user, version.error(), responder);
    const QString current = QString::number(version.value());
    const bool versioned = request.payload.hasAttr(u"ver");
    if (versioned && request.payload.attr(u"ver") == current) {
        responder.result(); // XEP-0237 §3: unchanged; changes from now on arrive as pushes
        return;
    }
    auto items = m_store->items(user.node(), user.domain());
    if (!items)
        return storeFailed(user, items.error(), responder);
    Element query(QStringLiteral("query"), roster::Ns);
    if (versioned)
        query.setAttr(QStringLiteral("ver"), current);
    for (const storage::RosterItem &item : items.value())
        query.addChild(roster::itemElement(item));
    responder.result(std::move(query));
}

void Roster::handleSet(const core::IqRequest &request, const core::IqResponder &responder)
{
    const Jid user = request.from.bare();
    if (!request.fromLocal || request.to != user) {
        responder.error(StanzaErrorCondition::Forbidden);
        return;
    }
    const auto parsed = parseSet(request.payload);
    if (const auto *err = std::get_if<std::pair<StanzaErrorCondition, QString>>(&parsed)) {
        responder.error(err->first, err->second);
        return;
    }
    const ItemUpdate &u = std::get<ItemUpdate>(parsed);
    auto existing = m_store->item(user.node(), user.domain(), u.contact);
    if (!existing)
        return storeFailed(user, existing.error(), responder);
    if (u.remove) {
        if (!existing.value() || !existing.value()->inRoster) {
            responder.error(StanzaErrorCondition::ItemNotFound); // §2.5.3
            return;
        }
        removeItem(user, *existing.value(), responder);
        return;
    }
    if ((!existing.value() || !existing.value()->inRoster) && rosterFull(user, responder))
        return;
    // Subscription state is the server's: 'subscription' and 'ask' from the client are ignored.
    storage::RosterItem item = existing.value().value_or(storage::RosterItem{});
    item.contact = u.contact;
    item.name = u.name;
    item.groups = u.groups;
    item.inRoster = true;
    auto version = m_store->put(user.node(), user.domain(), item);
    if (!version)
        return storeFailed(user, version.error(), responder);
    roster::push(*m_ctx.sessions, user, item, version.value());
    responder.result();
}

bool Roster::rosterFull(const Jid &user, const core::IqResponder &responder)
{
    // RFC 6121 §2.3.3: a roster at the server's size limit refuses new items with resource-constraint.
    auto items = m_store->items(user.node(), user.domain());
    if (!items) {
        storeFailed(user, items.error(), responder);
        return true;
    }
    const auto count = std::count_if(items.value().cbegin(), items.value().cend(),
                                     [](const storage::RosterItem &i) { return i.inRoster; });
    if (count < m_ctx.config->globalInt("roster.max_items"))
        return false;
    responder.error(StanzaErrorCondition::ResourceConstraint,
                    QStringLiteral("The roster is full"));
    return true;
}

void Roster::removeItem(const Jid &user, const storage::RosterItem &item, const core::IqResponder &responder)
{
    auto version = m_store->remove(user.node(), user.domain(), item.contact);
    if (!version)
        return storeFailed(user, version.error(), responder);
    roster::push(*m_ctx.sessions, user, item, version.value(), true);
    responder.result();
    // RFC 6121 §2.5.2: the subscriptions both ways end with the item.
    if (item.subTo || item.ask)
        m_ctx.router->route(presenceOf(QStringLiteral("unsubscribe"), user, item.contact));
    if (item.subFrom || item.pendingIn) {
        m_ctx.router->route(presenceOf(QStringLiteral("unsubscribed"), user, item.contact));
        if (item.subFrom)
            for (core::Session *s : m_ctx.sessions->sessionsOf(user))
                if (s->isAvailable())
                    m_ctx.router->route(presenceOf(QStringLiteral("unavailable"), s->jid(), item.contact));
    }
}

} // namespace confab::modules
