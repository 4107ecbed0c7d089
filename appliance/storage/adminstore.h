#pragma once
// The control-socket admin password (salted, PBKDF2 via SCRAM-SHA-256 keys), set once at setup.
#include "shared/error.h"
#include <QString>

namespace confab::storage {
class Database;

class AdminStore
{
public:
    explicit AdminStore(Database &db) : m_db(db) {}
    bool isSetUp() const;
    Status setPassword(const QString &password); // password.invalid when shorter than 8 characters
    bool checkPassword(const QString &password) const;

private:
    Database &m_db;
};
} // namespace confab::storage
