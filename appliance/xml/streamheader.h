#pragma once
// The <stream:stream> opening tag (RFC 6120 §4.7): what XmlStream reports when a peer opens a
// stream, and what we write when we open ours.
#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace confab::xml {

struct StreamHeader
{
    QString ns; // content namespace (the default namespace): jabber:client, jabber:server, ...
    QString from;
    QString to;
    QString id;
    QString version; // "1.0"; empty when the peer sent none (RFC 6120 §4.7.5: treat as 0.9)
    QString lang;    // xml:lang
    // Other prefixes declared on the header (prefix, URI), e.g. ("db", "jabber:server:dialback").
    QList<std::pair<QString, QString>> prefixes;
};

// `<?xml version='1.0'?><stream:stream xmlns=.. xmlns:stream=.. [xmlns:p=..] from=.. to=.. id=..
// version=.. xml:lang=..>` — empty fields are left out, every value is escaped.
QByteArray streamHeaderXml(const StreamHeader &header);
QByteArray streamCloseXml();

} // namespace confab::xml
