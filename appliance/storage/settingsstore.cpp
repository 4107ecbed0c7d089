#include "storage/settingsstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace confab::storage {

QJsonObject SettingsStore::all() const
{
    QJsonObject settings;
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT key, value FROM settings"));
    if (!query)
        return settings;
    while (query.value().next()) {
        // A value we cannot parse is skipped: callers fall back to the schema default.
        if (auto value = sql::decodeJson(query.value().value(1).toString()))
            settings.insert(query.value().value(0).toString(), *value);
    }
    return settings;
}

std::optional<QJsonValue> SettingsStore::value(const QString &key) const
{
    auto text =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!text || text.value().isNull())
        return std::nullopt;
    return sql::decodeJson(text.value().toString());
}

Status SettingsStore::set(const QString &key, const QJsonValue &value)
{
    if (key.isEmpty() || value.isUndefined())
        return makeError(QStringLiteral("setting.invalid"),
                         QT_TRANSLATE_NOOP("Errors", "Invalid value for setting {key}"),
                         {{QStringLiteral("key"), key}});
    const QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // DELETE + INSERT instead of an upsert: portable, and atomic inside the transaction.
    if (auto r = sql::run(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !r)
        return r.error();
    if (auto r = sql::run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                          {key, sql::encodeJson(value)});
        !r)
        return r.error();
    return tx.commit();
}

Status SettingsStore::unset(const QString &key)
{
    // Unsetting a key that was not set is not an error: the effective value is the default either way.
    auto r = sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!r)
        return r.error();
    return ok();
}

} // namespace confab::storage
