#pragma once
// What a client session needs from the server, passed in (no globals).
#include <functional>

class QSslConfiguration;
class QString;

namespace confab::log {
class Logger;
}
namespace confab::storage {
class AccountStore;
}
namespace confab::tls {
class CertificateStore;
}
namespace confab::core {
class ConfigCache;
class Router;
class SessionManager;
class ModuleRegistry;
} // namespace confab::core

namespace confab::c2s {
class AuthThrottle;

struct C2sContext
{
    core::ConfigCache *config = nullptr;
    core::SessionManager *sessions = nullptr;
    core::Router *router = nullptr;
    core::ModuleRegistry *modules = nullptr;
    storage::AccountStore *accounts = nullptr;
    tls::CertificateStore *certificates = nullptr;
    log::Logger *logger = nullptr;
    AuthThrottle *throttle = nullptr;
};

} // namespace confab::c2s
