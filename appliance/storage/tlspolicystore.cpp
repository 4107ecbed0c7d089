#include "storage/tlspolicystore.h"

#include "storage/database.h"
#include "storage/patterns.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

QStringList TlsPolicyStore::requiredPatterns() const
{
    QStringList patterns;
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT pattern FROM tls_required ORDER BY pattern"));
    if (!query)
        return patterns;
    while (query.value().next())
        patterns << query.value().value(0).toString();
    return patterns;
}

Status TlsPolicyStore::addRequired(const QString &input)
{
    const auto pattern = normalizeDomainPattern(input);
    if (!pattern)
        return makeError(QStringLiteral("pattern.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "{pattern} is not a valid domain pattern"),
                         {{QStringLiteral("pattern"), input}});
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto found = sql::scalar(db, QStringLiteral("SELECT 1 FROM tls_required WHERE pattern = ?"), {*pattern});
    if (!found)
        return found.error();
    if (!found.value().isNull())
        return makeError(QStringLiteral("tls.pattern_exists"),
                         QT_TRANSLATE_NOOP("Errors", "TLS is already required for {pattern}"),
                         {{QStringLiteral("pattern"), *pattern}});
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO tls_required (pattern) VALUES (?)"), {*pattern});
        !r)
        return r.error();
    return tx.commit();
}

Status TlsPolicyStore::removeRequired(const QString &input)
{
    // Stored lowercased: accept the pattern as the admin typed it.
    const QString pattern = normalizeDomainPattern(input).value_or(input);
    auto r =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM tls_required WHERE pattern = ?"), {pattern});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return makeError(QStringLiteral("tls.pattern_not_found"),
                         QT_TRANSLATE_NOOP("Errors", "TLS is not required for {pattern}"),
                         {{QStringLiteral("pattern"), input}});
    return ok();
}

QList<TrustedCa> TlsPolicyStore::trustedCas() const
{
    QList<TrustedCa> cas;
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT id, subject, pem FROM trusted_cas ORDER BY id"));
    if (!query)
        return cas;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        cas << TrustedCa{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8()};
    }
    return cas;
}

Result<qint64> TlsPolicyStore::addTrustedCa(const QString &subject, const QByteArray &pem)
{
    // Parsing the certificate is the tls/ layer's job; here we only refuse what cannot be a PEM at all.
    if (!pem.contains("-----BEGIN "))
        return makeError(QStringLiteral("tls.ca_invalid"),
                         QT_TRANSLATE_NOOP("Errors", "The CA certificate is not in PEM format"));
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto nextId = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM trusted_cas"));
    if (!nextId)
        return nextId.error();
    const qint64 id = nextId.value().toLongLong();
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO trusted_cas (id, subject, pem) VALUES (?, ?, ?)"),
                          {id, subject, QString::fromUtf8(pem)});
        !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status TlsPolicyStore::removeTrustedCa(qint64 id)
{
    auto r = sql::run(m_db.connection(), QStringLiteral("DELETE FROM trusted_cas WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return makeError(QStringLiteral("tls.ca_not_found"),
                         QT_TRANSLATE_NOOP("Errors", "Trusted CA certificate {id} does not exist"),
                         {{QStringLiteral("id"), id}});
    return ok();
}

} // namespace confab::storage
