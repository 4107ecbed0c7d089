#include "storage/accountdatastore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

namespace confab::storage {

static std::optional<QString> textOrNone(const Result<QVariant> &r)
{
    if (!r || r.value().isNull())
        return std::nullopt;
    return r.value().toString();
}

std::optional<QString> AccountDataStore::vcard(const QString &user, const QString &domain) const
{
    return textOrNone(sql::scalar(m_db.connection(),
                                  QStringLiteral("SELECT xml FROM vcards WHERE username = ? AND domain = ?"),
                                  {user, domain}));
}

Status AccountDataStore::setVcard(const QString &user, const QString &domain, const QString &xml)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // DELETE + INSERT instead of an upsert: portable, and atomic inside the transaction.
    if (auto r = sql::run(db, QStringLiteral("DELETE FROM vcards WHERE username = ? AND domain = ?"),
                          {user, domain});
        !r)
        return r.error();
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO vcards (username, domain, xml) VALUES (?, ?, ?)"),
                          {user, domain, xml});
        !r)
        return r.error();
    return tx.commit();
}

std::optional<QString> AccountDataStore::privateXml(const QString &user, const QString &domain,
                                                    const QString &name, const QString &ns) const
{
    return textOrNone(sql::scalar(
        m_db.connection(),
        QStringLiteral(
            "SELECT xml FROM private_xml WHERE username = ? AND domain = ? AND name = ? AND ns = ?"),
        {user, domain, name, ns}));
}

Status AccountDataStore::setPrivateXml(const QString &user, const QString &domain, const QString &name,
                                       const QString &ns, const QString &xml)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto r =
            sql::run(db,
                     QStringLiteral("DELETE FROM private_xml WHERE username = ? AND domain = ? AND name = ? "
                                    "AND ns = ?"),
                     {user, domain, name, ns});
        !r)
        return r.error();
    if (auto r = sql::run(db,
                          QStringLiteral("INSERT INTO private_xml (username, domain, name, ns, xml) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {user, domain, name, ns, xml});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace confab::storage
