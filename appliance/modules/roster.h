#pragma once
// RFC 6121 §2 roster management (jabber:iq:roster get/set/remove, pushes to interested resources)
// with XEP-0237 roster versioning: a get whose 'ver' equals the current version is answered with
// an empty result; any other 'ver' gets the whole roster (no diff), later changes come as pushes.
#include "modules/module.h"
#include "storage/rosterstore.h"
#include <memory>

namespace confab::modules {

class Roster : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void handleGet(const core::IqRequest &request, const core::IqResponder &responder);
    void handleSet(const core::IqRequest &request, const core::IqResponder &responder);
    void removeItem(const Jid &user, const storage::RosterItem &item, const core::IqResponder &responder);
    // Answers resource-constraint (or the store error) and returns true when no item may be added.
    bool rosterFull(const Jid &user, const core::IqResponder &responder);
    void storeFailed(const Jid &user, const Error &error, const core::IqResponder &responder);

    ModuleContext m_ctx;
    std::unique_ptr<storage::RosterStore> m_store;
};

} // namespace confab::modules
