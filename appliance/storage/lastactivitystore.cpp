#include "storage/lastactivitystore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

namespace confab::storage {

std::optional<LastActivity> LastActivityStore::get(const QString &user, const QString &domain) const
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT logout, status FROM last_activity WHERE username = ? AND domain = ?"),
                 {user, domain});
    if (!q || !q.value().next())
        return std::nullopt;
    return LastActivity{sql::parseTime(q.value().value(0)), q.value().value(1).toString()};
}

namespace {

Status writeOne(const QSqlDatabase &db, const QString &user, const QString &domain,
                const LastActivity &activity)
{
    // Nothing is remembered for an account that is gone (removed while its logout waited in a batch).
    if (auto r =
            sql::run(db,
                     QStringLiteral("INSERT OR REPLACE INTO last_activity (username, domain, logout, status) "
                                    "SELECT ?, ?, ?, ? WHERE EXISTS "
                                    "(SELECT 1 FROM accounts WHERE username = ? AND domain = ?)"),
                     {user, domain, activity.logout.toUTC().toString(Qt::ISODateWithMs),
                      // A null QString binds as NULL; "no status" is the empty text.
                      activity.status.isNull() ? QString(QLatin1String("")) : activity.status, user, domain});
        !r)
        return r.error();
    return ok();
}

} // namespace

Status LastActivityStore::set(const QString &user, const QString &domain, const LastActivity &activity)
{
    return setMany({Entry{user, domain, activity}});
}

Status LastActivityStore::setMany(const QList<Entry> &entries, QStringList *failed)
{
    if (entries.isEmpty())
        return ok();
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    Status last = ok();
    int written = 0;
    for (const Entry &e : entries) {
        // A failing statement is undone on its own (SQLite aborts the statement, not the
        // transaction), so one bad entry does not cost the others their rows.
        if (auto s = writeOne(db, e.user, e.domain, e.activity); !s) {
            last = s;
            if (failed)
                *failed << e.user + u'@' + e.domain;
        } else {
            ++written;
        }
    }
    if (auto s = tx.commit(); !s)
        return s;
    return written == entries.size() ? ok() : last;
}

} // namespace confab::storage
