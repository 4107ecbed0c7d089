#include "modules/offline.h"
#include "core/configcache.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/stanzacodec.h"
#include "xml/namespaces.h"
#include <QDateTime>

namespace confab::modules {

using xml::Element;

namespace {
namespace ns {
const QString MsgOffline = QStringLiteral("msgoffline");                            // XEP-0160 disco feature
const QString Delay = QStringLiteral("urn:xmpp:delay");                             // XEP-0203
const QString Hints = QStringLiteral("urn:xmpp:hints");                             // XEP-0334
const QString ChatStates = QStringLiteral("http://jabber.org/protocol/chatstates"); // XEP-0085
} // namespace ns

const QString FullText = QStringLiteral("offline storage is full");

// XEP-0160 §3 / XEP-0334: what is worth keeping. A message without a body that carries nothing
// but chat states (and hints or a thread) means nothing later; 'store' overrides that.
enum class Keep { Store, DropSilently, Refuse };

Keep decide(const Element &message)
{
    const QString type = message.attr(u"type");
    if (!type.isEmpty() && type != u"normal" && type != u"chat")
        return Keep::Refuse;
    if (message.firstChild(u"no-store", ns::Hints) || message.firstChild(u"no-permanent-store", ns::Hints))
        return Keep::Refuse;
    if (message.firstChild(u"store", ns::Hints) || message.firstChild(u"body"))
        return Keep::Store;
    for (const Element *c : message.childElements()) {
        const bool trivial = c->ns() == ns::ChatStates || c->ns() == ns::Hints ||
                             (c->name() == u"thread" && c->ns() == xml::ns::Client);
        if (!trivial)
            return Keep::Store;
    }
    return Keep::DropSilently;
}

} // namespace

Offline::~Offline()
{
    QObject::disconnect(m_connection);
}

ModuleInfo Offline::info() const
{
    return {QStringLiteral("offline"),
            QStringLiteral("XEP-0160, XEP-0203"),
            QStringLiteral("1.0.1"),
            {ns::MsgOffline}};
}

void Offline::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_store = std::make_unique<storage::OfflineStore>(*ctx.db);
    ctx.router->setUndeliverableHandler(
        [this](const Element &stanza, const Jid &to) { return store(stanza, to); });
    m_registrations.push_back(
        core::Registration([router = ctx.router] { router->setUndeliverableHandler({}); }));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::MsgOffline));
    m_connection = QObject::connect(ctx.sessions, &core::SessionManager::availabilityChanged, ctx.sessions,
                                    [this](core::Session *s, bool was) { availabilityChanged(s, was); });
}

bool Offline::store(const Element &stanza, const Jid &to)
{
    if (stanza.name() != u"message")
        return false;
    const Keep keep = decide(stanza);
    if (keep == Keep::DropSilently)
        return true;
    const int limit = int(m_ctx.config->globalInt("offline.max_messages"));
    if (keep == Keep::Refuse || limit <= 0)
        return false; // the router answers service-unavailable
    const Jid user = to.bare();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Element kept = stanza;
    Element &delay = kept.addChild(QStringLiteral("delay"), ns::Delay);
    delay.setAttr(QStringLiteral("from"), user.domain());
    delay.setAttr(QStringLiteral("stamp"), now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    // Synchronous and committed before we return: the sender is answered (or not) only afterwards.
    auto id = m_store->store(user.node(), user.domain(), serializeStanza(kept), now, limit);
    if (id)
        return true;
    if (id.error().code == u"offline.full") {
        if (m_ctx.logger)
            m_ctx.logger->log(log::Level::Problems, log::tag::Router, 0, "offline.full",
                              {{"jid", user.bareString()}, {"from", stanza.attr(u"from")}, {"limit", limit}});
        m_ctx.router->bounce(stanza, xml::StanzaErrorCondition::ServiceUnavailable, FullText);
        return true;
    }
    if (m_ctx.logger)
        m_ctx.logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                          {{"jid", user.bareString()}, {"reason", id.error().message}});
    return false;
}

void Offline::availabilityChanged(core::Session *session, bool)
{
    if (!session->isAvailable() || session->priority() < 0)
        return;
    if (m_ctx.sessions->find(session->jid()) != session)
        return;
    const Jid user = session->jid().bare();
    auto messages = m_store->popAll(user.node(), user.domain());
    if (!messages) {
        if (m_ctx.logger)
            m_ctx.logger->log(log::Level::Problems, log::tag::Store, 0, "im.store_error",
                              {{"jid", user.bareString()}, {"reason", messages.error().message}});
        return;
    }
    for (const storage::OfflineMessage &m : messages.value())
        if (auto stanza = parseStanza(m.stanza))
            session->deliver(*stanza);
}

} // namespace confab::modules
