#pragma once
// XML a module keeps in the database for a client (vCards, private XML): serialized with its own
// namespace declaration so it parses back on its own, byte for byte the same element tree.
#include "xml/element.h"
#include <optional>

namespace confab::modules {

// Largest stored document, in UTF-8 bytes of its serialization (vCard, one private XML element).
// Larger ones are refused with <not-acceptable/>: the database is not a file store.
inline constexpr qsizetype MaxStoredXmlBytes = 256 * 1024;

QString serializeStoredXml(const xml::Element &element);
// nullopt when the text is not one well-formed element (a damaged row).
std::optional<xml::Element> parseStoredXml(const QString &text);

} // namespace confab::modules
