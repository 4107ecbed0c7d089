#include "storage/accountstore.h"

#include "auth/saslprep.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

using auth::ScramCredentials;
using auth::ScramHash;

namespace {

struct DerivedKeys
{
    ScramCredentials sha1;
    ScramCredentials sha256;
};

Error passwordInvalid()
{
    return makeError(
        QStringLiteral("password.invalid"),
        QT_TRANSLATE_NOOP("Errors", "The password is empty or contains characters that are not allowed"));
}

Error accountNotFound(const QString &user, const QString &domain)
{
    return makeError(QStringLiteral("account.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "Account {user}@{domain} does not exist"),
                     {{QStringLiteral("user"), user}, {QStringLiteral("domain"), domain}});
}

// Separate random salts per hash, so that the two key sets share nothing but the password.
std::optional<DerivedKeys> deriveKeys(const QString &password)
{
    const auto prepared = auth::saslPrep(password);
    if (!prepared || prepared->isEmpty())
        return std::nullopt;
    return DerivedKeys{auth::deriveCredentials(ScramHash::Sha1, *prepared, auth::randomSalt()),
                       auth::deriveCredentials(ScramHash::Sha256, *prepared, auth::randomSalt())};
}

// salt, iter, stored, server of one hash, in column order.
QVariantList keyColumns(const ScramCredentials &c)
{
    return {QString::fromLatin1(c.salt.toBase64()), c.iterations, QString::fromLatin1(c.storedKey.toBase64()),
            QString::fromLatin1(c.serverKey.toBase64())};
}

QVariant plainColumn(const QString &password, bool keepReversible)
{
    return keepReversible ? QVariant(password) : sql::nullText();
}

Result<bool> accountExists(const QSqlDatabase &db, const QString &user, const QString &domain)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT 1 FROM accounts WHERE username = ? AND domain = ?"),
                             {user, domain});
    if (!found)
        return found.error();
    return !found.value().isNull();
}

AccountInfo readInfo(const QSqlQuery &query) // columns: username, domain, disabled, created
{
    return AccountInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0,
                       sql::parseTime(query.value(3))};
}

// `pattern` for LIKE with its wildcards taken literally.
QString likeContains(const QString &search)
{
    QString escaped = search;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Status AccountStore::add(const QString &user, const QString &domain, const QString &password,
                         bool keepReversible)
{
    // Key derivation is the slow part: done before the write lock is taken.
    const auto keys = deriveKeys(password);
    if (!keys)
        return passwordInvalid();
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto domainFound = sql::scalar(db, QStringLiteral("SELECT 1 FROM domains WHERE name = ?"), {domain});
    if (!domainFound)
        return domainFound.error();
    if (domainFound.value().isNull())
        return makeError(QStringLiteral("domain.not_found"),
                         QT_TRANSLATE_NOOP("Errors", "Domain {domain} does not exist"),
                         {{QStringLiteral("domain"), domain}});
    auto exists = accountExists(db, user, domain);
    if (!exists)
        return exists.error();
    if (exists.value())
        return makeError(QStringLiteral("account.exists"),
                         QT_TRANSLATE_NOOP("Errors", "Account {user}@{domain} already exists"),
                         {{QStringLiteral("user"), user}, {QStringLiteral("domain"), domain}});
    QVariantList binds{user, domain, sql::now()};
    binds << keyColumns(keys->sha1) << keyColumns(keys->sha256) << plainColumn(password, keepReversible);
    auto r = sql::run(db,
                      QStringLiteral("INSERT INTO accounts (username, domain, created, disabled,"
                                     " scram1_salt, scram1_iter, scram1_stored, scram1_server,"
                                     " scram256_salt, scram256_iter, scram256_stored, scram256_server, plain)"
                                     " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      binds);
    if (!r)
        return r.error();
    return tx.commit();
}

Status AccountStore::setPassword(const QString &user, const QString &domain, const QString &password,
                                 bool keepReversible)
{
    const auto keys = deriveKeys(password);
    if (!keys)
        return passwordInvalid();
    QVariantList binds;
    binds << keyColumns(keys->sha1) << keyColumns(keys->sha256) << plainColumn(password, keepReversible)
          << user << domain;
    auto r = sql::run(
        m_db.connection(),
        QStringLiteral("UPDATE accounts SET scram1_salt = ?, scram1_iter = ?, scram1_stored = ?,"
                       " scram1_server = ?, scram256_salt = ?, scram256_iter = ?, scram256_stored = ?,"
                       " scram256_server = ?, plain = ? WHERE username = ? AND domain = ?"),
        binds);
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return accountNotFound(user, domain);
    return ok();
}

Status AccountStore::remove(const QString &user, const QString &domain)
{
    auto r =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM accounts WHERE username = ? AND domain = ?"),
                 {user, domain});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return accountNotFound(user, domain);
    return ok();
}

Status AccountStore::setDisabled(const QString &user, const QString &domain, bool disabled)
{
    auto r = sql::run(m_db.connection(),
                      QStringLiteral("UPDATE accounts SET disabled = ? WHERE username = ? AND domain = ?"),
                      {disabled ? 1 : 0, user, domain});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return accountNotFound(user, domain);
    return ok();
}

bool AccountStore::exists(const QString &user, const QString &domain) const
{
    auto found = accountExists(m_db.connection(), user, domain);
    return found && found.value();
}

std::optional<AccountInfo> AccountStore::info(const QString &user, const QString &domain) const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT username, domain, disabled, created FROM accounts"
                                         " WHERE username = ? AND domain = ?"),
                          {user, domain});
    if (!query || !query.value().next())
        return std::nullopt;
    return readInfo(query.value());
}

