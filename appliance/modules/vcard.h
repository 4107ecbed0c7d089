#pragma once
// XEP-0054 vcard-temp: each account publishes its own vCard (set on its bare JID or without 'to')
// and anyone may read it by bare JID; an account without one reads as an empty <vCard/> (§3.1
// allows that or item-not-found). XEP-0153 avatars live in the vCard's PHOTO, which is kept
// exactly as sent.
#include "modules/module.h"
#include "storage/accountdatastore.h"
#include <memory>

namespace confab::modules {

namespace ns {
inline const QString VCard = QStringLiteral("vcard-temp");
}

class VCard : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void get(const core::IqRequest &request, const core::IqResponder &responder) const;
    void set(const core::IqRequest &request, const core::IqResponder &responder) const;

    std::unique_ptr<storage::AccountDataStore> m_store;
};

} // namespace confab::modules
