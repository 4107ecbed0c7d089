#include "modules/register.h"
#include "core/configcache.h"
#include "core/session.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "modules/registrationform.h"
#include "storage/accountstore.h"
#include "xml/namespaces.h"

namespace confab::modules {

using xml::Element;
using Condition = xml::StanzaErrorCondition;

namespace {

// Whether `username` (a bare local part, or a bare JID as in XEP-0077's data form examples) names
// `account`.
bool namesAccount(const QString &username, const Jid &account)
{
    if (username.contains(u'@')) {
        const auto jid = Jid::parse(username);
        return jid && jid->isBare() && *jid == account;
    }
    const auto node = Jid::prepareNode(username);
    return node && *node == account.node();
}

} // namespace

ModuleInfo Register::info() const
{
    return {QStringLiteral("register"), QStringLiteral("XEP-0077"), QStringLiteral("2.4"), {ns::Register}};
}

void Register::start(ModuleContext &ctx)
{
    m_ctx = ctx;
    m_registrations.push_back(ctx.registry->registerPreAuthIq(
        ns::Register,
        [this](const core::PreAuthIq &iq, const core::IqResponder &r) { handlePreAuth(iq, r); }));
    auto account = [this](const core::IqRequest &request, const core::IqResponder &r) {
        handleAccount(request, r);
    };
    // Clients address these to their own account (no 'to', as slixmpp does) or to their server
    // (XEP-0077's password change example): both are the same operation.
    for (const auto target : {core::IqTarget::Account, core::IqTarget::Server})
        for (const QString &type : {QStringLiteral("get"), QStringLiteral("set")})
            m_registrations.push_back(ctx.registry->registerIq(target, type, ns::Register, account));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Register));
    m_registrations.push_back(ctx.registry->addStreamFeature(
        core::FeatureStage::PreAuth, [this](const core::FeatureContext &fc) -> std::optional<Element> {
            if (!m_ctx.config->domainBool(fc.domain, "registration.free"))
                return std::nullopt;
            return Element(QStringLiteral("register"), xml::ns::RegisterFeature);
        }));
}

void Register::handlePreAuth(const core::PreAuthIq &iq, const core::IqResponder &responder)
{
    const bool set = iq.stanza.attr(u"type") == u"set";
    if (!m_ctx.config->domainBool(iq.domain, "registration.free")) {
        // §3.1: a host that does not support in-band registration answers <service-unavailable/>.
        if (set)
            refuseRegistration(iq, {}, QStringLiteral("registration is closed on this domain"),
                               Condition::ServiceUnavailable, responder);
        else
            responder.error(Condition::ServiceUnavailable);
        return;
    }
    if (iq.payload.name() != u"query") {
        responder.error(Condition::BadRequest);
        return;
    }
    if (!set) {
        responder.result(RegistrationForm::blank()); // §3.1.1: unauthenticated means unregistered
        return;
    }
    const RegistrationSubmission submission = RegistrationForm::parse(iq.payload);
    if (submission.remove) {
        // §3.2 error table: an entity with no 'from' address is not registered with the server.
        responder.error(Condition::UnexpectedRequest, QStringLiteral("Log in to cancel a registration"));
        return;
    }
    createAccount(iq, submission, responder);
}

void Register::createAccount(const core::PreAuthIq &iq, const RegistrationSubmission &submission,
                             const core::IqResponder &responder)
{
    const QString requested = submission.username.value_or(QString());
    // §3.1: every field of the form is required; an empty password counts as not provided.
    if (!submission.username || !submission.password || submission.password->isEmpty() ||
        requested.isEmpty()) {
        refuseRegistration(iq, requested, QStringLiteral("incomplete form"), Condition::NotAcceptable,
                           responder);
        return;
    }
    const auto user = Jid::prepareNode(requested);
    if (!user) {
        refuseRegistration(iq, requested, QStringLiteral("invalid username"), Condition::NotAcceptable,
                           responder);
        return;
    }
    const qint64 limit = m_ctx.config->globalInt("registration.max_per_hour_per_address");
    if (!m_throttle.allows(iq.address, limit)) {
        refuseRegistration(iq, *user, QStringLiteral("too many registrations from this address"),
                           Condition::PolicyViolation, responder);
        return;
    }
    storage::AccountStore accounts(*m_ctx.db);
    const Status added = accounts.add(*user, iq.domain, *submission.password, keepsReversible(iq.domain));
    if (!added) {
        const QString code = added.error().code;
        const Condition condition = code == u"account.exists"     ? Condition::Conflict
                                    : code == u"password.invalid" ? Condition::NotAcceptable
                                                                  : Condition::InternalServerError;
        refuseRegistration(iq, *user, code, condition, responder);
        return;
    }
    m_throttle.record(iq.address);
    logEvent(int(log::Level::Major), "register.created",
             {{"jid", *user + u'@' + iq.domain}, {"address", iq.address}});
    responder.result();
}

