#include "xml/streamerror.h"

#include "xml/element.h"
#include "xml/namespaces.h"

#include <array>

namespace confab::xml {

namespace {

// Same order as the enum.
constexpr std::array<const char16_t *, 25> names = {
    u"bad-format",
    u"bad-namespace-prefix",
    u"conflict",
    u"connection-timeout",
    u"host-gone",
    u"host-unknown",
    u"improper-addressing",
    u"internal-server-error",
    u"invalid-from",
    u"invalid-namespace",
    u"invalid-xml",
    u"not-authorized",
    u"not-well-formed",
    u"policy-violation",
    u"remote-connection-failed",
    u"reset",
    u"resource-constraint",
    u"restricted-xml",
    u"see-other-host",
    u"system-shutdown",
    u"undefined-condition",
    u"unsupported-encoding",
    u"unsupported-feature",
    u"unsupported-stanza-type",
    u"unsupported-version",
};
static_assert(names.size() == size_t(StreamErrorCondition::UnsupportedVersion) + 1);

} // namespace

QString streamErrorConditionName(StreamErrorCondition condition)
{
    return QString::fromUtf16(names.at(size_t(condition)));
}

std::optional<StreamErrorCondition> streamErrorConditionFromName(QStringView name)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QStringView(names[i]))
            return StreamErrorCondition(i);
    }
    return std::nullopt;
}

QByteArray streamErrorXml(StreamErrorCondition condition, const QString &text, const QString &seeOtherHost)
{
    // The children are written with no default namespace in scope, so each declares its own:
    // correct whatever the stream's content namespace is.
    Element cond(streamErrorConditionName(condition), ns::StreamErrors);
    if (condition == StreamErrorCondition::SeeOtherHost)
        cond.addText(seeOtherHost);
    QByteArray out = QByteArrayLiteral("<stream:error>") + cond.toUtf8();
    if (!text.isEmpty()) {
        Element textElement(QStringLiteral("text"), ns::StreamErrors);
        textElement.setAttrNs(ns::Xml, QStringLiteral("lang"), QStringLiteral("en"));
        textElement.addText(text);
        out += textElement.toUtf8();
    }
    out += QByteArrayLiteral("</stream:error>");
    return out;
}

StreamError parseStreamError(const Element &error)
{
    StreamError result;
    bool found = false;
    for (const Element *child : error.childElements()) {
        if (child->ns() != ns::StreamErrors)
            continue;
        if (child->name() == u"text") {
            result.text = child->text();
        } else if (auto condition = streamErrorConditionFromName(child->name()); condition && !found) {
            result.condition = *condition;
            found = true;
        }
    }
    return result;
}

} // namespace confab::xml
