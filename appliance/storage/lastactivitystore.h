#pragma once
// XEP-0012: when each account last logged out (its last resource went away) and the status text
// of its last unavailable presence. Rows go with the account (FK cascade).
#include "shared/error.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::storage {
class Database;

struct LastActivity
{
    QDateTime logout; // UTC
    QString status;
};

class LastActivityStore
{
public:
    explicit LastActivityStore(Database &db) : m_db(db) {}
    std::optional<LastActivity> get(const QString &user, const QString &domain) const;
    // Records a logout; nothing for an account that does not exist.
    Status set(const QString &user, const QString &domain, const LastActivity &activity);

    struct Entry
    {
        QString user;
        QString domain;
        LastActivity activity;
    };
    // Writes all of `entries` in one transaction (one sync to disk). Entries of accounts that no
    // longer exist are skipped (nothing to remember); one that cannot be written is reported in
    // `failed` and the others are kept.
    Status setMany(const QList<Entry> &entries, QStringList *failed = nullptr);

private:
    Database &m_db;
};

} // namespace confab::storage
