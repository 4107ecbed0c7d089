#include "modules/ping.h"

namespace confab::modules {

namespace ns {
inline const QString Ping = QStringLiteral("urn:xmpp:ping");
}

ModuleInfo Ping::info() const
{
    return {QStringLiteral("ping"), QStringLiteral("XEP-0199"), QStringLiteral("2.0.1"), {ns::Ping}};
}

void Ping::start(ModuleContext &ctx)
{
    auto pong = [](const core::IqRequest &, const core::IqResponder &responder) { responder.result(); };
    m_registrations.push_back(ctx.registry->registerIq(core::IqTarget::Server, QStringLiteral("get"), ns::Ping, pong));
    m_registrations.push_back(ctx.registry->registerIq(core::IqTarget::Account, QStringLiteral("get"), ns::Ping, pong));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Ping));
}

} // namespace confab::modules
