#pragma once
// Per-account XML documents of the everyday services, keyed by (account, key, namespace): a vCard
// (XEP-0054, key "vCard"/"vcard-temp") and private XML (XEP-0049, any element name and namespace).
// Stored as serialized XML text; the modules parse and check it. Rows go with the account (FK cascade).
#include "shared/error.h"
#include <QString>
#include <optional>

namespace confab::storage {
class Database;

class AccountDataStore
{
public:
    explicit AccountDataStore(Database &db) : m_db(db) {}
    // nullopt when nothing is stored (or the database failed: callers treat both as "none").
    std::optional<QString> vcard(const QString &user, const QString &domain) const;
    Status setVcard(const QString &user, const QString &domain, const QString &xml);

    std::optional<QString> privateXml(const QString &user, const QString &domain, const QString &name,
                                      const QString &ns) const;
    Status setPrivateXml(const QString &user, const QString &domain, const QString &name, const QString &ns,
                         const QString &xml);

private:
    Database &m_db;
};

} // namespace confab::storage
