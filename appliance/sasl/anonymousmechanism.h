#pragma once
// ANONYMOUS (RFC 4505): the client gets a fresh random user part; its trace data is ignored.
#include "sasl/mechanism.h"

namespace confab::sasl {

class AnonymousMechanism : public Mechanism
{
public:
    AnonymousMechanism() = default;

    QString name() const override;
    Step start(const QByteArray &initialResponse, bool hasInitialResponse) override;
    Step step(const QByteArray &response) override;

    static constexpr int MaxTraceCharacters = 255;

private:
    bool m_done = false;
};

} // namespace confab::sasl
