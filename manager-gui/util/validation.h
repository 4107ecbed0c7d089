#pragma once
// Checks a form makes before anything is sent to confabd, and how a bad field is marked.
#include <QString>
#include <optional>

class QWidget;

namespace confab::manager {

// A domain name prepared as confabd would (Nameprep, lower case); nullopt when it is not one.
std::optional<QString> checkDomain(const QString &text);
// A bare JID user@domain; nullopt when it is not one.
std::optional<QString> checkBareJid(const QString &text);
// A domain pattern with `*` wildcards ("*.example.com", "*"), lower-cased; nullopt when invalid.
std::optional<QString> checkPattern(const QString &text);
// A relay host: a host name, an IPv4 address or an IPv6 address (with or without brackets).
std::optional<QString> checkHost(const QString &text);
// Does `domain` match `pattern` (`*` = any run of characters, case-insensitive)?
bool patternMatches(const QString &pattern, const QString &domain);

// Marks a field invalid (red frame, the reason as tooltip and accessible description) or clears it.
void markInvalid(QWidget *field, const QString &reason);
void markValid(QWidget *field);
bool isMarkedInvalid(const QWidget *field);

} // namespace confab::manager
