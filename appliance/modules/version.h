#pragma once
// XEP-0092 Software Version: the server's name, version and (unless version.hide_os) its OS.
#include "modules/module.h"

namespace confab::modules {

namespace ns {
inline const QString Version = QStringLiteral("jabber:iq:version");
}

class Version : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;
};

} // namespace confab::modules
