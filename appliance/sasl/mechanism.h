#pragma once
// Server side of one SASL exchange (RFC 4422), independent of sockets and storage: the stream
// hands in decoded client responses and sends back what the returned Step says. Account data is
// reached through the synchronous callbacks of Backend so every mechanism runs in a unit test.
#include "auth/scramcredentials.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace confab::sasl {

// The <failure/> conditions of RFC 6120 §6.5.
enum class Failure {
    Aborted,
    AccountDisabled,
    CredentialsExpired,
    EncryptionRequired,
    IncorrectEncoding,
    InvalidAuthzid,
    InvalidMechanism,
    MalformedRequest,
    MechanismTooWeak,
    NotAuthorized,
    TemporaryAuthFailure
};

// The element name of the condition ("not-authorized", ...).
QString failureConditionName(Failure failure);

struct Step
{
    enum Kind { Challenge, Success, Failure } kind = Challenge;
    QByteArray data;                                      // challenge or additional success data
    sasl::Failure failure = sasl::Failure::NotAuthorized; // when kind == Failure
    QString text;                                         // optional protocol token for <text/>

    static Step challenge(const QByteArray &data) { return {Challenge, data, {}, {}}; }
    static Step success(const QByteArray &data = {}) { return {Success, data, {}, {}}; }
    static Step fail(sasl::Failure failure, const QString &text = {}) { return {Failure, {}, failure, text}; }
};

// What a mechanism asks of the server. Unset callbacks behave as "no such account".
struct Backend
{
    std::function<std::optional<auth::ScramCredentials>(const QString &user, auth::ScramHash)>
        scramCredentials;
    // PLAIN: both arguments already SASLprep'ed.
    std::function<bool(const QString &user, const QString &password)> checkPassword;
    // CRAM-MD5 / DIGEST-MD5 (legacy opt-in): the stored clear password, if the domain keeps one.
    std::function<std::optional<QString>(const QString &user)> reversiblePassword;
};

struct Context
{
    QString domain;
    bool tlsActive = false;
    QByteArray tlsServerEndPoint;       // RFC 5929 §4 hash of the server certificate; empty = none
    bool channelBindingOffered = false; // the -PLUS variants were advertised on this stream
    // We bind with tls-server-end-point only. A client that binds only with tls-unique or
    // tls-exporter honestly answers 'y' to our -PLUS offer (it cannot bind with our type), so a 'y'
    // is then no proof of a downgrade. Streams set this to interoperate with such clients; the RFC
    // 5802 strict rule (fail on 'y' when -PLUS was offered) applies when it is false.
    bool tolerateBindingTypeMismatch = false;
    QString realm;                      // DIGEST-MD5 realm; empty = domain
};

// Knobs that only tests turn: production code passes the defaults.
struct MechanismOptions
{
    // Replaces the random server nonce: the server part of the SCRAM nonce, the DIGEST-MD5
    // nonce, or the whole CRAM-MD5 challenge.
    QByteArray fixedNonce;
    // DIGEST-MD5 digest-uri service type (RFC 6120 §6.3.8 says "xmpp").
    QString digestService = QStringLiteral("xmpp");
};

class Mechanism
{
public:
    virtual ~Mechanism();
    Mechanism(const Mechanism &) = delete;
    Mechanism &operator=(const Mechanism &) = delete;

    virtual QString name() const = 0;
    // The first client message; hasInitialResponse distinguishes "=" (empty) from none.
    virtual Step start(const QByteArray &initialResponse, bool hasInitialResponse) = 0;
    virtual Step step(const QByteArray &response) = 0;

    // After Success: the account's user name as passed to the Backend (SASLprep'ed), and the
    // authorization identity the client asked for (empty when none).
    QString authenticatedUser() const { return m_authenticatedUser; }
    QString authzid() const { return m_authzid; }
    // The user name the client tried (SASLprep'ed), known once parsed, success or not: for logs
    // and per-account throttling.
    QString attemptedUser() const { return m_attemptedUser; }

protected:
    void setAttemptedUser(const QString &user) { m_attemptedUser = user; }
    Mechanism() = default;
    // RFC 6120 §6.3.8: only the user's own bare JID may be requested as authzid.
    static bool authzidAllowed(const QString &authzid, const QString &user, const QString &domain);
    void setAuthenticated(const QString &user, const QString &authzid)
    {
        m_authenticatedUser = user;
        m_authzid = authzid;
    }

private:
    QString m_authenticatedUser;
    QString m_authzid;
    QString m_attemptedUser;
};

} // namespace confab::sasl
