#include "server/server.h"
#include "c2s/auththrottle.h"
#include "control/controlserver.h"
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "core/router.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/moduleset.h"
#include "s2s/s2smanager.h"
#include "server/connectionmanager.h"
#include "server/listener.h"
#include "shared/controlclient.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/domainstore.h"
#include "tls/certificatestore.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>

namespace confab::server {

Server::Server(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

Server::~Server()
{
    stop();
}

static Status makeDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return makeError(QStringLiteral("server.data_dir"), "Cannot create directory {path}", {{"path", path}});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::ExeGroup);
    return ok();
}

Status Server::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    if (auto s = makeDir(m_options.dataDir); !s)
        return s;
    if (auto s = makeDir(m_options.dataDir + QStringLiteral("/log")); !s)
        return s;
    m_logger = std::make_unique<log::Logger>();
    m_logger->setEchoToStderr(m_options.logToStderr);
    m_logger->setLevel(log::Level::Problems);
    if (!m_logger->openFile(m_options.dataDir + QStringLiteral("/log/confabd.log")))
        return makeError(QStringLiteral("server.log_file"), "Cannot open the log file in {path}",
                         {{"path", m_options.dataDir + QStringLiteral("/log")}});
    for (auto step : {&Server::openStorage, &Server::prepareDomains, &Server::ensureCertificates}) {
        if (auto s = (this->*step)(); !s)
            return s;
    }
    m_logger->log(log::Level::Major, log::tag::Server, 0, "server.start",
                  {{"version", QCoreApplication::applicationVersion()}, {"dataDir", m_options.dataDir}});

    m_sessions = std::make_unique<core::SessionManager>();
    m_modules = std::make_unique<core::ModuleRegistry>();
    storage::AccountStore *accounts = m_accounts.get();
    core::SessionManager *sessions = m_sessions.get();
    // Anonymous (SASL ANONYMOUS) users have no stored account but exist while they are connected.
    auto exists = [accounts, sessions](const Jid &bare) {
        return !sessions->sessionsOf(bare).isEmpty() || accounts->exists(bare.node(), bare.domain());
    };
    m_router = std::make_unique<core::Router>(*m_config, *m_sessions, *m_modules, exists, m_logger.get());
    m_throttle = std::make_unique<c2s::AuthThrottle>();
    m_throttle->setBaseDelayMs(int(m_config->globalInt("auth.failure_delay_ms")));
    startModules();

    c2s::C2sContext ctx;
    ctx.config = m_config.get();
    ctx.sessions = m_sessions.get();
    ctx.router = m_router.get();
    ctx.modules = m_modules.get();
    ctx.accounts = m_accounts.get();
    ctx.certificates = m_certs.get();
    ctx.logger = m_logger.get();
    ctx.throttle = m_throttle.get();
    m_connections = std::make_unique<ConnectionManager>(ctx);
    startFederation();
    if (auto s = startListeners(); !s)
        return s;
    return startControl();
}

void Server::startFederation()
{
    s2s::S2sContext sc;
    sc.config = m_config.get();
    sc.router = m_router.get();
    sc.logger = m_logger.get();
    sc.certificates = m_certs.get();
    sc.allocateConnectionId = [this] { return m_connections->allocateId(); };
    m_s2s = std::make_unique<s2s::S2sManager>(sc);
    m_s2s->reloadPolicy(*m_db);
    m_s2s->install();
    m_connections->setServerStreamFactory(
        [this](stream::StreamConnection *conn) { return m_s2s->createIncoming(conn); });
}

Status Server::openStorage()
{
    m_db = std::make_unique<storage::Database>();
    if (auto s = m_db->open(m_options.dataDir + QStringLiteral("/confab.db")); !s)
        return s;
    m_accounts = std::make_unique<storage::AccountStore>(*m_db);
    m_config = std::make_unique<core::ConfigCache>(*m_db);
    const std::pair<const char *, std::optional<int> Options::*> ports[] = {
        {"listen.c2s_port", &Options::c2sPort},
        {"listen.s2s_port", &Options::s2sPort},
        {"listen.c2s_tls_port", &Options::c2sTlsPort}};
    for (const auto &[key, member] : ports)
        if (m_options.*member)
            m_config->setOverride(QString::fromLatin1(key), *(m_options.*member));
    if (!m_options.listenAddress.isEmpty())
        m_config->setOverride(QStringLiteral("listen.address"), m_options.listenAddress);
    if (!m_options.logLevel.isEmpty())
        m_config->setOverride(QStringLiteral("log.level"), m_options.logLevel);
    applyLogLevel();
    return ok();
}

