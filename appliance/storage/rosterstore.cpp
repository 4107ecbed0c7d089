#include "storage/rosterstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace confab::storage {

namespace {

const QString columns = QStringLiteral(
    "contact, name, sub_to, sub_from, ask, pending_in, pending_stanza, approved, in_roster, groups");

RosterItem readItem(const QSqlQuery &q)
{
    RosterItem item;
    item.contact = q.value(0).toString();
    item.name = q.value(1).toString();
    item.subTo = q.value(2).toInt() != 0;
    item.subFrom = q.value(3).toInt() != 0;
    item.ask = q.value(4).toInt() != 0;
    item.pendingIn = q.value(5).toInt() != 0;
    item.pendingStanza = q.value(6).toString();
    item.approved = q.value(7).toInt() != 0;
    item.inRoster = q.value(8).toInt() != 0;
    if (auto groups = sql::decodeJson(q.value(9).toString()); groups && groups->isArray())
        for (const QJsonValue &g : groups->toArray())
            item.groups.append(g.toString());
    return item;
}

Result<QList<RosterItem>> readAll(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<RosterItem> out;
    while (query.value().next())
        out.append(readItem(query.value()));
    return out;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? sql::nullText() : QVariant(s);
}

// Bumps (or creates) the roster's version counter inside the caller's transaction.
Result<qint64> bump(const QSqlDatabase &db, const QString &user, const QString &domain)
{
    auto current = sql::scalar(
        db, QStringLiteral("SELECT version FROM roster_versions WHERE username = ? AND domain = ?"),
        {user, domain});
    if (!current)
        return current.error();
    const qint64 next = current.value().isNull() ? 1 : current.value().toLongLong() + 1;
    const QString statement =
        current.value().isNull()
            ? QStringLiteral("INSERT INTO roster_versions (version, username, domain) VALUES (?, ?, ?)")
            : QStringLiteral("UPDATE roster_versions SET version = ? WHERE username = ? AND domain = ?");
    if (auto r = sql::run(db, statement, {next, user, domain}); !r)
        return r.error();
    return next;
}

} // namespace

QString RosterItem::subscriptionName() const
{
    if (subTo && subFrom)
        return QStringLiteral("both");
    if (subTo)
        return QStringLiteral("to");
    if (subFrom)
        return QStringLiteral("from");
    return QStringLiteral("none");
}

Result<QList<RosterItem>> RosterStore::items(const QString &user, const QString &domain) const
{
    return readAll(sql::run(m_db.connection(),
                            QStringLiteral("SELECT %1 FROM roster_items WHERE username = ? AND domain = ?"
                                           " AND in_roster = 1 ORDER BY contact")
                                .arg(columns),
                            {user, domain}));
}

Result<std::optional<RosterItem>> RosterStore::item(const QString &user, const QString &domain,
                                                    const QString &contact) const
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM roster_items WHERE username = ? AND domain = ? AND contact = ?")
            .arg(columns),
        {user, domain, contact});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RosterItem>();
    return std::optional<RosterItem>(readItem(q.value()));
}

Result<QList<RosterItem>> RosterStore::pendingRequests(const QString &user, const QString &domain) const
{
    return readAll(sql::run(m_db.connection(),
                            QStringLiteral("SELECT %1 FROM roster_items WHERE username = ? AND domain = ?"
                                           " AND pending_in = 1 ORDER BY contact")
                                .arg(columns),
                            {user, domain}));
}

Result<qint64> RosterStore::put(const QString &user, const QString &domain, const RosterItem &item,
                                bool bumpVersion)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto r = sql::run(
        db, QStringLiteral("DELETE FROM roster_items WHERE username = ? AND domain = ? AND contact = ?"),
        {user, domain, item.contact});
    if (!r)
        return r.error();
    if (!item.isEmpty()) {
        r = sql::run(db,
                     QStringLiteral("INSERT INTO roster_items (username, domain, %1)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(columns),
                     {user, domain, item.contact, textOrNull(item.name), int(item.subTo), int(item.subFrom),
                      int(item.ask), int(item.pendingIn),
                      textOrNull(item.pendingIn ? item.pendingStanza : QString()), int(item.approved),
                      int(item.inRoster), sql::encodeJson(QJsonArray::fromStringList(item.groups))});
        if (!r)
            return r.error();
    }
    Result<qint64> v = bumpVersion ? bump(db, user, domain) : Result<qint64>(0);
    if (!v)
        return v.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return bumpVersion ? v : version(user, domain);
}

Result<qint64> RosterStore::remove(const QString &user, const QString &domain, const QString &contact)
{
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto r = sql::run(
        db, QStringLiteral("DELETE FROM roster_items WHERE username = ? AND domain = ? AND contact = ?"),
        {user, domain, contact});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return makeError(QStringLiteral("roster.item_not_found"),
                         QT_TRANSLATE_NOOP("Errors", "{contact} is not in the roster of {user}@{domain}"),
                         {{QStringLiteral("contact"), contact},
                          {QStringLiteral("user"), user},
                          {QStringLiteral("domain"), domain}});
    auto v = bump(db, user, domain);
    if (!v)
        return v.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<qint64> RosterStore::version(const QString &user, const QString &domain) const
{
    auto v =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT version FROM roster_versions WHERE username = ? AND domain = ?"),
                    {user, domain});
    if (!v)
        return v.error();
    return v.value().isNull() ? qint64(0) : v.value().toLongLong();
}

} // namespace confab::storage
