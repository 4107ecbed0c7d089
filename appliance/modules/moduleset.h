#pragma once
// The list of modules confabd runs: adding a module is one line in moduleset.cpp.
#include "modules/module.h"
#include <memory>
#include <vector>

namespace confab::modules {
std::vector<std::unique_ptr<Module>> createModules();
}