void Server::applyLogLevel()
{
    if (const auto level = log::levelFromName(m_config->global("log.level").toString()))
        m_logger->setLevel(*level);
}

Status Server::prepareDomains()
{
    storage::DomainStore domains(*m_db);
    QString wanted = m_options.domain;
    if (wanted.isEmpty() && domains.list().isEmpty())
        wanted = QStringLiteral("localhost"); // a usable default on first start
    if (!wanted.isEmpty() && !domains.exists(wanted)) {
        if (auto s = domains.add(wanted); !s)
            return s;
    }
    m_config->reload();
    return ok();
}

Status Server::ensureCertificates()
{
    if (!m_certs)
        m_certs = std::make_unique<tls::CertificateStore>();
    for (const QString &domain : m_config->domains()) {
        const QString certPath = m_options.dataDir + QStringLiteral("/certs/") + domain + QStringLiteral(".pem");
        const bool existed = QFile::exists(certPath);
        auto paths = tls::CertificateStore::ensureCertificate(m_options.dataDir, domain);
        if (!paths)
            return paths.error();
        if (!existed)
            m_logger->log(log::Level::Major, log::tag::Tls, 0, "tls.cert_generated",
                          {{"domain", domain},
                           {"expires", QSslCertificate::fromPath(certPath).value(0).expiryDate().toString(Qt::ISODate)}});
        if (auto s = m_certs->load(domain, paths.value()); !s) {
            m_logger->log(log::Level::Major, log::tag::Tls, 0, "tls.cert_error",
                          {{"domain", domain}, {"reason", s.error().message}});
            return s;
        }
    }
    return ok();
}

Status Server::startListeners()
{
    const QString address = m_config->global("listen.address").toString();
    QHostAddress host;
    if (address.isEmpty() || address == u"*" || address == u"::" || address == u"0.0.0.0")
        host = QHostAddress::Any;
    else if (!host.setAddress(address))
        return makeError(QStringLiteral("server.listen"), "{address} is not an IP address", {{"address", address}});
    const struct
    {
        const char *key;
        bool directTls;
        const char *kind;
    } ports[] = {{"listen.c2s_port", false, "c2s"}, {"listen.s2s_port", false, "s2s"},
                 {"listen.c2s_tls_port", true, "c2s-tls"}};
    for (const auto &p : ports) {
        const int port = int(m_config->globalInt(p.key));
        auto listener = std::make_unique<Listener>(p.directTls);
        connect(listener.get(), &Listener::accepted, m_connections.get(), &ConnectionManager::accept);
        if (!listener->listen(host, quint16(port))) {
            m_logger->log(log::Level::Major, log::tag::Server, 0, "server.listen_failed",
                          {{"address", address},
                           {"port", port},
                           {"kind", QString::fromLatin1(p.kind)},
                           {"reason", listener->errorString()}});
            return makeError(QStringLiteral("server.listen"), "Cannot listen on {address} port {port}: {error}",
                             {{"address", address}, {"port", port}, {"error", listener->errorString()}});
        }
        m_logger->log(log::Level::Major, log::tag::Server, 0, "server.listen",
                      {{"address", address}, {"port", port}, {"kind", QString::fromLatin1(p.kind)}});
        m_listeners.push_back(std::move(listener));
    }
    return ok();
}

QString Server::controlSocketPath() const
{
    return control::defaultSocketPath(m_options.dataDir);
}

