#include "modules/moduleset.h"
#include "modules/ping.h"

namespace confab::modules {

std::vector<std::unique_ptr<Module>> createModules()
{
    std::vector<std::unique_ptr<Module>> out;
    out.push_back(std::make_unique<Ping>());
    // IM (RFC 6121): roster, presence, offline messages

    // Services: disco, caps, version, time, last activity, vCard, private storage, blocking

    // Registration (XEP-0077)

    return out;
}

} // namespace confab::modules
