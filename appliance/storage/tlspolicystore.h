#pragma once
// TLS policy: the seed's "send encrypted" list of remote domain patterns (with `*`) for which TLS and
// a valid certificate are required, and the admin-added trusted CA certificates (PEM).
#include "shared/error.h"
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace confab::storage {
class Database;

struct TrustedCa
{
    qint64 id = 0;
    QString subject;
    QByteArray pem;
};

class TlsPolicyStore
{
public:
    explicit TlsPolicyStore(Database &db) : m_db(db) {}
    QStringList requiredPatterns() const; // sorted
    Status addRequired(const QString &pattern);    // tls.pattern_exists, pattern.invalid
    Status removeRequired(const QString &pattern); // tls.pattern_not_found
    QList<TrustedCa> trustedCas() const;
    Result<qint64> addTrustedCa(const QString &subject, const QByteArray &pem);
    Status removeTrustedCa(qint64 id);

private:
    Database &m_db;
};
} // namespace confab::storage
