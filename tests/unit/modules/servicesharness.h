#pragma once
// In-process setup for the services modules' unit tests: a temporary database with a domain and
// accounts, the real ConfigCache, SessionManager, ModuleRegistry and Router, fake client sessions,
// and stanzas written as XML text (the XEP examples, as transcripts).
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "modules/module.h"
#include "modules/storedxml.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "storage/settingsstore.h"
#include "xml/namespaces.h"
#include <QTemporaryDir>
#include <QtTest>
#include <list>
#include <memory>

namespace confab::test {

class FakeSession : public core::Session
{
public:
    const Jid &jid() const override { return m_jid; }
    QString id() const override { return m_jid.toString(); }
    void deliver(const xml::Element &stanza) override { received.append(stanza); }
    void closeWithError(xml::StreamErrorCondition, const QString &) override {}
    // The oldest undelivered stanza (a default Element when there is none).
    xml::Element take() { return received.isEmpty() ? xml::Element() : received.takeFirst(); }
    Jid m_jid;
    QList<xml::Element> received;
};

inline xml::Element parseXml(const QString &text)
{
    auto el = modules::parseStoredXml(text);
    if (!el)
        qFatal("test XML does not parse: %s", qPrintable(text));
    return *el;
}

inline QString errorCondition(const xml::Element &stanza)
{
    const xml::Element *error = stanza.firstChild(u"error");
    if (!error || stanza.attr(u"type") != u"error")
        return {};
    for (const xml::Element *c : error->childElements())
        if (c->ns() == xml::ns::Stanzas && c->name() != u"text")
            return c->name();
    return {};
}

class ServicesHarness
{
public:
    static inline const QString Domain = QStringLiteral("example.com");

    ServicesHarness()
    {
        if (!m_db.open(m_dir.filePath(QStringLiteral("t.db"))).ok() ||
            !storage::DomainStore(m_db).add(Domain).ok())
            qFatal("cannot create the test database");
        for (const char *user : {"alice", "bob", "carol"})
            if (!accounts.add(QString::fromLatin1(user), Domain, QStringLiteral("pw")).ok())
                qFatal("cannot add accounts");
        config = std::make_unique<core::ConfigCache>(m_db);
        config->reload();
        router = std::make_unique<core::Router>(
            *config, sessions, registry,
            [this](const Jid &bare) { return accounts.exists(bare.node(), bare.domain()); }, nullptr);
    }

    template <typename M> M &start()
    {
        auto module = std::make_unique<M>();
        M &ref = *module;
        modules::ModuleContext ctx{&registry, router.get(),           &sessions, config.get(), &m_db,
                                   nullptr,   QStringLiteral("1.2.3")};
        module->start(ctx);
        m_modules.push_back(std::move(module));
        return ref;
    }

    // Destroys the started modules (what a server shutdown does to them).
    void stopModules() { m_modules.clear(); }

    FakeSession &connect(const QString &full)
    {
        FakeSession &s = m_sessions.emplace_back();
        const Jid jid = *Jid::parse(full);
        s.m_jid = sessions.bind(&s, jid.bare(), jid.resource());
        s.setPresence(true, 0);
        return s;
    }
    void disconnect(FakeSession &s) { sessions.unbind(&s); }

    // What a client stream does: stamp 'from' with the session's full JID and route.
    void send(FakeSession &s, const QString &xml)
    {
        xml::Element stanza = parseXml(xml);
        stanza.setAttr(QStringLiteral("from"), s.jid().toString());
        router->routeFromClient(std::move(stanza), &s);
    }
    // Sends an iq and returns the one stanza the session received for it.
    xml::Element ask(FakeSession &s, const QString &xml)
    {
        s.received.clear();
        send(s, xml);
        if (s.received.size() != 1)
            qWarning("expected one reply, got %d", int(s.received.size()));
        return s.take();
    }

    void setGlobal(const QString &key, const QJsonValue &value)
    {
        QVERIFY(storage::SettingsStore(m_db).set(key, value).ok());
        config->reload();
    }
    void setDomain(const QString &key, const QJsonValue &value)
    {
        QVERIFY(storage::DomainStore(m_db).setSetting(Domain, key, value).ok());
        config->reload();
    }
    storage::Database &db() { return m_db; }

    core::SessionManager sessions;
    core::ModuleRegistry registry;
    std::unique_ptr<core::ConfigCache> config;
    std::unique_ptr<core::Router> router;
    storage::AccountStore accounts{m_db};

private:
    QTemporaryDir m_dir;
    storage::Database m_db;
    std::list<FakeSession> m_sessions;
    std::vector<std::unique_ptr<modules::Module>> m_modules;
};

} // namespace confab::test
