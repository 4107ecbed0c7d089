#pragma once
// CRAM-MD5 (RFC 2195), for the legacy opt-in only: needs the clear password (reversiblePassword).
#include "sasl/mechanism.h"

namespace confab::sasl {

class CramMd5Mechanism : public Mechanism
{
public:
    CramMd5Mechanism(const Backend &backend, const Context &context, const MechanismOptions &options = {});

    QString name() const override;
    Step start(const QByteArray &initialResponse, bool hasInitialResponse) override;
    Step step(const QByteArray &response) override;

    // HEX(HMAC-MD5(password, challenge)), lower case.
    static QByteArray responseDigest(const QByteArray &password, const QByteArray &challenge);

private:
    Step verify(const QByteArray &response);

    Backend m_backend;
    Context m_context;
    MechanismOptions m_options;
    QByteArray m_challenge;
    bool m_done = false;
};

} // namespace confab::sasl
