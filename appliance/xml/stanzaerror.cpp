#include "xml/stanzaerror.h"

#include "xml/namespaces.h"

#include <array>

namespace confab::xml {

namespace {

struct ConditionInfo
{
    const char16_t *name;
    StanzaErrorType type;
};

using T = StanzaErrorType;
// Same order as the enum; types from RFC 6120 §8.3.3.
constexpr std::array<ConditionInfo, 22> conditions = {{
    {u"bad-request", T::Modify},
    {u"conflict", T::Cancel},
    {u"feature-not-implemented", T::Cancel},
    {u"forbidden", T::Auth},
    {u"gone", T::Cancel},
    {u"internal-server-error", T::Cancel},
    {u"item-not-found", T::Cancel},
    {u"jid-malformed", T::Modify},
    {u"not-acceptable", T::Modify},
    {u"not-allowed", T::Cancel},
    {u"not-authorized", T::Auth},
    {u"policy-violation", T::Modify},
    {u"recipient-unavailable", T::Wait},
    {u"redirect", T::Modify},
    {u"registration-required", T::Auth},
    {u"remote-server-not-found", T::Cancel},
    {u"remote-server-timeout", T::Wait},
    {u"resource-constraint", T::Wait},
    {u"service-unavailable", T::Cancel},
    {u"subscription-required", T::Auth},
    {u"undefined-condition", T::Cancel},
    {u"unexpected-request", T::Wait},
}};
static_assert(conditions.size() == size_t(StanzaErrorCondition::UnexpectedRequest) + 1);

constexpr std::array<const char16_t *, 5> typeNames = {u"auth", u"cancel", u"continue", u"modify", u"wait"};

} // namespace

QString stanzaErrorTypeName(StanzaErrorType type)
{
    return QString::fromUtf16(typeNames.at(size_t(type)));
}

std::optional<StanzaErrorType> stanzaErrorTypeFromName(QStringView name)
{
    for (size_t i = 0; i < typeNames.size(); ++i) {
        if (name == QStringView(typeNames[i]))
            return StanzaErrorType(i);
    }
    return std::nullopt;
}

QString stanzaErrorConditionName(StanzaErrorCondition condition)
{
    return QString::fromUtf16(conditions.at(size_t(condition)).name);
}

std::optional<StanzaErrorCondition> stanzaErrorConditionFromName(QStringView name)
{
    for (size_t i = 0; i < conditions.size(); ++i) {
        if (name == QStringView(conditions[i].name))
            return StanzaErrorCondition(i);
    }
    return std::nullopt;
}

StanzaErrorType defaultErrorType(StanzaErrorCondition condition)
{
    return conditions.at(size_t(condition)).type;
}

Element makeStanzaError(StanzaErrorCondition condition, StanzaErrorType type, const QString &text,
                        const QString &stanzaNs, const QString &uri)
{
    Element error(QStringLiteral("error"), stanzaNs);
    error.setAttr(QStringLiteral("type"), stanzaErrorTypeName(type));
    Element &cond = error.addChild(stanzaErrorConditionName(condition), ns::Stanzas);
    if (condition == StanzaErrorCondition::Gone || condition == StanzaErrorCondition::Redirect)
        cond.addText(uri);
    if (!text.isEmpty()) {
        Element &textElement = error.addChild(QStringLiteral("text"), ns::Stanzas);
        textElement.setAttrNs(ns::Xml, QStringLiteral("lang"), QStringLiteral("en"));
        textElement.addText(text);
    }
    return error;
}

Element makeErrorReply(const Element &stanza, StanzaErrorCondition condition, const QString &text)
{
    return makeErrorReply(stanza, condition, defaultErrorType(condition), text);
}

Element makeErrorReply(const Element &stanza, StanzaErrorCondition condition, StanzaErrorType type,
                       const QString &text)
{
    Element reply(stanza.name(), stanza.ns());
    const QString from = stanza.attr(u"from");
    const QString to = stanza.attr(u"to");
    if (!from.isEmpty())
        reply.setAttr(QStringLiteral("to"), from);
    if (!to.isEmpty())
        reply.setAttr(QStringLiteral("from"), to);
    if (stanza.hasAttr(u"id"))
        reply.setAttr(QStringLiteral("id"), stanza.attr(u"id"));
    reply.setAttr(QStringLiteral("type"), QStringLiteral("error"));
    reply.addChild(makeStanzaError(condition, type, text, stanza.ns()));
    return reply;
}

bool isErrorStanza(const Element &stanza)
{
    return stanza.attr(u"type") == u"error";
}

std::optional<StanzaError> parseStanzaError(const Element &stanza)
{
    const Element *error = stanza.firstChild(u"error", stanza.ns());
    if (!error)
        return std::nullopt;
    StanzaError result;
    bool found = false;
    for (const Element *child : error->childElements()) {
        if (child->ns() != ns::Stanzas)
            continue;
        if (child->name() == u"text") {
            result.text = child->text();
        } else if (auto condition = stanzaErrorConditionFromName(child->name()); condition && !found) {
            result.condition = *condition;
            found = true;
        }
    }
    const auto type = stanzaErrorTypeFromName(error->attr(u"type"));
    result.type = type ? *type : defaultErrorType(result.condition);
    result.by = error->attr(u"by");
    return result;
}

} // namespace confab::xml
