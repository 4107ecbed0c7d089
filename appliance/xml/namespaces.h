#pragma once
// Namespace URIs the core protocol layers share. Protocol strings, never translated. Modules keep
// their own namespaces next to their code; only what the stream/session layers need lives here.
#include <QString>

namespace confab::xml::ns {

inline const QString Client = QStringLiteral("jabber:client");
inline const QString Server = QStringLiteral("jabber:server");
inline const QString Component = QStringLiteral("jabber:component:accept");
inline const QString Streams = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString StreamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString Stanzas = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString Tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
inline const QString Sasl = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
inline const QString Bind = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
inline const QString Session = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
inline const QString Xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
inline const QString Xmlns = QStringLiteral("http://www.w3.org/2000/xmlns/");
inline const QString Dialback = QStringLiteral("jabber:server:dialback");
inline const QString DialbackFeature = QStringLiteral("urn:xmpp:features:dialback");
inline const QString Caps = QStringLiteral("http://jabber.org/protocol/caps");
inline const QString Ping = QStringLiteral("urn:xmpp:ping");
inline const QString DiscoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString DiscoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString LegacyAuth = QStringLiteral("jabber:iq:auth");
inline const QString LegacyAuthFeature = QStringLiteral("http://jabber.org/features/iq-auth");
inline const QString RegisterFeature = QStringLiteral("http://jabber.org/features/iq-register");
inline const QString StreamManagement = QStringLiteral("urn:xmpp:sm:3");

} // namespace confab::xml::ns
