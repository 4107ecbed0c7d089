#pragma once
// The one wiring object: owns storage, logger, configuration cache, certificates, the core
// (sessions, router, modules), the listeners, connections and the control socket.
#include "server/options.h"
#include "shared/error.h"
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <memory>
#include <vector>

namespace confab::storage {
class Database;
class AccountStore;
} // namespace confab::storage
namespace confab::log {
class Logger;
}
namespace confab::tls {
class CertificateStore;
}
namespace confab::core {
class ConfigCache;
class SessionManager;
class ModuleRegistry;
class Router;
} // namespace confab::core
namespace confab::c2s {
class AuthThrottle;
}
namespace confab::control {
class ControlServer;
}
namespace confab::modules {
class Module;
}
namespace confab::s2s {
class S2sManager;
}

namespace confab::server {

class Listener;
class ConnectionManager;

class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(Options options, QObject *parent = nullptr);
    ~Server() override;

    Status start();
    void stop();
    QJsonObject status() const;
    QString controlSocketPath() const;
    QList<QPair<QString, int>> listening() const; // kind, port

private:
    Status openStorage();
    Status prepareDomains();
    Status ensureCertificates();
    Status startListeners();
    Status startControl();
    void startModules();
    void startFederation();
    void onSettingChanged(const QString &scope, const QString &domain, const QString &key);
    void applyLogLevel();

    Options m_options;
    QDateTime m_started;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::AccountStore> m_accounts;
    std::unique_ptr<log::Logger> m_logger;
    std::unique_ptr<core::ConfigCache> m_config;
    std::unique_ptr<tls::CertificateStore> m_certs;
    std::unique_ptr<core::SessionManager> m_sessions;
    std::unique_ptr<core::ModuleRegistry> m_modules;
    std::unique_ptr<core::Router> m_router;
    std::unique_ptr<c2s::AuthThrottle> m_throttle;
    std::unique_ptr<s2s::S2sManager> m_s2s; // outlives the connections: incoming s2s streams use it
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<control::ControlServer> m_control;
    std::vector<std::unique_ptr<modules::Module>> m_moduleList;
    std::vector<std::unique_ptr<Listener>> m_listeners;
};

} // namespace confab::server
