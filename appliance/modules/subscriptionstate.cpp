#include "modules/subscriptionstate.h"

namespace confab::modules {

using S = SubState;

SubState stateFromFlags(const SubFlags &f)
{
    if (f.to && f.from)
        return S::Both;
    if (f.to)
        return f.pendingIn ? S::ToPendingIn : S::To;
    if (f.from)
        return f.pendingOut ? S::FromPendingOut : S::From;
    if (f.pendingOut)
        return f.pendingIn ? S::NonePendingOutIn : S::NonePendingOut;
    return f.pendingIn ? S::NonePendingIn : S::None;
}

SubFlags flagsFromState(SubState s)
{
    switch (s) {
    case S::None:
        return {};
    case S::NonePendingOut:
        return {false, false, true, false};
    case S::NonePendingIn:
        return {false, false, false, true};
    case S::NonePendingOutIn:
        return {false, false, true, true};
    case S::To:
        return {true, false, false, false};
    case S::ToPendingIn:
        return {true, false, false, true};
    case S::From:
        return {false, true, false, false};
    case S::FromPendingOut:
        return {false, true, true, false};
    case S::Both:
        return {true, true, false, false};
    }
    return {};
}

std::optional<SubType> subTypeFromName(const QString &type)
{
    if (type == u"subscribe")
        return SubType::Subscribe;
    if (type == u"subscribed")
        return SubType::Subscribed;
    if (type == u"unsubscribe")
        return SubType::Unsubscribe;
    if (type == u"unsubscribed")
        return SubType::Unsubscribed;
    return std::nullopt;
}

QString subTypeName(SubType type)
{
    switch (type) {
    case SubType::Subscribe:
        return QStringLiteral("subscribe");
    case SubType::Subscribed:
        return QStringLiteral("subscribed");
    case SubType::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case SubType::Unsubscribed:
        return QStringLiteral("unsubscribed");
    }
    return {};
}

QString subStateName(SubState state)
{
    switch (state) {
    case S::None:
        return QStringLiteral("None");
    case S::NonePendingOut:
        return QStringLiteral("None + Pending Out");
    case S::NonePendingIn:
        return QStringLiteral("None + Pending In");
    case S::NonePendingOutIn:
        return QStringLiteral("None + Pending Out+In");
    case S::To:
        return QStringLiteral("To");
    case S::ToPendingIn:
        return QStringLiteral("To + Pending In");
    case S::From:
        return QStringLiteral("From");
    case S::FromPendingOut:
        return QStringLiteral("From + Pending Out");
    case S::Both:
        return QStringLiteral("Both");
    }
    return {};
}

namespace {

SubTransition make(SubState current, SubState next, bool forward, bool preBefore, bool preAfter)
{
    SubTransition t{next, forward, false, preAfter, false};
    t.changed = next != current || preBefore != preAfter;
    return t;
}

// Appendix A written out: the rows that change the state; every other row keeps it.
SubState outboundNext(SubType type, SubState s)
{
    switch (type) {
    case SubType::Subscribe: // A.2.1: always routed
        switch (s) {
        case S::None:
            return S::NonePendingOut;
        case S::NonePendingIn:
            return S::NonePendingOutIn;
        case S::From:
            return S::FromPendingOut;
        default:
            return s;
        }
    case SubType::Unsubscribe: // A.2.2: always routed
        switch (s) {
        case S::NonePendingOut:
        case S::To:
            return S::None;
        case S::NonePendingOutIn:
        case S::ToPendingIn:
            return S::NonePendingIn;
        case S::FromPendingOut:
        case S::Both:
            return S::From;
        default:
            return s;
        }
    case SubType::Subscribed: // A.2.3
        switch (s) {
        case S::NonePendingIn:
            return S::From;
        case S::NonePendingOutIn:
            return S::FromPendingOut;
        case S::ToPendingIn:
            return S::Both;
        default:
            return s;
        }
    case SubType::Unsubscribed: // A.2.4
        switch (s) {
        case S::NonePendingIn:
        case S::From:
            return S::None;
        case S::NonePendingOutIn:
        case S::FromPendingOut:
            return S::NonePendingOut;
        case S::ToPendingIn:
        case S::Both:
            return S::To;
        default:
            return s;
        }
    }
    return s;
}

SubState inboundNext(SubType type, SubState s)
{
    switch (type) {
    case SubType::Subscribe: // A.3.1
        switch (s) {
        case S::None:
            return S::NonePendingIn;
        case S::NonePendingOut:
            return S::NonePendingOutIn;
        case S::To:
            return S::ToPendingIn;
        default:
            return s;
        }
    case SubType::Unsubscribe: // A.3.2
        switch (s) {
        case S::NonePendingIn:
        case S::From:
            return S::None;
        case S::NonePendingOutIn:
        case S::FromPendingOut:
            return S::NonePendingOut;
        case S::ToPendingIn:
        case S::Both:
            return S::To;
        default:
            return s;
        }
    case SubType::Subscribed: // A.3.3
        switch (s) {
        case S::NonePendingOut:
            return S::To;
        case S::NonePendingOutIn:
            return S::ToPendingIn;
        case S::FromPendingOut:
            return S::Both;
        default:
            return s;
        }
    case SubType::Unsubscribed: // A.3.4
        switch (s) {
        case S::NonePendingOut:
        case S::To:
            return S::None;
        case S::NonePendingOutIn:
        case S::ToPendingIn:
            return S::NonePendingIn;
        case S::FromPendingOut:
        case S::Both:
            return S::From;
        default:
            return s;
        }
    }
    return s;
}

// The states in which a contact may be pre-approved: no subscription from them, none pending in.
bool canPreApprove(SubState s)
{
    return s == S::None || s == S::NonePendingOut || s == S::To;
}

} // namespace

SubTransition SubscriptionState::outbound(SubType type, SubState current, bool preApproved)
{
    const SubState next = outboundNext(type, current);
    switch (type) {
    case SubType::Subscribe:
    case SubType::Unsubscribe:
        return make(current, next, true, preApproved, preApproved);
    case SubType::Subscribed:
        // A.2.3: routed only where it approves a pending request; elsewhere (None, None + Pending
        // Out, To) it is a pre-approval (§3.4.1), never routed.
        if (next != current)
            return make(current, next, true, preApproved, false);
        return make(current, next, false, preApproved, preApproved || canPreApprove(current));
    case SubType::Unsubscribed:
        // A.2.4: routed where it denies a request or cancels the contact's subscription; it also
        // cancels a pre-approval (§3.4.1).
        return make(current, next, next != current, preApproved, false);
    }
    return make(current, next, false, preApproved, preApproved);
}

SubTransition SubscriptionState::inbound(SubType type, SubState current, bool preApproved)
{
    const SubState next = inboundNext(type, current);
    if (type == SubType::Subscribe) {
        const SubFlags f = flagsFromState(current);
        if (f.from) {
            // A.3.1 "From", "From + Pending Out", "Both": not delivered, the server answers
            // 'subscribed' on the user's behalf (§3.1.3).
            SubTransition t = make(current, current, false, preApproved, preApproved);
            t.autoReplySubscribed = true;
            return t;
        }
        if (preApproved && canPreApprove(current)) {
            // §3.1.3 / §3.4: a pre-approved request is approved at once and not delivered.
            SubFlags approved = f;
            approved.from = true;
            SubTransition t = make(current, stateFromFlags(approved), false, true, false);
            t.autoReplySubscribed = true;
            return t;
        }
        return make(current, next, next != current, preApproved, preApproved);
    }
    // A.3.2–A.3.4: delivered exactly where the state changes.
    return make(current, next, next != current, preApproved, preApproved);
}

} // namespace confab::modules
