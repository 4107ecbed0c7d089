#include "storage/domainstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

namespace {

Error domainNotFound(const QString &domain)
{
    return makeError(QStringLiteral("domain.not_found"),
                     QT_TRANSLATE_NOOP("Errors", "Domain {domain} does not exist"),
                     {{QStringLiteral("domain"), domain}});
}

Result<bool> domainExists(const QSqlDatabase &db, const QString &domain)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT 1 FROM domains WHERE name = ?"), {domain});
    if (!found)
        return found.error();
    return !found.value().isNull();
}

} // namespace

QStringList DomainStore::list() const
{
    QStringList domains;
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT name FROM domains ORDER BY name"));
    if (!query)
        return domains;
    while (query.value().next())
        domains << query.value().value(0).toString();
    return domains;
}

bool DomainStore::exists(const QString &domain) const
{
    auto found = domainExists(m_db.connection(), domain);
    return found && found.value();
}

Status DomainStore::add(const QString &domain)
{
    if (domain.isEmpty())
        return makeError(QStringLiteral("domain.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "The domain name is empty"));
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto found = domainExists(db, domain);
    if (!found)
        return found.error();
    if (found.value())
        return makeError(QStringLiteral("domain.exists"),
                         QT_TRANSLATE_NOOP("Errors", "Domain {domain} already exists"),
                         {{QStringLiteral("domain"), domain}});
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO domains (name, created) VALUES (?, ?)"),
                          {domain, sql::now()});
        !r)
        return r.error();
    return tx.commit();
}

Status DomainStore::remove(const QString &domain)
{
    // Accounts and domain settings go with it: ON DELETE CASCADE (foreign_keys is on per connection).
    auto r = sql::run(m_db.connection(), QStringLiteral("DELETE FROM domains WHERE name = ?"), {domain});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return domainNotFound(domain);
    return ok();
}

Result<QJsonObject> DomainStore::settings(const QString &domain) const
{
    const QSqlDatabase db = m_db.connection();
    auto found = domainExists(db, domain);
    if (!found)
        return found.error();
    if (!found.value())
        return domainNotFound(domain);
    auto query =
        sql::run(db, QStringLiteral("SELECT key, value FROM domain_settings WHERE domain = ?"), {domain});
    if (!query)
        return query.error();
    QJsonObject settings;
    while (query.value().next()) {
        // A value we cannot parse is skipped: callers fall back to the schema default.
        if (auto value = sql::decodeJson(query.value().value(1).toString()))
            settings.insert(query.value().value(0).toString(), *value);
    }
    return settings;
}

Status DomainStore::setSetting(const QString &domain, const QString &key, const QJsonValue &value)
{
    if (key.isEmpty() || value.isUndefined())
        return makeError(QStringLiteral("setting.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "Invalid value for setting {key}"),
                         {{QStringLiteral("key"), key}});
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto found = domainExists(db, domain);
    if (!found)
        return found.error();
    if (!found.value())
        return domainNotFound(domain);
    // DELETE + INSERT instead of an upsert: portable, and atomic inside the transaction.
    if (auto r = sql::run(db, QStringLiteral("DELETE FROM domain_settings WHERE domain = ? AND key = ?"),
                          {domain, key});
        !r)
        return r.error();
    if (auto r =
            sql::run(db, QStringLiteral("INSERT INTO domain_settings (domain, key, value) VALUES (?, ?, ?)"),
                     {domain, key, sql::encodeJson(value)});
        !r)
        return r.error();
    return tx.commit();
}

Status DomainStore::unsetSetting(const QString &domain, const QString &key)
{
    const QSqlDatabase db = m_db.connection();
    auto found = domainExists(db, domain);
    if (!found)
        return found.error();
    if (!found.value())
        return domainNotFound(domain);
    // Unsetting a key that was not set is not an error: the effective value is the default either way.
    if (auto r = sql::run(db, QStringLiteral("DELETE FROM domain_settings WHERE domain = ? AND key = ?"),
                          {domain, key});
        !r)
        return r.error();
    return ok();
}

} // namespace confab::storage
