#pragma once
// Where modules register what they handle, by typed key: iq (type, payload namespace, target).
// Registrations undo themselves when the returned handle is dropped. An iq handler gets a responder
// that must answer exactly once; one dropped unanswered yields <internal-server-error/>.
#include "shared/jid.h"
#include "xml/element.h"
#include "xml/stanzaerror.h"
#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace confab::core {

// Server: `to` is a hosted domain. Account: `to` is the bare JID of a local account (or absent,
// which RFC 6120 §10.3.3 treats as the sender's own account).
enum class IqTarget { Server, Account };

class IqResponder
{
public:
    using Sender = std::function<void(xml::Element)>;
    IqResponder(const xml::Element &request, Sender send);
    void result(std::optional<xml::Element> payload = std::nullopt) const;
    void error(xml::StanzaErrorCondition condition, const QString &text = {}) const;
    bool answered() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

struct IqRequest
{
    const xml::Element &stanza;
    const xml::Element &payload; // the one child element
    Jid from;                    // stamped, full JID for local clients
    Jid to;                      // the effective target (own bare JID when absent)
    bool fromLocal = true;
    bool isSet() const { return stanza.attr(u"type") == u"set"; }
};

class Registration
{
public:
    Registration() = default;
    explicit Registration(std::function<void()> undo) : m_undo(std::move(undo)) {}
    Registration(Registration &&o) noexcept : m_undo(std::exchange(o.m_undo, nullptr)) {}
    Registration &operator=(Registration &&o) noexcept
    {
        reset();
        m_undo = std::exchange(o.m_undo, nullptr);
        return *this;
    }
    ~Registration() { reset(); }
    void reset()
    {
        if (m_undo)
            std::exchange(m_undo, nullptr)();
    }

private:
    std::function<void()> m_undo;
};

// An iq a client sends before it has authenticated (XEP-0077 registration): no JIDs yet.
struct PreAuthIq
{
    const xml::Element &stanza;
    const xml::Element &payload;
    QString domain;  // the stream's domain
    QString address; // the peer's IP address
    bool tls = false;
};

enum class FeatureStage { PreAuth, PostAuth };
struct FeatureContext
{
    QString domain;
    bool tls = false;
};

class ModuleRegistry
{
public:
    using IqHandler = std::function<void(const IqRequest &, const IqResponder &)>;
    using PreAuthIqHandler = std::function<void(const PreAuthIq &, const IqResponder &)>;
    using FeatureProvider = std::function<std::optional<xml::Element>(const FeatureContext &)>;

    [[nodiscard]] Registration registerIq(IqTarget target, const QString &type, const QString &ns,
                                          IqHandler handler);
    // Returns false when nobody handles it (the caller answers <service-unavailable/>).
    bool dispatchIq(IqTarget target, const IqRequest &request, const IqResponder &responder) const;

    // Pre-authentication iq by payload namespace (get and set alike).
    [[nodiscard]] Registration registerPreAuthIq(const QString &ns, PreAuthIqHandler handler);
    bool dispatchPreAuthIq(const PreAuthIq &request, const IqResponder &responder) const;

    // Elements a module adds to <stream:features/> at a stage (e.g. <register/>, <ver/>, <c/>).
    [[nodiscard]] Registration addStreamFeature(FeatureStage stage, FeatureProvider provider);
    QList<xml::Element> streamFeatures(FeatureStage stage, const FeatureContext &context) const;

    // Features the server advertises in disco#info (modules add theirs at start).
    [[nodiscard]] Registration addServerFeature(const QString &feature);
    [[nodiscard]] Registration addAccountFeature(const QString &feature);
    QStringList serverFeatures() const;
    QStringList accountFeatures() const;

private:
    static QString key(IqTarget target, const QString &type, const QString &ns);
    QHash<QString, IqHandler> m_iq;
    QHash<QString, PreAuthIqHandler> m_preAuthIq;
    struct Provider
    {
        quint64 id;
        FeatureStage stage;
        FeatureProvider provide;
    };
    std::vector<Provider> m_featureProviders;
    quint64 m_nextProviderId = 1;
    QHash<QString, int> m_serverFeatures;
    QHash<QString, int> m_accountFeatures;
};

} // namespace confab::core
