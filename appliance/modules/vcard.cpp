#include "modules/vcard.h"
#include "modules/storedxml.h"

namespace confab::modules {

using core::IqRequest;
using core::IqResponder;
using xml::Element;
using xml::StanzaErrorCondition;

ModuleInfo VCard::info() const
{
    return {QStringLiteral("vcard"), QStringLiteral("XEP-0054"), QStringLiteral("1.2"), {ns::VCard}};
}

void VCard::start(ModuleContext &ctx)
{
    m_store = std::make_unique<storage::AccountDataStore>(*ctx.db);
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Account, QStringLiteral("get"), ns::VCard,
                                 [this](const IqRequest &r, const IqResponder &a) { get(r, a); }));
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Account, QStringLiteral("set"), ns::VCard,
                                 [this](const IqRequest &r, const IqResponder &a) { set(r, a); }));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::VCard));
    m_registrations.push_back(ctx.registry->addAccountFeature(ns::VCard));
}

void VCard::get(const IqRequest &request, const IqResponder &responder) const
{
    if (request.payload.name() != u"vCard") {
        responder.error(StanzaErrorCondition::BadRequest);
        return;
    }
    const Jid owner = request.to.bare();
    if (const auto stored = m_store->vcard(owner.node(), owner.domain())) {
        if (auto vcard = parseStoredXml(*stored)) {
            responder.result(std::move(*vcard));
            return;
        }
        responder.error(StanzaErrorCondition::InternalServerError,
                        QStringLiteral("The stored vCard is damaged"));
        return;
    }
    responder.result(Element(QStringLiteral("vCard"), ns::VCard));
}

void VCard::set(const IqRequest &request, const IqResponder &responder) const
{
    const Jid owner = request.to.bare();
    if (owner != request.from.bare()) {
        responder.error(StanzaErrorCondition::Forbidden, QStringLiteral("Only the owner may change a vCard"));
        return;
    }
    if (request.payload.name() != u"vCard") {
        responder.error(StanzaErrorCondition::BadRequest);
        return;
    }
    const QString xml = serializeStoredXml(request.payload);
    if (xml.toUtf8().size() > MaxStoredXmlBytes) {
        responder.error(StanzaErrorCondition::NotAcceptable,
                        QStringLiteral("The vCard is larger than %1 bytes").arg(MaxStoredXmlBytes));
        return;
    }
    if (auto saved = m_store->setVcard(owner.node(), owner.domain(), xml); !saved) {
        responder.error(StanzaErrorCondition::InternalServerError);
        return;
    }
    responder.result();
}

} // namespace confab::modules