QList<AccountInfo> AccountStore::list(const QString &domain, const QString &search, int limit,
                                      int offset) const
{
    QString statement =
        QStringLiteral("SELECT username, domain, disabled, created FROM accounts WHERE 1 = 1");
    QVariantList binds;
    if (!domain.isEmpty()) {
        statement += QLatin1String(" AND domain = ?");
        binds << domain;
    }
    if (!search.isEmpty()) {
        statement += QLatin1String(" AND username LIKE ? ESCAPE '\\'");
        binds << likeContains(search);
    }
    statement += QLatin1String(" ORDER BY domain, username LIMIT ? OFFSET ?");
    binds << qMax(limit, 0) << qMax(offset, 0);
    QList<AccountInfo> accounts;
    auto query = sql::run(m_db.connection(), statement, binds);
    if (!query)
        return accounts;
    while (query.value().next())
        accounts << readInfo(query.value());
    return accounts;
}

int AccountStore::count(const QString &domain) const
{
    auto n = domain.isEmpty()
                 ? sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM accounts"))
                 : sql::scalar(m_db.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM accounts WHERE domain = ?"), {domain});
    return n ? n.value().toInt() : 0;
}

std::optional<ScramCredentials> AccountStore::scram(const QString &user, const QString &domain,
                                                    ScramHash hash) const
{
    const QString statement =
        hash == ScramHash::Sha1
            ? QStringLiteral(
                  "SELECT scram1_salt, scram1_iter, scram1_stored, scram1_server, disabled FROM accounts"
                  " WHERE username = ? AND domain = ?")
            : QStringLiteral("SELECT scram256_salt, scram256_iter, scram256_stored, scram256_server, disabled"
                             " FROM accounts WHERE username = ? AND domain = ?");
    auto query = sql::run(m_db.connection(), statement, {user, domain});
    if (!query || !query.value().next())
        return std::nullopt;
    const QSqlQuery &row = query.value();
    // Fail safe: a disabled account has no usable credentials (see the header).
    if (row.value(4).toInt() != 0)
        return std::nullopt;
    ScramCredentials c;
    c.hash = hash;
    c.salt = QByteArray::fromBase64(row.value(0).toString().toLatin1());
    c.iterations = row.value(1).toInt();
    c.storedKey = QByteArray::fromBase64(row.value(2).toString().toLatin1());
    c.serverKey = QByteArray::fromBase64(row.value(3).toString().toLatin1());
    if (!c.isValid())
        return std::nullopt;
    return c;
}

std::optional<QString> AccountStore::reversiblePassword(const QString &user, const QString &domain) const
{
    auto plain = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT plain FROM accounts WHERE username = ? AND domain = ?"),
                             {user, domain});
    if (!plain || plain.value().isNull())
        return std::nullopt;
    return plain.value().toString();
}

bool AccountStore::checkPassword(const QString &user, const QString &domain, const QString &password) const
{
    const auto stored = scram(user, domain, ScramHash::Sha256);
    const auto prepared = auth::saslPrep(password);
    // Derive even when there is nothing to compare with, so that the time taken does not tell
    // whether the account exists.
    const QByteArray salt = stored ? stored->salt : QByteArrayLiteral("confab-no-such-account");
    const int iterations = stored ? stored->iterations : auth::DefaultScramIterations;
    const auto derived =
        auth::deriveCredentials(ScramHash::Sha256, prepared.value_or(QByteArray()), salt, iterations);
    if (!stored || !prepared || prepared->isEmpty())
        return false;
    return auth::constantTimeEquals(derived.storedKey, stored->storedKey);
}

} // namespace confab::storage
