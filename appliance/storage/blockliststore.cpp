#include "storage/blockliststore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

namespace confab::storage {

QStringList BlocklistStore::list(const QString &user, const QString &domain) const
{
    QStringList out;
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT jid FROM blocklist WHERE username = ? AND domain = ? ORDER BY jid"),
                 {user, domain});
    if (!q)
        return out;
    while (q.value().next())
        out.append(q.value().value(0).toString());
    return out;
}

Result<QStringList> BlocklistStore::block(const QString &user, const QString &domain, const QStringList &jids)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QStringList added;
    for (const QString &jid : jids) {
        auto exists = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM blocklist WHERE username = ? AND domain = ? AND jid = ?"),
            {user, domain, jid});
        if (!exists)
            return exists.error();
        if (!exists.value().isNull() || added.contains(jid))
            continue;
        if (auto r =
                sql::run(db, QStringLiteral("INSERT INTO blocklist (username, domain, jid) VALUES (?, ?, ?)"),
                         {user, domain, jid});
            !r)
            return r.error();
        added.append(jid);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<QStringList> BlocklistStore::unblock(const QString &user, const QString &domain,
                                            const QStringList &jids)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QStringList present = list(user, domain);
    QStringList removed;
    for (const QString &jid : jids.isEmpty() ? present : jids) {
        if (!present.contains(jid) || removed.contains(jid))
            continue;
        if (auto r = sql::run(
                db, QStringLiteral("DELETE FROM blocklist WHERE username = ? AND domain = ? AND jid = ?"),
                {user, domain, jid});
            !r)
            return r.error();
        removed.append(jid);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return removed;
}

} // namespace confab::storage
