#include "core/moduleregistry.h"
#include "xml/namespaces.h"

namespace confab::core {

struct IqResponder::State
{
    xml::Element request;
    Sender send;
    bool done = false;
    ~State()
    {
        if (!done && send)
            send(xml::makeErrorReply(request, xml::StanzaErrorCondition::InternalServerError,
                                     QStringLiteral("The request was not answered")));
    }
};

IqResponder::IqResponder(const xml::Element &request, Sender send) : m_state(std::make_shared<State>())
{
    // Only the envelope is kept for the reply; the payload is not needed.
    m_state->request = xml::Element(request.name(), request.ns());
    for (const auto &a : request.attributes())
        m_state->request.setAttrNs(a.ns, a.name, a.value);
    m_state->send = std::move(send);
}

void IqResponder::result(std::optional<xml::Element> payload) const
{
    if (m_state->done)
        return;
    m_state->done = true;
    const xml::Element &req = m_state->request;
    xml::Element reply(QStringLiteral("iq"), req.ns());
    reply.setAttr(QStringLiteral("type"), QStringLiteral("result"));
    reply.setAttr(QStringLiteral("id"), req.attr(u"id"));
    if (req.hasAttr(u"from"))
        reply.setAttr(QStringLiteral("to"), req.attr(u"from"));
    if (req.hasAttr(u"to"))
        reply.setAttr(QStringLiteral("from"), req.attr(u"to"));
    if (payload)
        reply.addChild(std::move(*payload));
    m_state->send(std::move(reply));
}

void IqResponder::error(xml::StanzaErrorCondition condition, const QString &text) const
{
    if (m_state->done)
        return;
    m_state->done = true;
    m_state->send(xml::makeErrorReply(m_state->request, condition, text));
}

bool IqResponder::answered() const
{
    return m_state->done;
}

QString ModuleRegistry::key(IqTarget target, const QString &type, const QString &ns)
{
    return QString::number(int(target)) + QLatin1Char('|') + type + QLatin1Char('|') + ns;
}

Registration ModuleRegistry::registerIq(IqTarget target, const QString &type, const QString &ns,
                                        IqHandler handler)
{
    const QString k = key(target, type, ns);
    Q_ASSERT_X(!m_iq.contains(k), "ModuleRegistry::registerIq", "two handlers for one key");
    m_iq.insert(k, std::move(handler));
    return Registration([this, k] { m_iq.remove(k); });
}

bool ModuleRegistry::dispatchIq(IqTarget target, const IqRequest &request, const IqResponder &responder) const
{
    auto it = m_iq.constFind(key(target, request.stanza.attr(u"type"), request.payload.ns()));
    if (it == m_iq.constEnd())
        return false;
    it.value()(request, responder);
    return true;
}

Registration ModuleRegistry::registerPreAuthIq(const QString &ns, PreAuthIqHandler handler)
{
    Q_ASSERT_X(!m_preAuthIq.contains(ns), "ModuleRegistry::registerPreAuthIq", "two handlers for one namespace");
    m_preAuthIq.insert(ns, std::move(handler));
    return Registration([this, ns] { m_preAuthIq.remove(ns); });
}

bool ModuleRegistry::dispatchPreAuthIq(const PreAuthIq &request, const IqResponder &responder) const
{
    auto it = m_preAuthIq.constFind(request.payload.ns());
    if (it == m_preAuthIq.constEnd())
        return false;
    it.value()(request, responder);
    return true;
}

Registration ModuleRegistry::addStreamFeature(FeatureStage stage, FeatureProvider provider)
{
    const quint64 id = m_nextProviderId++;
    m_featureProviders.push_back({id, stage, std::move(provider)});
    return Registration([this, id] {
        std::erase_if(m_featureProviders, [id](const Provider &p) { return p.id == id; });
    });
}

QList<xml::Element> ModuleRegistry::streamFeatures(FeatureStage stage, const FeatureContext &context) const
{
    QList<xml::Element> out;
    for (const Provider &p : m_featureProviders)
        if (p.stage == stage)
            if (auto el = p.provide(context))
                out.append(std::move(*el));
    return out;
}

static Registration addCounted(QHash<QString, int> &set, const QString &feature)
{
    ++set[feature];
    return Registration([&set, feature] {
        if (--set[feature] <= 0)
            set.remove(feature);
    });
}

Registration ModuleRegistry::addServerFeature(const QString &feature)
{
    return addCounted(m_serverFeatures, feature);
}

Registration ModuleRegistry::addAccountFeature(const QString &feature)
{
    return addCounted(m_accountFeatures, feature);
}

QStringList ModuleRegistry::serverFeatures() const
{
    QStringList out = m_serverFeatures.keys();
    out.sort();
    return out;
}

QStringList ModuleRegistry::accountFeatures() const
{
    QStringList out = m_accountFeatures.keys();
    out.sort();
    return out;
}

} // namespace confab::core
