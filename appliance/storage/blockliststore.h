#pragma once
// XEP-0191 blocklists: the JIDs (any form: full, bare, domain, domain/resource) an account blocks,
// stored in their prepared string form. Rows go with the account (FK cascade).
#include "shared/error.h"
#include <QStringList>

namespace confab::storage {
class Database;

class BlocklistStore
{
public:
    explicit BlocklistStore(Database &db) : m_db(db) {}
    // Sorted; empty on a database failure (fail open for reads: blocking is the user's wish, not
    // a security boundary the server promises).
    QStringList list(const QString &user, const QString &domain) const;
    // Adds the JIDs not yet listed; returns those actually added.
    Result<QStringList> block(const QString &user, const QString &domain, const QStringList &jids);
    // Removes the given JIDs (all when `jids` is empty); returns those actually removed.
    Result<QStringList> unblock(const QString &user, const QString &domain, const QStringList &jids);

private:
    Database &m_db;
};

} // namespace confab::storage
