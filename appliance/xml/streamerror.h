#pragma once
// Stream error conditions (RFC 6120 §4.9.3) and the <stream:error/> element that carries them.
#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace confab::xml {

class Element;

enum class StreamErrorCondition {
    BadFormat,
    BadNamespacePrefix,
    Conflict,
    ConnectionTimeout,
    HostGone,
    HostUnknown,
    ImproperAddressing,
    InternalServerError,
    InvalidFrom,
    InvalidNamespace,
    InvalidXml,
    NotAuthorized,
    NotWellFormed,
    PolicyViolation,
    RemoteConnectionFailed,
    Reset,
    ResourceConstraint,
    RestrictedXml,
    SeeOtherHost,
    SystemShutdown,
    UndefinedCondition,
    UnsupportedEncoding,
    UnsupportedFeature,
    UnsupportedStanzaType,
    UnsupportedVersion,
};

// The element name, e.g. "not-well-formed".
QString streamErrorConditionName(StreamErrorCondition condition);
std::optional<StreamErrorCondition> streamErrorConditionFromName(QStringView name);

// `<stream:error><COND xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>[<text xmlns=.. xml:lang='en'>
// text</text>]</stream:error>`. The stream prefix is the one streamHeaderXml() declares. For
// see-other-host, `text` is not used; the host goes in the condition element (`seeOtherHost`).
QByteArray streamErrorXml(StreamErrorCondition condition, const QString &text = {},
                          const QString &seeOtherHost = {});

// Reads a received <error xmlns='http://etherx.jabber.org/streams'> element. Unknown or missing
// conditions read as undefined-condition (RFC 6120 §4.9.3.21).
struct StreamError
{
    StreamErrorCondition condition = StreamErrorCondition::UndefinedCondition;
    QString text;
};
StreamError parseStreamError(const Element &error);

} // namespace confab::xml
