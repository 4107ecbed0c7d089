#pragma once
// Stanzas kept in the database (offline messages, pending subscription requests) as text: written
// with jabber:client as the default namespace in scope, read back through the same restricted
// parser client streams use.
#include "xml/element.h"
#include <optional>

namespace confab::modules {

QString serializeStanza(const xml::Element &stanza);
std::optional<xml::Element> parseStanza(const QString &text);

} // namespace confab::modules
