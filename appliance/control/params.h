#pragma once
// Reading request parameters. Every failure is params.invalid naming the parameter, or a specific
// code (domain.invalid, jid.invalid, domain.not_found) for names that do not prepare.
#include "shared/error.h"
#include "shared/jid.h"
#include <QJsonObject>
#include <optional>

namespace confab::storage {
class Database;
}

namespace confab::control::params {

Error invalid(const char *name);

// A present, non-empty string.
Result<QString> requiredString(const QJsonObject &p, const char *name);
// Absent or null gives `fallback`; present but not a string is an error.
Result<QString> optionalString(const QJsonObject &p, const char *name, const QString &fallback = {});
// Integers arrive as JSON numbers; a string of digits is accepted too (scripts).
Result<qint64> requiredInt(const QJsonObject &p, const char *name, qint64 min, qint64 max);
Result<qint64> optionalInt(const QJsonObject &p, const char *name, qint64 fallback, qint64 min, qint64 max);
Result<bool> requiredBool(const QJsonObject &p, const char *name);
// Present (any JSON type except undefined).
Result<QJsonValue> requiredValue(const QJsonObject &p, const char *name);

// A nameprep'ed domain name (domain.invalid when it does not prepare).
Result<QString> domain(const QJsonObject &p, const char *name);
// The same, and it must be hosted here (domain.not_found).
Result<QString> hostedDomain(storage::Database &db, const QJsonObject &p, const char *name);
// A bare user JID (node@domain, no resource) of a hosted domain: jid.invalid / domain.not_found.
Result<Jid> userJid(storage::Database &db, const QJsonObject &p, const char *name);

} // namespace confab::control::params
