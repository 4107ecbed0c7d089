#pragma once
// Shared by the XEP-0077 unit tests: the Register module over a temporary database with the real
// ModuleRegistry, Router and SessionManager; pre-auth iqs are dispatched as ClientSession does,
// authenticated ones go through the Router from fake sessions.
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/register.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/settingsstore.h"
#include "xml/namespaces.h"
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace confab::test {

using xml::Element;

using Fields = QList<QPair<QString, QString>>;
inline const QString Domain = QStringLiteral("shakespeare.lit");
inline const QString RegNs = QStringLiteral("jabber:iq:register");
inline const QString XData = QStringLiteral("jabber:x:data");

class FakeSession : public core::Session
{
public:
    const Jid &jid() const override { return m_jid; }
    QString id() const override { return QStringLiteral("1"); }
    void deliver(const Element &stanza) override { received.append(stanza); }
    void closeWithError(xml::StreamErrorCondition c, const QString &) override { closedWith = int(c); }
    Jid m_jid;
    QList<Element> received;
    int closedWith = -1;
};

// <query xmlns='jabber:iq:register'> with a child per (name, text); a null text makes an empty element.
inline Element query(const Fields &fields = {})
{
    Element q(QStringLiteral("query"), RegNs);
    for (const auto &[name, text] : fields) {
        Element &c = q.addChild(name, RegNs);
        if (!text.isEmpty())
            c.addText(text);
    }
    return q;
}

inline Element iq(const QString &type, const QString &id, Element payload, const QString &from = {},
                  const QString &to = {})
{
    Element s(QStringLiteral("iq"), xml::ns::Client);
    s.setAttr(QStringLiteral("type"), type);
    s.setAttr(QStringLiteral("id"), id);
    if (!from.isEmpty())
        s.setAttr(QStringLiteral("from"), from);
    if (!to.isEmpty())
        s.setAttr(QStringLiteral("to"), to);
    s.addChild(std::move(payload));
    return s;
}

inline QString errorCondition(const Element &stanza)
{
    const Element *error = stanza.firstChild(u"error");
    if (!error || stanza.attr(u"type") != u"error")
        return {};
    const Element *cond = error->firstChildElement();
    return cond ? cond->name() : QString();
}

inline const Element *formField(const Element &form, QStringView var)
{
    for (const Element *f : form.childElements())
        if (f->name() == u"field" && f->attr(u"var") == var)
            return f;
    return nullptr;
}

class RegisterFixture
{
public:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<core::ConfigCache> m_config;
    std::unique_ptr<storage::AccountStore> m_accounts;
    core::SessionManager m_sessions;
    core::ModuleRegistry m_registry;
    log::Logger m_logger;
    std::unique_ptr<core::Router> m_router;
    std::unique_ptr<modules::Register> m_module;
    int m_address = 0; // a fresh address per test keeps the throttle out of the way

    void setDomain(const char *key, bool value)
    {
        QVERIFY(storage::DomainStore(*m_db).setSetting(Domain, QString::fromLatin1(key), value).ok());
        m_config->reload();
    }
    QString freshAddress() { return QStringLiteral("192.0.2.%1").arg(++m_address); }

    // Dispatches like ClientSession::handlePreAuthIq and returns the one reply.
    Element preAuth(const Element &stanza, const QString &address)
    {
        QList<Element> replies;
        {
            const core::PreAuthIq request{stanza, *stanza.firstChildElement(), Domain, address, true};
            const core::IqResponder responder(stanza, [&](Element r) { replies.append(std::move(r)); });
            if (!m_registry.dispatchPreAuthIq(request, responder))
                return {};
        }
        return replies.size() == 1 ? replies.first() : Element();
    }
    Element preAuth(const Element &stanza) { return preAuth(stanza, freshAddress()); }

    Element registerAccount(const QString &user, const QString &password, const QString &address = {})
    {
        return preAuth(
            iq(QStringLiteral("set"), QStringLiteral("reg2"),
               query({{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})),
            address.isEmpty() ? freshAddress() : address);
    }

    // Binds a fake session as `full`, sends `stanza` from it through the router, returns the reply.
    Element fromSession(FakeSession &session, Element stanza)
    {
        session.received.clear();
        m_router->routeFromClient(std::move(stanza), &session);
        return session.received.isEmpty() ? Element() : session.received.last();
    }
    void bindAs(FakeSession &s, const QString &full)
    {
        const Jid jid = *Jid::parse(full);
        s.m_jid = m_sessions.bind(&s, jid.bare(), jid.resource());
    }
    bool logged(const QString &key, const QString &needle = {}) const
    {
        for (const auto &r : m_logger.tail(1000))
            if (r.key == key &&
                (needle.isEmpty() || QJsonDocument(r.args).toJson().contains(needle.toUtf8())))
                return true;
        return false;
    }

    // Opens the database and starts the module; call from initTestCase (QVERIFY inside).
    void start()
    {
        m_logger.setLevel(log::Level::All);
        m_db = std::make_unique<storage::Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("t.db"))).ok());
        QVERIFY(storage::DomainStore(*m_db).add(Domain).ok());
        m_config = std::make_unique<core::ConfigCache>(*m_db);
        m_accounts = std::make_unique<storage::AccountStore>(*m_db);
        m_router = std::make_unique<core::Router>(
            *m_config, m_sessions, m_registry,
            // As Server does: anonymous users exist while they are connected.
            [this](const Jid &bare) {
                return !m_sessions.sessionsOf(bare).isEmpty() ||
                       m_accounts->exists(bare.node(), bare.domain());
            },
            &m_logger);
        m_module = std::make_unique<modules::Register>();
        modules::ModuleContext ctx;
        ctx.registry = &m_registry;
        ctx.router = m_router.get();
        ctx.sessions = &m_sessions;
        ctx.config = m_config.get();
        ctx.db = m_db.get();
        ctx.logger = &m_logger;
        m_module->start(ctx);
    }
};

} // namespace confab::test
