#pragma once
// The presence subscription state machine of RFC 6121 Appendix A, as a pure function: for a
// subscription stanza the server processes (outbound from the local user, or inbound to them) and
// the contact's current state in the user's roster, what the state becomes, whether the stanza goes
// on (routed to the contact / delivered to the user) and what else the server must do.
// Pre-approval (RFC 6121 §3.4) is an orthogonal flag next to the nine defined states.
#include <QString>
#include <optional>

namespace confab::modules {

// RFC 6121 A.1 defined states.
enum class SubState {
    None,
    NonePendingOut,
    NonePendingIn,
    NonePendingOutIn,
    To,
    ToPendingIn,
    From,
    FromPendingOut,
    Both,
};

enum class SubType { Subscribe, Subscribed, Unsubscribe, Unsubscribed };

struct SubFlags
{
    bool to = false, from = false, pendingOut = false, pendingIn = false;
};

SubState stateFromFlags(const SubFlags &f);
SubFlags flagsFromState(SubState s);
std::optional<SubType> subTypeFromName(const QString &type);
QString subTypeName(SubType type);
QString subStateName(SubState state); // "None + Pending Out+In", as the RFC writes them

struct SubTransition
{
    SubState next;
    bool forward = false;             // outbound: route to the contact; inbound: deliver to the user
    bool autoReplySubscribed = false; // inbound subscribe already approved: answer 'subscribed' for the user
    bool preApproved = false;         // the pre-approval flag after processing
    bool changed = false;             // state or pre-approval changed: push the roster item
};

class SubscriptionState
{
public:
    // RFC 6121 A.2 (the user's server, stanza from the user's client).
    static SubTransition outbound(SubType type, SubState current, bool preApproved = false);
    // RFC 6121 A.3 (the user's server, stanza from a contact to the user).
    static SubTransition inbound(SubType type, SubState current, bool preApproved = false);
};

} // namespace confab::modules
