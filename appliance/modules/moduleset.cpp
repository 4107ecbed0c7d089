#include "modules/moduleset.h"
#include "modules/ping.h"
#include "modules/offline.h"
#include "modules/presence.h"
#include "modules/roster.h"
#include "modules/services.h"
#include "modules/register.h"

namespace confab::modules {

std::vector<std::unique_ptr<Module>> createModules()
{
    std::vector<std::unique_ptr<Module>> out;
    out.push_back(std::make_unique<Ping>());
    // IM (RFC 6121): roster, presence, offline messages
    out.push_back(std::make_unique<Roster>());
    out.push_back(std::make_unique<Presence>());
    out.push_back(std::make_unique<Offline>());

    // Services: disco, caps, version, time, last activity, vCard, private storage, blocking
    for (auto &m : servicesModules())
        out.push_back(std::move(m));

    // Registration (XEP-0077)
    out.push_back(std::make_unique<Register>());

    return out;
}

} // namespace confab::modules
