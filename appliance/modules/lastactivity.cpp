#include "modules/lastactivity.h"
#include "core/router.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "storage/accountstore.h"
#include "storage/rosterstore.h"

namespace confab::modules {

using core::IqRequest;
using core::IqResponder;
using xml::Element;

LastActivity::~LastActivity()
{
    flush();
}

ModuleInfo LastActivity::info() const
{
    return {QStringLiteral("last"), QStringLiteral("XEP-0012"), QStringLiteral("2.0"), {ns::Last}};
}

void LastActivity::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_store = std::make_unique<storage::LastActivityStore>(*ctx.db);
    m_started = QDateTime::currentDateTimeUtc();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelayMs);
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_receiver, [this] { flush(); });
    storage::Database *db = ctx.db;
    // RFC 6121: the contact may see the account's presence when the account's roster has a
    // 'from' or 'both' subscription for it.
    m_authorized = [db](const Jid &account, const Jid &contact) {
        const auto item =
            storage::RosterStore(*db).item(account.node(), account.domain(), contact.bareString());
        return item && item.value() && item.value()->subFrom;
    };
    const QString get = QStringLiteral("get");
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Server, get, ns::Last,
                                 [this](const IqRequest &r, const IqResponder &a) { serverUptime(r, a); }));
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Account, get, ns::Last,
                                 [this](const IqRequest &r, const IqResponder &a) { accountLast(r, a); }));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Last));
    m_registrations.push_back(
        ctx.router->addFilter([this](const Element &stanza, const Jid &user, core::FilterDirection d) {
            return observePresence(stanza, user, d);
        }));
    // The receiver object ends the connection when this module goes away.
    QObject::connect(ctx.sessions, &core::SessionManager::unbound, &m_receiver,
                     [this](core::Session *s) { sessionGone(s); });
}

static Element lastQuery(qint64 seconds, const QString &status = {})
{
    Element query(QStringLiteral("query"), ns::Last);
    query.setAttr(QStringLiteral("seconds"), QString::number(std::max<qint64>(0, seconds)));
    if (!status.isEmpty())
        query.addText(status);
    return query;
}

void LastActivity::serverUptime(const IqRequest &, const IqResponder &responder) const
{
    responder.result(lastQuery(m_started.secsTo(QDateTime::currentDateTimeUtc())));
}

void LastActivity::accountLast(const IqRequest &request, const IqResponder &responder) const
{
    const Jid account = request.to.bare();
    const bool self = request.from.bare() == account;
    if (!self && !(m_authorized && m_authorized(account, request.from.bare()))) {
        responder.error(xml::StanzaErrorCondition::Forbidden);
        return;
    }
    if (!m_ctx.sessions->sessionsOf(account).isEmpty()) {
        responder.result(lastQuery(0)); // connected now
        return;
    }
    auto last = m_store->get(account.node(), account.domain());
    if (const auto pending = m_pending.constFind(account); pending != m_pending.cend())
        last = *pending; // newer than the stored one, not written yet
    if (!last) {
        responder.error(xml::StanzaErrorCondition::ItemNotFound, QStringLiteral("No logout recorded"));
        return;
    }
    responder.result(lastQuery(last->logout.secsTo(QDateTime::currentDateTimeUtc()), last->status));
}

bool LastActivity::observePresence(const Element &stanza, const Jid &user, core::FilterDirection direction)
{
    // Only a client's own broadcast presence (no 'to') says what its status was when it left.
    if (direction != core::FilterDirection::Outgoing || stanza.name() != u"presence" || stanza.hasAttr(u"to"))
        return true;
    const QString type = stanza.attr(u"type");
    if (type == u"unavailable")
        m_unavailableStatus.insert(user, stanza.childText(u"status"));
    else if (type.isEmpty())
        m_unavailableStatus.remove(user);
    return true;
}

void LastActivity::sessionGone(core::Session *session)
{
    const Jid full = session->jid();
    const QString status = m_unavailableStatus.take(full);
    if (!m_ctx.sessions->sessionsOf(full.bare()).isEmpty())
        return; // other resources are still there: the account has not logged out
    if (!storage::AccountStore(*m_ctx.db).exists(full.node(), full.domain()))
        return; // anonymous sessions have no account to remember anything for
    m_pending.insert(full.bare(), {QDateTime::currentDateTimeUtc(), status});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LastActivity::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_store)
        return;
    QList<storage::LastActivityStore::Entry> entries;
    entries.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        entries.append({it.key().node(), it.key().domain(), it.value()});
    m_pending.clear();
    QStringList failed;
    const auto saved = m_store->setMany(entries, &failed);
    if (!saved && m_ctx.logger)
        m_ctx.logger->log(log::Level::Problems, log::tag::Store, 0, "store.error",
                          {{"operation", QStringLiteral("last activity")},
                           {"reason", failed.isEmpty() ? saved.error().message
                                                       : failed.join(QStringLiteral(", ")) +
                                                             QStringLiteral(": ") + saved.error().message}});
}

} // namespace confab::modules
