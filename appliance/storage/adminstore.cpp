#include "storage/adminstore.h"

#include "auth/saslprep.h"
#include "auth/scramcredentials.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

namespace {
constexpr qsizetype MinimumPasswordLength = 8; // characters (code points), not bytes
}

bool AdminStore::isSetUp() const
{
    auto found = sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM admin WHERE id = 1"));
    return found && !found.value().isNull();
}

Status AdminStore::setPassword(const QString &password)
{
    const auto prepared = auth::saslPrep(password);
    if (password.toUcs4().size() < MinimumPasswordLength || !prepared)
        return makeError(QStringLiteral("password.invalid"),
                         QT_TRANSLATE_NOOP("Errors",
                                           "The admin password must have at least {min} characters and "
                                           "no control characters"),
                         {{QStringLiteral("min"), MinimumPasswordLength}});
    const auto c = auth::deriveCredentials(auth::ScramHash::Sha256, *prepared, auth::randomSalt());
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto r = sql::run(db, QStringLiteral("DELETE FROM admin WHERE id = 1")); !r)
        return r.error();
    if (auto r = sql::run(
            db, QStringLiteral("INSERT INTO admin (id, salt, iter, stored, server) VALUES (1, ?, ?, ?, ?)"),
            {QString::fromLatin1(c.salt.toBase64()), c.iterations,
             QString::fromLatin1(c.storedKey.toBase64()), QString::fromLatin1(c.serverKey.toBase64())});
        !r)
        return r.error();
    return tx.commit();
}

bool AdminStore::checkPassword(const QString &password) const
{
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT salt, iter, stored FROM admin WHERE id = 1"));
    if (!query || !query.value().next())
        return false;
    const QSqlQuery &row = query.value();
    const QByteArray salt = QByteArray::fromBase64(row.value(0).toString().toLatin1());
    const int iterations = row.value(1).toInt();
    const QByteArray stored = QByteArray::fromBase64(row.value(2).toString().toLatin1());
    const auto prepared = auth::saslPrep(password);
    if (!prepared || prepared->isEmpty() || iterations <= 0 || stored.isEmpty())
        return false;
    const auto derived = auth::deriveCredentials(auth::ScramHash::Sha256, *prepared, salt, iterations);
    return auth::constantTimeEquals(derived.storedKey, stored);
}

} // namespace confab::storage
