#pragma once
// PLAIN (RFC 4616): authzid NUL authcid NUL passwd. Offered only over TLS (see mechanisms.h).
#include "sasl/mechanism.h"

namespace confab::sasl {

class PlainMechanism : public Mechanism
{
public:
    PlainMechanism(const Backend &backend, const Context &context);

    QString name() const override;
    Step start(const QByteArray &initialResponse, bool hasInitialResponse) override;
    Step step(const QByteArray &response) override;

private:
    Step verify(const QByteArray &message);

    Backend m_backend;
    Context m_context;
    bool m_done = false;
};

} // namespace confab::sasl
