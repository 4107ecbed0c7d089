#include "modules/services.h"
#include "modules/blocking.h"
#include "modules/caps.h"
#include "modules/disco.h"
#include "modules/entitytime.h"
#include "modules/lastactivity.h"
#include "modules/privatestorage.h"
#include "modules/vcard.h"
#include "modules/version.h"

namespace confab::modules {

std::vector<std::unique_ptr<Module>> servicesModules()
{
    std::vector<std::unique_ptr<Module>> out;
    out.push_back(std::make_unique<Disco>());
    out.push_back(std::make_unique<Caps>());
    out.push_back(std::make_unique<Version>());
    out.push_back(std::make_unique<EntityTime>());
    out.push_back(std::make_unique<LastActivity>());
    out.push_back(std::make_unique<VCard>());
    out.push_back(std::make_unique<PrivateStorage>());
    out.push_back(std::make_unique<Blocking>());
    return out;
}

} // namespace confab::modules
