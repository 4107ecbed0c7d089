#pragma once
// XEP-0199 XMPP Ping: the server answers pings addressed to it (and to an account's bare JID,
// on the account's behalf).
#include "modules/module.h"

namespace confab::modules {

class Ping : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;
};

} // namespace confab::modules