Status Server::startControl()
{
    control::ControlContext cc;
    cc.db = m_db.get();
    cc.logger = m_logger.get();
    cc.dataDir = m_options.dataDir;
    cc.version = QCoreApplication::applicationVersion();
    cc.status = [this] { return status(); };
    cc.sessions = [this] {
        QJsonArray all = m_connections->sessionsJson();
        for (const QJsonValue &v : m_s2s->sessionsJson())
            all.append(v);
        return all;
    };
    cc.disconnect = [this](const QString &id) {
        return m_connections->disconnect(id.toULongLong()) || m_s2s->disconnect(id.toULongLong());
    };
    cc.policyChanged = [this] { m_s2s->reloadPolicy(*m_db); };
    cc.settingChanged = [this](const QString &scope, const QString &domain, const QString &key) {
        onSettingChanged(scope, domain, key);
    };
    cc.domainsChanged = [this] {
        m_config->reload();
        ensureCertificates();
        // Sessions of a domain that is no longer hosted end.
        for (core::Session *s : m_sessions->all())
            if (!m_config->isHosted(s->jid().domain()))
                s->closeWithError(xml::StreamErrorCondition::HostGone);
    };
    cc.accountRevoked = [this](const QString &bareJid) {
        if (const auto jid = Jid::parse(bareJid))
            for (core::Session *s : m_sessions->sessionsOf(*jid))
                s->closeWithError(xml::StreamErrorCondition::NotAuthorized,
                                  QStringLiteral("The account was removed or disabled by the administrator"));
    };
    m_control = std::make_unique<control::ControlServer>(cc);
    m_control->setMaxLineLength(int(m_config->globalInt("control.max_request_bytes")));
    connect(m_connections.get(), &ConnectionManager::sessionEvent, m_control.get(),
            [this](const QJsonObject &e) { m_control->publishEvent({QStringLiteral("session"), e}); });
    return m_control->listen(controlSocketPath());
}

void Server::startModules()
{
    modules::ModuleContext mc;
    mc.registry = m_modules.get();
    mc.router = m_router.get();
    mc.sessions = m_sessions.get();
    mc.config = m_config.get();
    mc.db = m_db.get();
    mc.logger = m_logger.get();
    mc.version = QCoreApplication::applicationVersion();
    m_moduleList = modules::createModules();
    for (auto &m : m_moduleList)
        m->start(mc);
}

void Server::onSettingChanged(const QString &, const QString &, const QString &key)
{
    m_config->reload();
    if (key == u"log.level")
        applyLogLevel();
    if (key.startsWith(u"dns.") || key.startsWith(u"s2s."))
        m_s2s->reloadPolicy(*m_db);
    if (key == u"auth.failure_delay_ms")
        m_throttle->setBaseDelayMs(int(m_config->globalInt("auth.failure_delay_ms")));
    if (key == u"control.max_request_bytes") // for control connections opened from now on
        m_control->setMaxLineLength(int(m_config->globalInt("control.max_request_bytes")));
}

QList<QPair<QString, int>> Server::listening() const
{
    QList<QPair<QString, int>> out;
    for (const auto &l : m_listeners)
        out.append({l->directTls() ? QStringLiteral("direct-tls") : QStringLiteral("plain"), l->serverPort()});
    return out;
}

QJsonObject Server::status() const
{
    QJsonArray ports;
    for (const auto &[kind, port] : listening())
        ports.append(QJsonObject{{"kind", kind}, {"port", port}});
    QJsonArray certs;
    for (const tls::CertificateInfo &c : m_certs->certificates())
        certs.append(QJsonObject{{"domain", c.domain},
                                 {"names", QJsonArray::fromStringList(c.names)},
                                 {"notAfter", c.notAfter.toString(Qt::ISODate)},
                                 {"selfSigned", c.selfSigned}});
    return {{"version", QCoreApplication::applicationVersion()},
            {"started", m_started.toString(Qt::ISODate)},
            {"uptimeSeconds", double(m_started.secsTo(QDateTime::currentDateTimeUtc()))},
            {"dataDir", m_options.dataDir},
            {"domains", QJsonArray::fromStringList(m_config->domains())},
            {"connections", m_connections ? m_connections->count() : 0},
            {"sessions", m_sessions ? m_sessions->count() : 0},
            {"accounts", m_accounts->count()},
            {"listening", ports},
            {"certificates", certs}};
}

void Server::stop()
{
    if (m_control)
        m_control->close();
    m_listeners.clear();
    if (m_s2s)
        m_s2s->closeAll();
    if (m_connections)
        m_connections->closeAll();
    if (m_logger && m_started.isValid()) {
        m_logger->log(log::Level::Major, log::tag::Server, 0, "server.stop", {{"reason", "shutdown"}});
        m_started = {};
    }
}

} // namespace confab::server
