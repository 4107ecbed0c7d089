#pragma once
// DIGEST-MD5 (RFC 2831) as XMPP used it (RFC 3920 §6): qop=auth only, realm = the domain,
// digest-uri "xmpp/<domain>", rspauth sent in a second challenge. Legacy opt-in only.
#include "sasl/mechanism.h"

#include <QHash>

namespace confab::sasl {

class DigestMd5Mechanism : public Mechanism
{
public:
    DigestMd5Mechanism(const Backend &backend, const Context &context, const MechanismOptions &options = {});

    QString name() const override;
    Step start(const QByteArray &initialResponse, bool hasInitialResponse) override;
    Step step(const QByteArray &response) override;

    // The values that enter the RFC 2831 §2.1.2.1 computation, as they go on the wire (user
    // name, realm and password already in the charset they are hashed in).
    struct DigestInput
    {
        QByteArray username, realm, password, nonce, cnonce, nc, qop = "auth", digestUri, authzid;
    };
    // The response-value; with serverAuth, the rspauth value of §2.1.3.
    static QByteArray responseValue(const DigestInput &input, bool serverAuth);
    // directive = token "=" (token | quoted-string), comma separated; nullopt on syntax errors
    // or repeated directives.
    static std::optional<QHash<QByteArray, QByteArray>> parseDirectives(const QByteArray &text);

private:
    enum class State { Response, Acknowledge, Done };

    Step verify(const QByteArray &response);
    bool digestUriMatches(const QByteArray &uri) const;
    QString realm() const;

    Backend m_backend;
    Context m_context;
    MechanismOptions m_options;
    QByteArray m_nonce;
    State m_state = State::Response;
};

} // namespace confab::sasl
