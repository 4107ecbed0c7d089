#include "modules/version.h"
#include "core/configcache.h"
#include "modules/disco.h"
#include <QSysInfo>

namespace confab::modules {

using xml::Element;

ModuleInfo Version::info() const
{
    return {QStringLiteral("version"), QStringLiteral("XEP-0092"), QStringLiteral("1.1"), {ns::Version}};
}

void Version::start(ModuleContext &ctx)
{
    core::ConfigCache *config = ctx.config;
    const QString version = ctx.version;
    auto answer = [config, version](const core::IqRequest &, const core::IqResponder &responder) {
        Element query(QStringLiteral("query"), ns::Version);
        query.addChild(QStringLiteral("name"), ns::Version).addText(ServerName);
        query.addChild(QStringLiteral("version"), ns::Version).addText(version);
        // Read per request: the admin can switch it while the server runs.
        if (!config->globalBool("version.hide_os"))
            query.addChild(QStringLiteral("os"), ns::Version).addText(QSysInfo::prettyProductName());
        responder.result(std::move(query));
    };
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Server, QStringLiteral("get"), ns::Version, answer));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Version));
}

} // namespace confab::modules
