#include "modules/privatestorage.h"
#include "modules/storedxml.h"

namespace confab::modules {

using core::IqRequest;
using core::IqResponder;
using xml::Element;
using xml::StanzaErrorCondition;

ModuleInfo PrivateStorage::info() const
{
    return {QStringLiteral("private"), QStringLiteral("XEP-0049"), QStringLiteral("1.2"), {ns::Private}};
}

void PrivateStorage::start(ModuleContext &ctx)
{
    m_store = std::make_unique<storage::AccountDataStore>(*ctx.db);
    auto handler = [this](const IqRequest &r, const IqResponder &a) { handle(r, a); };
    for (const QString &type : {QStringLiteral("get"), QStringLiteral("set")})
        m_registrations.push_back(
            ctx.registry->registerIq(core::IqTarget::Account, type, ns::Private, handler));
    m_registrations.push_back(ctx.registry->addAccountFeature(ns::Private));
}

std::optional<StanzaErrorCondition> PrivateStorage::check(const IqRequest &request) const
{
    if (request.to.bare() != request.from.bare())
        return StanzaErrorCondition::Forbidden; // nobody reads or writes another account's data
    const QList<const Element *> items = request.payload.childElements();
    // A get names exactly one element; a set stores one or more.
    if (items.isEmpty() || (!request.isSet() && items.size() > 1))
        return StanzaErrorCondition::BadRequest;
    for (const Element *item : items) {
        if (item->ns().startsWith(QLatin1String("jabber:")))
            return StanzaErrorCondition::NotAcceptable;
        if (request.isSet() && serializeStoredXml(*item).toUtf8().size() > MaxStoredXmlBytes)
            return StanzaErrorCondition::NotAcceptable;
    }
    return std::nullopt;
}

void PrivateStorage::handle(const IqRequest &request, const IqResponder &responder) const
{
    if (const auto condition = check(request)) {
        responder.error(*condition);
        return;
    }
    const Jid owner = request.to.bare();
    const QList<const Element *> items = request.payload.childElements();
    if (request.isSet()) {
        for (const Element *item : items) {
            if (!m_store->setPrivateXml(owner.node(), owner.domain(), item->name(), item->ns(),
                                        serializeStoredXml(*item))) {
                responder.error(StanzaErrorCondition::InternalServerError);
                return;
            }
        }
        responder.result();
        return;
    }
    const Element &wanted = *items.first();
    Element query(QStringLiteral("query"), ns::Private);
    const auto stored = m_store->privateXml(owner.node(), owner.domain(), wanted.name(), wanted.ns());
    std::optional<Element> element = stored ? parseStoredXml(*stored) : std::nullopt;
    // Nothing stored (or a damaged row): the empty element, as the XEP's §2 asks.
    query.addChild(element ? std::move(*element) : Element(wanted.name(), wanted.ns()));
    responder.result(std::move(query));
}

} // namespace confab::modules
