#pragma once
// XEP-0077 In-Band Registration, for a server's own accounts:
// - before authentication (§3.1 "Registration with a Server"): the registration form and account
//   creation, only on domains with registration.free, at most registration.max_per_hour_per_address
//   new accounts per address and hour; the <register/> stream feature (§8) on those domains;
// - once authenticated: "already registered" (§3.1), password change (§3.3, when the domain's
//   registration.allow_password_change is on) and cancellation (§3.2, always allowed: every
//   session of the account ends with <not-authorized/>).
#include "modules/module.h"
#include "modules/registrationthrottle.h"
#include <QJsonObject>

namespace confab::modules {

struct RegistrationSubmission;

class Register : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;

private:
    void handlePreAuth(const core::PreAuthIq &iq, const core::IqResponder &responder);
    void createAccount(const core::PreAuthIq &iq, const RegistrationSubmission &submission,
                       const core::IqResponder &responder);
    void handleAccount(const core::IqRequest &request, const core::IqResponder &responder);
    void changePassword(const Jid &account, const RegistrationSubmission &submission,
                        const core::IqResponder &responder);
    void removeAccount(const Jid &account, const core::IqResponder &responder);
    void refuseRegistration(const core::PreAuthIq &iq, const QString &user, const QString &reason,
                            xml::StanzaErrorCondition condition, const core::IqResponder &responder) const;
    bool keepsReversible(const QString &domain) const;
    void logEvent(int level, const char *key, const QJsonObject &args) const;

    ModuleContext m_ctx;
    RegistrationThrottle m_throttle;
};

} // namespace confab::modules