void Register::refuseRegistration(const core::PreAuthIq &iq, const QString &user, const QString &reason,
                                  Condition condition, const core::IqResponder &responder) const
{
    logEvent(int(log::Level::Problems), "register.refused",
             {{"user", user}, {"domain", iq.domain}, {"address", iq.address}, {"reason", reason}});
    QString text;
    if (condition == Condition::Conflict)
        text = QStringLiteral("That username is already taken");
    else if (condition == Condition::NotAcceptable)
        text = QStringLiteral("A valid username and a non-empty password are required");
    else if (condition == Condition::PolicyViolation)
        text = QStringLiteral("Too many accounts were created from your address; try again later");
    responder.error(condition, text);
}

void Register::handleAccount(const core::IqRequest &request, const core::IqResponder &responder)
{
    const Jid account = request.from.bare();
    // Only a local user managing their own account on their own server; registering with this
    // server as a third-party service is not offered.
    const bool own =
        request.fromLocal && !account.node().isEmpty() &&
        (request.to.isDomain() ? request.to.domain() == account.domain() : request.to.bare() == account);
    if (!own) {
        responder.error(Condition::ServiceUnavailable);
        return;
    }
    if (request.payload.name() != u"query") {
        responder.error(Condition::BadRequest);
        return;
    }
    storage::AccountStore accounts(*m_ctx.db);
    if (!accounts.exists(account.node(), account.domain())) {
        // An anonymous (SASL ANONYMOUS) session has an address but no account.
        responder.error(Condition::RegistrationRequired);
        return;
    }
    if (!request.isSet()) {
        responder.result(RegistrationForm::registered(account.node()));
        return;
    }
    const RegistrationSubmission submission = RegistrationForm::parse(request.payload);
    if (submission.remove) {
        if (!submission.removeOnly) {
            responder.error(Condition::BadRequest, QStringLiteral("<remove/> must be the only element"));
            return;
        }
        removeAccount(account, responder);
        return;
    }
    changePassword(account, submission, responder);
}

void Register::changePassword(const Jid &account, const RegistrationSubmission &submission,
                              const core::IqResponder &responder)
{
    const auto refuse = [&](Condition condition, const QString &reason, const QString &text) {
        logEvent(int(log::Level::Problems), "register.change_refused",
                 {{"jid", account.bareString()}, {"reason", reason}});
        responder.error(condition, text);
    };
    if (!m_ctx.config->domainBool(account.domain(), "registration.allow_password_change")) {
        refuse(Condition::NotAllowed, QStringLiteral("password changes are disabled"),
               QStringLiteral("Password changes are disabled on this server"));
        return;
    }
    // §3.3: an empty password never replaces the existing one.
    if (!submission.username || !submission.password || submission.password->isEmpty()) {
        refuse(Condition::BadRequest, QStringLiteral("incomplete request"),
               QStringLiteral("Send your username and the new password"));
        return;
    }
    if (!namesAccount(*submission.username, account)) {
        refuse(Condition::Forbidden, QStringLiteral("not the requester's own account"),
               QStringLiteral("You can only change your own password"));
        return;
    }
    storage::AccountStore accounts(*m_ctx.db);
    const Status st = accounts.setPassword(account.node(), account.domain(), *submission.password,
                                           keepsReversible(account.domain()));
    if (!st) {
        const bool invalid = st.error().code == u"password.invalid";
        refuse(invalid ? Condition::NotAcceptable : Condition::InternalServerError, st.error().code,
               invalid ? QStringLiteral("That password cannot be used") : QString());
        return;
    }
    logEvent(int(log::Level::Major), "register.password_changed", {{"jid", account.bareString()}});
    responder.result();
}

void Register::removeAccount(const Jid &account, const core::IqResponder &responder)
{
    // Answer before removing: once the account is gone the router no longer delivers to its
    // resources (RFC 6121 §8.5.1), and the client must see the result before the stream error.
    responder.result();
    storage::AccountStore accounts(*m_ctx.db);
    const Status st = accounts.remove(account.node(), account.domain());
    const QList<core::Session *> sessions = m_ctx.sessions->sessionsOf(account);
    if (!st) {
        // The client was told it worked; ending its sessions with an error tells it otherwise.
        logEvent(int(log::Level::Major), "register.remove_failed",
                 {{"jid", account.bareString()}, {"reason", st.error().message}});
        for (core::Session *s : sessions) {
            m_ctx.sessions->unbind(s);
            s->closeWithError(xml::StreamErrorCondition::InternalServerError,
                              QStringLiteral("The account could not be removed"));
        }
        return;
    }
    logEvent(int(log::Level::Major), "register.removed", {{"jid", account.bareString()}});
    // §3.2: the server SHOULD end every active session of the account with <not-authorized/>.
    for (core::Session *s : sessions) {
        m_ctx.sessions->unbind(s); // the session manager must forget it before the stream ends
        s->closeWithError(xml::StreamErrorCondition::NotAuthorized,
                          QStringLiteral("The account was removed"));
    }
}

bool Register::keepsReversible(const QString &domain) const
{
    // Same rule as the control socket's users.add: legacy digest mechanisms need the plain form.
    return m_ctx.config->domainBool(domain, "auth.legacy");
}

void Register::logEvent(int level, const char *key, const QJsonObject &args) const
{
    if (m_ctx.logger)
        m_ctx.logger->log(log::Level(level), log::tag::XmppI, 0, key, args);
}

} // namespace confab::modules
