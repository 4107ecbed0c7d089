#pragma once
// XEP-0049 Private XML Storage: an account keeps arbitrary XML on the server, one element per
// (name, namespace), readable and writable only by itself. Unknown elements read back empty;
// jabber:* namespaces (the protocol's own) are refused with <not-acceptable/> (§3).
#include "modules/module.h"
#include "storage/accountdatastore.h"
#include <memory>

namespace confab::modules {

namespace ns {
inline const QString Private = QStringLiteral("jabber:iq:private");
}

class PrivateStorage : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void handle(const core::IqRequest &request, const core::IqResponder &responder) const;
    std::optional<xml::StanzaErrorCondition> check(const core::IqRequest &request) const;

    std::unique_ptr<storage::AccountDataStore> m_store;
};

} // namespace confab::modules
