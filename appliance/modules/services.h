#pragma once
// The services group's modules (disco, caps, version, time, last activity, vCard, private storage,
// blocking), in start order, so moduleset.cpp needs one line for all of them.
#include "modules/module.h"
#include <memory>
#include <vector>

namespace confab::modules {
std::vector<std::unique_ptr<Module>> servicesModules();
}
