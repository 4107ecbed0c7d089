#pragma once
// Hosted domains and their per-domain settings (keys and defaults in shared/settingsschema.h).
#include "shared/error.h"
#include <QJsonObject>
#include <QStringList>

namespace confab::storage {
class Database;

class DomainStore
{
public:
    explicit DomainStore(Database &db) : m_db(db) {}
    QStringList list() const; // sorted
    bool exists(const QString &domain) const;
    // domain must already be nameprep'ed (Jid::prepareDomain); codes: domain.exists
    Status add(const QString &domain);
    Status remove(const QString &domain); // domain.not_found; removes its accounts too
    // Only the keys that were set explicitly; callers merge with schema defaults.
    Result<QJsonObject> settings(const QString &domain) const;
    Status setSetting(const QString &domain, const QString &key, const QJsonValue &value);
    Status unsetSetting(const QString &domain, const QString &key);

private:
    Database &m_db;
};
} // namespace confab::storage
