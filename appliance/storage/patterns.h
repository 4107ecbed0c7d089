#pragma once
// Domain patterns of the routing rules and the TLS policy: a domain name where `*` stands for any
// run of characters ("*.company.dom", "*"). Stored lowercased so that matching is a plain compare.
#include <QString>
#include <optional>

namespace confab::storage {

// The lowercased pattern, or nullopt when it is empty or has characters no domain name has.
std::optional<QString> normalizeDomainPattern(const QString &pattern);
// A relay target host name or IP literal, lowercased; nullopt when empty or malformed.
std::optional<QString> normalizeHost(const QString &host);

} // namespace confab::storage
