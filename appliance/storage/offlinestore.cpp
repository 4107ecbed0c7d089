#include "storage/offlinestore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

namespace {

Result<int> countIn(const QSqlDatabase &db, const QString &user, const QString &domain)
{
    auto n = sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM offline_messages WHERE username = ? AND domain = ?"),
        {user, domain});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace

Result<qint64> OfflineStore::store(const QString &user, const QString &domain, const QString &stanza,
                                   const QDateTime &stamp, int maxMessages)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // Counted inside the write transaction so that the bound holds however writes interleave.
    auto n = countIn(db, user, domain);
    if (!n)
        return n.error();
    if (n.value() >= maxMessages)
        return makeError(
            QStringLiteral("offline.full"),
            QT_TRANSLATE_NOOP("Errors", "Offline storage for {user}@{domain} is full ({limit} messages)"),
            {{QStringLiteral("user"), user},
             {QStringLiteral("domain"), domain},
             {QStringLiteral("limit"), maxMessages}});
    auto maxId = sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM offline_messages"));
    if (!maxId)
        return maxId.error();
    const qint64 id = maxId.value().isNull() ? 1 : maxId.value().toLongLong() + 1;
    auto r = sql::run(db,
                      QStringLiteral("INSERT INTO offline_messages (id, username, domain, stamp, stanza)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {id, user, domain, stamp.toUTC().toString(Qt::ISODateWithMs), stanza});
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<int> OfflineStore::count(const QString &user, const QString &domain) const
{
    return countIn(m_db.connection(), user, domain);
}

Result<QList<OfflineMessage>> OfflineStore::popAll(const QString &user, const QString &domain)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QList<OfflineMessage> out;
    {
        auto q = sql::run(db,
                          QStringLiteral("SELECT id, stamp, stanza FROM offline_messages"
                                         " WHERE username = ? AND domain = ? ORDER BY id"),
                          {user, domain});
        if (!q)
            return q.error();
        while (q.value().next())
            out.append({q.value().value(0).toLongLong(), sql::parseTime(q.value().value(1)),
                        q.value().value(2).toString()});
    }
    if (out.isEmpty())
        return out; // nothing to delete; the transaction rolls back
    auto r = sql::run(
        db, QStringLiteral("DELETE FROM offline_messages WHERE username = ? AND domain = ? AND id <= ?"),
        {user, domain, out.constLast().id});
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace confab::storage
