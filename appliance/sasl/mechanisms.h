#pragma once
// Which SASL mechanisms a stream may offer, and the factory the stream uses once the client chose.
#include "sasl/mechanism.h"

#include <QStringList>
#include <memory>

namespace confab::sasl {

namespace mech {
inline constexpr char ScramSha256Plus[] = "SCRAM-SHA-256-PLUS";
inline constexpr char ScramSha1Plus[] = "SCRAM-SHA-1-PLUS";
inline constexpr char ScramSha256[] = "SCRAM-SHA-256";
inline constexpr char ScramSha1[] = "SCRAM-SHA-1";
inline constexpr char Plain[] = "PLAIN";
inline constexpr char DigestMd5[] = "DIGEST-MD5";
inline constexpr char CramMd5[] = "CRAM-MD5";
inline constexpr char Anonymous[] = "ANONYMOUS";
} // namespace mech

// nullptr for an unknown name, or for a -PLUS variant without TLS channel-binding data.
std::unique_ptr<Mechanism> createMechanism(const QString &name, const Backend &backend,
                                           const Context &context, const MechanismOptions &options = {});

// The mechanisms to advertise, strongest first. allowedByDomain empty = no domain restriction.
// -PLUS only with TLS and channel-binding data; PLAIN only over TLS; ANONYMOUS only if enabled;
// CRAM-MD5 / DIGEST-MD5 only if the legacy methods are enabled.
QStringList availableMechanisms(const QStringList &allowedByDomain, const Context &context,
                                bool anonymousEnabled, bool legacyEnabled);

} // namespace confab::sasl
