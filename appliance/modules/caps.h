#pragma once
// XEP-0115 Entity Capabilities for the server itself: the verification string of the server's
// disco#info (§5.1, SHA-1) advertised as a <c/> stream feature after authentication (§6.3), so a
// client that has seen this ver before can skip the disco#info round trip.
#include "modules/disco.h"

namespace confab::modules {

namespace ns {
inline const QString Caps = QStringLiteral("http://jabber.org/protocol/caps");
}
inline const QString CapsNode = QStringLiteral("https://confab.invalid/caps");

// XEP-0115 §5.1 over `info`: identities, features and extended forms, SHA-1, base64.
QString capsVerification(const DiscoInfo &info);
// "<CapsNode>#<ver>": the node a client queries to verify (§6.2).
QString capsNodeVer(const QString &ver);

class Caps : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;
};

} // namespace confab::modules
