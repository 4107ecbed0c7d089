#include "modules/disco.h"
#include "core/configcache.h"
#include "modules/caps.h"
#include "xml/namespaces.h"

namespace confab::modules {

using core::IqRequest;
using core::IqResponder;
using core::IqTarget;
using xml::Element;
using xml::StanzaErrorCondition;

DiscoInfo serverDiscoInfo(const core::ModuleRegistry &registry)
{
    DiscoInfo info;
    info.identities.append({QStringLiteral("server"), QStringLiteral("im"), {}, ServerName});
    info.features = registry.serverFeatures();
    return info;
}

Element discoInfoQuery(const DiscoInfo &info, const QString &node)
{
    Element query(QStringLiteral("query"), ns::DiscoInfo);
    if (!node.isEmpty())
        query.setAttr(QStringLiteral("node"), node);
    for (const DiscoIdentity &id : info.identities) {
        Element &el = query.addChild(QStringLiteral("identity"), ns::DiscoInfo);
        el.setAttr(QStringLiteral("category"), id.category);
        el.setAttr(QStringLiteral("type"), id.type);
        if (!id.lang.isEmpty())
            el.setAttrNs(xml::ns::Xml, QStringLiteral("lang"), id.lang);
        if (!id.name.isEmpty())
            el.setAttr(QStringLiteral("name"), id.name);
    }
    for (const QString &feature : info.features)
        query.addChild(QStringLiteral("feature"), ns::DiscoInfo).setAttr(QStringLiteral("var"), feature);
    for (const Element &form : info.forms)
        query.addChild(form);
    return query;
}

ModuleInfo Disco::info() const
{
    return {QStringLiteral("disco"),
            QStringLiteral("XEP-0030"),
            QStringLiteral("2.5rc3"),
            {ns::DiscoInfo, ns::DiscoItems}};
}

void Disco::start(ModuleContext &ctx)
{
    m_registry = ctx.registry;
    m_config = ctx.config;
    const QString get = QStringLiteral("get");
    auto bind = [this](auto method) {
        return [this, method](const IqRequest &r, const IqResponder &resp) { (this->*method)(r, resp); };
    };
    m_registrations.push_back(
        ctx.registry->registerIq(IqTarget::Server, get, ns::DiscoInfo, bind(&Disco::serverInfo)));
    m_registrations.push_back(
        ctx.registry->registerIq(IqTarget::Server, get, ns::DiscoItems, bind(&Disco::serverItems)));
    m_registrations.push_back(
        ctx.registry->registerIq(IqTarget::Account, get, ns::DiscoInfo, bind(&Disco::accountInfo)));
    m_registrations.push_back(
        ctx.registry->registerIq(IqTarget::Account, get, ns::DiscoItems, bind(&Disco::accountItems)));
    for (const QString &feature : {ns::DiscoInfo, ns::DiscoItems}) {
        m_registrations.push_back(ctx.registry->addServerFeature(feature));
        m_registrations.push_back(ctx.registry->addAccountFeature(feature));
    }
}

void Disco::serverInfo(const IqRequest &request, const IqResponder &responder) const
{
    const DiscoInfo info = serverDiscoInfo(*m_registry);
    const QString node = request.payload.attr(u"node");
    // The only node the server has is its caps node at the current verification string (a stale
    // ver means the features changed since the client cached them: item-not-found tells it so).
    if (!node.isEmpty() && node != capsNodeVer(capsVerification(info))) {
        responder.error(StanzaErrorCondition::ItemNotFound);
        return;
    }
    responder.result(discoInfoQuery(info, node));
}

void Disco::serverItems(const IqRequest &request, const IqResponder &responder) const
{
    if (request.payload.hasAttr(u"node")) {
        responder.error(StanzaErrorCondition::ItemNotFound);
        return;
    }
    Element query(QStringLiteral("query"), ns::DiscoItems);
    // Hosted services would be listed here as they arrive; until then, what the admin configured.
    for (const QString &jid : m_config->domainList(request.to.domain(), "disco.extra_items"))
        query.addChild(QStringLiteral("item"), ns::DiscoItems).setAttr(QStringLiteral("jid"), jid);
    responder.result(std::move(query));
}

void Disco::accountInfo(const IqRequest &request, const IqResponder &responder) const
{
    if (request.payload.hasAttr(u"node")) {
        responder.error(StanzaErrorCondition::ItemNotFound);
        return;
    }
    DiscoInfo info;
    info.identities.append({QStringLiteral("account"), QStringLiteral("registered"), {}, {}});
    info.features = m_registry->accountFeatures();
    responder.result(discoInfoQuery(info));
}

void Disco::accountItems(const IqRequest &request, const IqResponder &responder) const
{
    if (request.payload.hasAttr(u"node")) {
        responder.error(StanzaErrorCondition::ItemNotFound);
        return;
    }
    // Nothing hangs off an account yet (PEP nodes will).
    responder.result(Element(QStringLiteral("query"), ns::DiscoItems));
}

} // namespace confab::modules
