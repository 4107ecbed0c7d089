#include "modules/moduleset.h"
#include "modules/ping.h"

namespace confab::modules {

std::vector<std::unique_ptr<Module>> createModules()
{
    std::vector<std::unique_ptr<Module>> out;
    out.push_back(std::make_unique<Ping>());
    return out;
}

} // namespace confab::modules
