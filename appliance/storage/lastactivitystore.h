#pragma once
// XEP-0012: when each account last logged out (its last resource went away) and the status text
// of its last unavailable presence. Rows go with the account (FK cascade).
#include "shared/error.h"
#include <QDateTime>
#include <QString>
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
    Status set(const QString &user, const QString &domain, const LastActivity &activity);

private:
    Database &m_db;
};

} // namespace confab::storage
