#pragma once
// Stanza errors (RFC 6120 §8.3): types, the defined conditions with their usual types, and the
// error reply a server sends back for a stanza it cannot handle.
#include "xml/element.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace confab::xml {

enum class StanzaErrorType { Auth, Cancel, Continue, Modify, Wait };

enum class StanzaErrorCondition {
    BadRequest,
    Conflict,
    FeatureNotImplemented,
    Forbidden,
    Gone,
    InternalServerError,
    ItemNotFound,
    JidMalformed,
    NotAcceptable,
    NotAllowed,
    NotAuthorized,
    PolicyViolation,
    RecipientUnavailable,
    Redirect,
    RegistrationRequired,
    RemoteServerNotFound,
    RemoteServerTimeout,
    ResourceConstraint,
    ServiceUnavailable,
    SubscriptionRequired,
    UndefinedCondition,
    UnexpectedRequest,
};

QString stanzaErrorTypeName(StanzaErrorType type); // "cancel", ...
std::optional<StanzaErrorType> stanzaErrorTypeFromName(QStringView name);
QString stanzaErrorConditionName(StanzaErrorCondition condition); // "item-not-found", ...
std::optional<StanzaErrorCondition> stanzaErrorConditionFromName(QStringView name);
// The type RFC 6120 §8.3.3 gives each condition (undefined-condition: cancel).
StanzaErrorType defaultErrorType(StanzaErrorCondition condition);

// `<error type=..><COND xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>[<text ..>]</error>` in the
// namespace `stanzaNs` (the stanza's, so no declaration is written for it). For gone and redirect,
// `uri` is the condition's content (an XMPP URI).
Element makeStanzaError(StanzaErrorCondition condition, StanzaErrorType type, const QString &text = {},
                        const QString &stanzaNs = {}, const QString &uri = {});

// The error reply to `stanza`: same element name and namespace, to/from swapped, the id kept,
// type='error', and the <error/> child. The original payload is not included (RFC 6120 §8.3.1
// allows either; leaving it out never echoes large or sensitive content). The caller must not
// answer an error stanza with another error (§8.3.1): check isErrorStanza() first.
Element makeErrorReply(const Element &stanza, StanzaErrorCondition condition, const QString &text = {});
Element makeErrorReply(const Element &stanza, StanzaErrorCondition condition, StanzaErrorType type,
                       const QString &text);

bool isErrorStanza(const Element &stanza);

// What an error stanza says; nullopt when `stanza` has no <error/> child. An unknown or missing
// condition reads as undefined-condition, an unknown type as the condition's default type.
struct StanzaError
{
    StanzaErrorType type = StanzaErrorType::Cancel;
    StanzaErrorCondition condition = StanzaErrorCondition::UndefinedCondition;
    QString text;
    QString by;
};
std::optional<StanzaError> parseStanzaError(const Element &stanza);

} // namespace confab::xml
