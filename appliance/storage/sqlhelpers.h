#pragma once
// Small helpers shared by the stores: running a statement as a Result, write transactions,
// storage error values, and the text encodings used in portable columns.
#include "shared/error.h"
#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace confab::storage::sql {

// storage.error: the database itself failed (disk full, locked too long, corrupt file).
Error databaseError(const QSqlError &error);
// storage.not_open: a store was used before Database::open() succeeded.
Error notOpenError();

// Prepares and runs one statement with positional (?) bindings; forward-only.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// The first column of the first row, or a null QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

// A write transaction, rolled back when destroyed without commit(). On SQLite it starts with
// BEGIN IMMEDIATE: read-then-write transactions would otherwise fail with SQLITE_BUSY (not wait
// for busy_timeout) when two connections try to upgrade their read locks at once.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Timestamps are ISO 8601 UTC text: portable and readable in the SQLite shell.
QString now();
QDateTime parseTime(const QVariant &value);

// Any JSON value (scalars included) as compact JSON text, and back.
QString encodeJson(const QJsonValue &value);
std::optional<QJsonValue> decodeJson(const QString &text);

// A NULL of the given type for bindings (drivers other than SQLite want typed NULLs).
QVariant nullText();

} // namespace confab::storage::sql
