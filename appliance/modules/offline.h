#pragma once
// XEP-0160 offline messages: a normal or chat message to an account with no available resource
// is committed to the database (with a XEP-0203 <delay/>) before anything else happens, and
// delivered in order, then deleted, when the account's first resource with a non-negative
// priority becomes available. Beyond offline.max_messages the sender gets <service-unavailable/>.
#include "modules/module.h"
#include "storage/offlinestore.h"
#include <QObject>
#include <memory>

namespace confab::core {
class Session;
}

namespace confab::modules {

class Offline : public Module
{
public:
    ~Offline() override;
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    bool store(const xml::Element &stanza, const Jid &to);
    void availabilityChanged(core::Session *session, bool wasAvailable);

    ModuleContext m_ctx;
    std::unique_ptr<storage::OfflineStore> m_store;
    QMetaObject::Connection m_connection;
};

} // namespace confab::modules
