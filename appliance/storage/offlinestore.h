#pragma once
// Messages kept for an account while it has no available resource (XEP-0160), in arrival order.
// Each write is its own committed transaction: a message is on disk before its sender hears
// anything back, and taking them out (popAll) reads and deletes in one transaction.
#include "shared/error.h"
#include <QDateTime>
#include <QList>
#include <QString>

namespace confab::storage {
class Database;

struct OfflineMessage
{
    qint64 id = 0;
    QDateTime stamp; // UTC, when the server took it
    QString stanza;  // serialized <message/> (jabber:client default namespace, no declaration)
};

class OfflineStore
{
public:
    explicit OfflineStore(Database &db) : m_db(db) {}

    // Appends unless the account already holds `maxMessages` (code offline.full). Returns the id.
    Result<qint64> store(const QString &user, const QString &domain, const QString &stanza,
                         const QDateTime &stamp, int maxMessages);
    Result<int> count(const QString &user, const QString &domain) const;
    // All of the account's messages, oldest first, deleted in the same transaction.
    Result<QList<OfflineMessage>> popAll(const QString &user, const QString &domain);

private:
    Database &m_db;
};

} // namespace confab::storage
