#pragma once
// SCRAM-SHA-1, SCRAM-SHA-256 and their -PLUS variants (RFC 5802, RFC 7677), server side, with
// tls-server-end-point channel binding (RFC 5929 §4).
#include "sasl/mechanism.h"

namespace confab::sasl {

class ScramMechanism : public Mechanism
{
public:
    ScramMechanism(auth::ScramHash hash, bool plus, const Backend &backend, const Context &context,
                   const MechanismOptions &options = {});

    QString name() const override;
    Step start(const QByteArray &initialResponse, bool hasInitialResponse) override;
    Step step(const QByteArray &response) override;

    // Exposed for tests: the RFC 5802 §5.1 saslname decoding ("=2C" → ',', "=3D" → '='), nullopt
    // for any other '=' escape.
    static std::optional<QByteArray> decodeSaslName(const QByteArray &name);

private:
    enum class State { ClientFirst, ClientFinal, Done };

    Step handleClientFirst(const QByteArray &message);
    Step handleClientFinal(const QByteArray &message);
    std::optional<Step> checkChannelBindingFlag(const QByteArray &flag) const;
    void loadCredentials();
    Step finish(Step result);

    auth::ScramHash m_hash;
    bool m_plus;
    Backend m_backend;
    Context m_context;
    MechanismOptions m_options;
    State m_state = State::ClientFirst;

    QByteArray m_gs2Header; // as the client sent it, trailing ',' included
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_nonce; // client nonce + server nonce
    QString m_user;
    QString m_requestedAuthzid;
    auth::ScramCredentials m_credentials;
    bool m_knownUser = false;
};

} // namespace confab::sasl
