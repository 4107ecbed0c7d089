#pragma once
// User accounts: SCRAM-SHA-1 and SCRAM-SHA-256 stored keys, never the password, unless the domain
// opted into reversible storage for legacy digest mechanisms (then `plain` is also kept).
// `user` and `domain` must already be prepared by the caller (Jid nodeprep / nameprep): the store
// compares them byte for byte. Passwords are SASLprep'ed here before the keys are derived.
#include "auth/scramcredentials.h"
#include "shared/error.h"
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace confab::storage {
class Database;

struct AccountInfo
{
    QString user;   // nodeprep'ed local part
    QString domain; // nameprep'ed
    bool disabled = false;
    QDateTime created;
};

class AccountStore
{
public:
    explicit AccountStore(Database &db) : m_db(db) {}
    // Codes: account.exists, domain.not_found, password.invalid (empty or SASLprep fails).
    Status add(const QString &user, const QString &domain, const QString &password, bool keepReversible = false);
    Status setPassword(const QString &user, const QString &domain, const QString &password,
                       bool keepReversible = false); // account.not_found
    Status remove(const QString &user, const QString &domain);
    Status setDisabled(const QString &user, const QString &domain, bool disabled);
    bool exists(const QString &user, const QString &domain) const;
    std::optional<AccountInfo> info(const QString &user, const QString &domain) const;
    // Accounts of a domain (all domains when empty) whose user part contains `search`, sorted.
    QList<AccountInfo> list(const QString &domain = {}, const QString &search = {}, int limit = 1000,
                            int offset = 0) const;
    int count(const QString &domain = {}) const;
    // nullopt for a disabled account too (fail safe): check info()->disabled to tell the peer why.
    std::optional<auth::ScramCredentials> scram(const QString &user, const QString &domain,
                                                auth::ScramHash hash) const;
    // The reversible password, only when stored (legacy digest opt-in).
    std::optional<QString> reversiblePassword(const QString &user, const QString &domain) const;
    // Checks a plaintext password against the stored SCRAM-SHA-256 keys (constant time). False for
    // a disabled account.
    bool checkPassword(const QString &user, const QString &domain, const QString &password) const;

private:
    Database &m_db;
};
} // namespace confab::storage
