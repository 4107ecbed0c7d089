#pragma once
// A module: one XEP (or RFC section) the server implements. It declares what it implements (for
// disco and docs/compliance.md) and registers its handlers with the context it is given; the
// registrations it keeps undo themselves when the module is destroyed.
#include "core/moduleregistry.h"
#include <QString>
#include <QStringList>
#include <vector>

namespace confab::log {
class Logger;
}
namespace confab::storage {
class Database;
}
namespace confab::core {
class ConfigCache;
class Router;
class SessionManager;
} // namespace confab::core

namespace confab::modules {

struct ModuleInfo
{
    QString name;     // "ping"
    QString spec;     // "XEP-0199"
    QString version;  // of the spec implemented, e.g. "2.0.1"
    QStringList features;
};

struct ModuleContext
{
    core::ModuleRegistry *registry = nullptr;
    core::Router *router = nullptr;
    core::SessionManager *sessions = nullptr;
    core::ConfigCache *config = nullptr;
    storage::Database *db = nullptr;
    log::Logger *logger = nullptr;
    QString version; // confabd's version
};

class Module
{
public:
    virtual ~Module() = default;
    virtual ModuleInfo info() const = 0;
    virtual void start(ModuleContext &ctx) = 0;

protected:
    std::vector<core::Registration> m_registrations;
};

} // namespace confab::modules
