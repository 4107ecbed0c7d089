#pragma once
// What the roster and presence modules share: the roster protocol strings, the <item/> a roster
// item is shown as, and roster pushes (RFC 6121 §2.1.6) to the resources that asked for the roster.
#include "shared/jid.h"
#include "storage/rosterstore.h"
#include "xml/element.h"

namespace confab::core {
class SessionManager;
}

namespace confab::modules::roster {

inline const QString Ns = QStringLiteral("jabber:iq:roster");
inline const QString VersioningFeature = QStringLiteral("urn:xmpp:features:rosterver");     // XEP-0237
inline const QString PreApprovalFeature = QStringLiteral("urn:xmpp:features:pre-approval"); // RFC 6121 §3.4

xml::Element itemElement(const storage::RosterItem &item, bool removed = false);
// An iq set with the one item to every interested resource of `user` (bare), with 'ver'.
void push(core::SessionManager &sessions, const Jid &user, const storage::RosterItem &item, qint64 version,
          bool removed = false);

} // namespace confab::modules::roster
