#pragma once
// What both directions of server-to-server streams share: the context handed in by the server
// wiring, protocol constants, and the conversion of stanzas between the jabber:client namespace the
// core uses and the jabber:server namespace on the wire.
#include "xml/element.h"
#include "xml/streamheader.h"
#include <QString>
#include <functional>

namespace confab::core {
class ConfigCache;
class Router;
} // namespace confab::core
namespace confab::log {
class Logger;
}
namespace confab::tls {
class CertificateStore;
}

namespace confab::s2s {

struct S2sContext
{
    core::ConfigCache *config = nullptr;
    core::Router *router = nullptr;
    log::Logger *logger = nullptr;
    tls::CertificateStore *certificates = nullptr;
    std::function<quint64()> allocateConnectionId; // one id space with the ConnectionManager's
};

namespace proto {
inline const QString Result = QStringLiteral("result");
inline const QString Verify = QStringLiteral("verify");
inline const QString External = QStringLiteral("EXTERNAL");
inline const QString Dialback = QStringLiteral("dialback");
} // namespace proto

// Re-homes the stanza and every descendant that inherits its namespace from `fromNs` to `toNs`;
// payloads in other namespaces (and anything inside them, e.g. a forwarded jabber:client message)
// keep theirs.
xml::Element withContentNamespace(const xml::Element &stanza, const QString &fromNs, const QString &toNs);

// The header of a server stream (jabber:server with the dialback prefix declared).
xml::StreamHeader serverStreamHeader(const QString &from, const QString &to, const QString &id);

// <db:result/> or <db:verify/> with from, to, optional id/type and key text.
xml::Element dialbackElement(const QString &name, const QString &from, const QString &to, const QString &type,
                             const QString &id = {}, const QString &key = {});

// The domain part of a JID string, prepared; empty when invalid.
QString domainOf(const QString &jid);

} // namespace confab::s2s
